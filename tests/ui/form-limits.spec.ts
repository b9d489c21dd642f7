// Every text input stops at the contract's limit (rules/limits.ts), so a clerk never types what the
// program will refuse: the first-run form, the office name an administrator corrects, a month's unlock reason.
import type { Locator } from '@playwright/test';
import { ACCOUNT_LIMITS, OFFICE_NAME_MAX, PASSWORD_MAX, REASON_MAX } from '../../rules/limits';
import { expect, OFFICE, signIn, test } from './fixtures';
import { arrangeWarehouse, columnTexts } from './stock-support';

/** The field takes exactly `max` characters of a longer text. */
async function stopsAt(field: Locator, max: number): Promise<void> {
  await expect(field).toHaveAttribute('maxlength', String(max));
  await field.fill('宿'.repeat(max + 5));
  await expect(field).toHaveValue('宿'.repeat(max));
}

test('the first-run form stops each field at what the office and its administrator may hold', async ({
  page,
  app,
  shot,
}) => {
  await page.goto(app.host.url);
  await stopsAt(page.getByLabel('单位名称'), OFFICE_NAME_MAX);
  await expect(page.getByLabel('行政区划代码')).toHaveAttribute('maxlength', '6');
  await stopsAt(page.getByLabel('管理员用户名'), ACCOUNT_LIMITS.username);
  await stopsAt(page.getByLabel('管理员姓名'), ACCOUNT_LIMITS.displayName);
  await expect(page.getByLabel('设置密码')).toHaveAttribute('maxlength', String(PASSWORD_MAX));
  await expect(page.getByLabel('再次输入密码')).toHaveAttribute('maxlength', String(PASSWORD_MAX));
  await shot('form-limits-setup');
});

test("the office name and a month's unlock reason stop at their limits", async ({ page, app }) => {
  await arrangeWarehouse(app);
  await signIn(page, app);
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await page.getByRole('button', { name: '修改单位名称' }).click();
  const rename = page.getByRole('dialog', { name: '修改单位名称' });
  await stopsAt(rename.getByLabel('单位名称'), OFFICE_NAME_MAX);
  await rename.getByLabel('单位名称').fill(OFFICE.name);
  await rename.getByRole('button', { name: '取消' }).click();

  const now = new Date();
  const month = `${now.getFullYear() - 1}-12`;
  await app.api('stock.months.lock', { month });
  await page.getByRole('navigation').getByRole('link', { name: '仓库资料' }).click();
  await page.getByRole('tab', { name: '月结' }).click();
  await expect.poll(() => columnTexts(page, 'month')).toEqual([month]);
  await page.getByRole('button', { name: '解锁' }).click();
  await stopsAt(page.getByRole('dialog', { name: `解锁 ${month}` }).getByLabel('解锁原因'), REASON_MAX);
});
