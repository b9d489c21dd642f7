// A new office opens every warehouse page before anything is entered: each says in Chinese what is
// empty and what to do, and nothing in English is left on the screen.
import { expect, test } from './fixtures';
import { openPage } from './stock-support';

const PAGES: [label: string, empty: RegExp][] = [
  ['仓库概览', /没有即将到期的批次/],
  ['出入库单据', /还没有单据/],
  ['库存与台账', /没有库存/],
  ['物资发放', /还没有发放活动/],
  ['捐赠与公示', /这个期间没有捐赠或发放记录/],
  ['仓库资料', /物资目录还是空的/],
];

test('a new office: every warehouse page has a Chinese empty state', async ({ page, app, shot }) => {
  await app.setupOffice();
  await openPage(page, app, '仓库概览');
  for (const [index, [label, empty]] of PAGES.entries()) {
    await page.getByRole('navigation').getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
    await expect(page.locator('#content')).toContainText(empty);
    const text = await page.locator('#content').innerText();
    expect(text.replace(/Excel|xlsx|\d{4}-\d{2}-\d{2}|\d+\/\d+\/\d+/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    await shot(`stock-empty-${index + 1}`);
  }
});
