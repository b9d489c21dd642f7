// Date fields as a clerk types them (issue #10): 2025.6.30, 20250630, 2025年6月30日 and 2025/6/30 become
// 2025-06-30 on screen and in what is sent, whatever the system's locale; a day that does not exist gets a
// message by the field and nothing is sent. The disclosure read back from the screen adds up.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type App } from './fixtures';
import { arrangeWarehouse, issueQuilts, openPage, receiveDonation } from './stock-support';

interface Sent {
  method: string;
  input: Record<string, unknown>;
}

/** Every API call the page makes, as sent. */
function recordCalls(page: Page): Sent[] {
  const sent: Sent[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/call')) sent.push(JSON.parse(request.postData() ?? '{}') as Sent);
  });
  return sent;
}

async function typeDate(field: Locator, text: string, key = 'Tab'): Promise<void> {
  await field.fill('');
  await field.pressSequentially(text);
  await field.press(key);
}

/** The balance table's item rows as numbers: opening, received, issued, adjusted, closing. */
async function balances(page: Page, tableName: string): Promise<number[][]> {
  const rows = page
    .getByRole('table', { name: tableName })
    .locator('tbody tr')
    .filter({ hasNot: page.getByText(/合计|Total/) });
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  return texts.map((cells) => cells.slice(3, 8).map((text) => Number(text.replace(/,/g, ''))));
}

async function arrangeQuilts(app: App): Promise<void> {
  const w = await arrangeWarehouse(app);
  await receiveDonation(
    app,
    w,
    [{ itemId: w.quilt.id, lotNumber: 'Q-OLD', expiryDate: null, quantity: 100, unitValue: 15000 }],
    '2025-06-01',
  );
  await receiveDonation(
    app,
    w,
    [{ itemId: w.quilt.id, lotNumber: 'Q-NEW', expiryDate: null, quantity: 10, unitValue: 15000 }],
    '2025-06-30',
  );
  await receiveDonation(
    app,
    w,
    [{ itemId: w.water.id, lotNumber: 'W-A', expiryDate: '2027-10-01', quantity: 40, unitValue: 3000 }],
    '2025-07-01',
  );
  await issueQuilts(app, w, 30, '2025-07-01');
}

test('the disclosure period takes 2025.6.30, 20250630 and 2025年6月30日, shows 2025-06-30, and its balances add up', async ({
  page,
  app,
  shot,
}) => {
  await arrangeQuilts(app);
  const sent = recordCalls(page);
  await openPage(page, app, '捐赠与公示');
  const from = page.getByLabel('从', { exact: true });
  const to = page.getByLabel('至', { exact: true });

  await typeDate(from, '2025.6.30');
  await expect(from).toHaveValue('2025-06-30');
  await typeDate(to, '20250630', 'Enter');
  await expect(to).toHaveValue('2025-06-30');
  const quilts = page
    .getByRole('table', { name: '一、物资收支结存' })
    .getByRole('row', { name: /棉被/ })
    .getByRole('cell');
  await expect(quilts).toHaveText(['1', '棉被（2m×2.3m）', '床', '100', '10', '0', '0', '110']);

  await typeDate(to, '2025年7月1日');
  await expect(to).toHaveValue('2025-07-01');
  await expect(quilts).toHaveText(['2', '棉被（2m×2.3m）', '床', '100', '10', '30', '0', '80']);
  // Read back from the screen: every item's opening + received − issued ± adjusted = closing.
  const rows = await balances(page, '一、物资收支结存');
  expect(rows).toHaveLength(2);
  for (const [opening, received, issued, adjusted, closing] of rows)
    expect(opening! + received! - issued! + adjusted!).toBe(closing);
  const asked = sent.filter((call) => call.method === 'stock.reports.disclosure').at(-1);
  expect(asked?.input).toMatchObject({ from: '2025-06-30', to: '2025-07-01' });
  await shot('date-input-disclosure');

  // A day that does not exist: a message by the field, nothing asked for, the report as it was.
  const before = sent.length;
  await typeDate(to, '2025-2-30', 'Enter');
  await expect(page.getByRole('alert').filter({ hasText: '没有 2025-2-30 这一天' })).toBeVisible();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(quilts).toHaveText(['2', '棉被（2m×2.3m）', '床', '100', '10', '30', '0', '80']);
  await shot('date-input-impossible');
  expect(sent.slice(before).filter((call) => call.method.startsWith('stock.reports'))).toEqual([]);

  // The arrow keys step a day.
  await typeDate(to, '2025/6/30');
  await to.press('ArrowUp');
  await expect(to).toHaveValue('2025-07-01');
  await expect(page.getByRole('alert').filter({ hasText: '这一天' })).toHaveCount(0);
});

test('a receipt takes 2025/6/30 as its date and 2027年3月31日 as an expiry; an impossible date is not sent', async ({
  page,
  app,
  shot,
}) => {
  await arrangeWarehouse(app);
  const sent = recordCalls(page);
  await openPage(page, app, '出入库单据');
  await page.getByRole('button', { name: '新建入库单' }).click();
  const editor = page.getByRole('dialog', { name: /新建入库单/ });
  const date = editor.getByLabel('业务日期');
  await editor.getByLabel('捐赠方').selectOption({ label: '宿城区爱心企业协会' });
  await editor.getByLabel('物资 1').selectOption({ label: 'MB-001 棉被 (2m×2.3m)' });
  await editor.getByLabel('数量 1').fill('5');
  await typeDate(editor.getByLabel('有效期至 1'), '2027年3月31日');
  await expect(editor.getByLabel('有效期至 1')).toHaveValue('2027-03-31');

  await typeDate(date, '2025-2-30');
  await expect(editor.getByText('没有 2025-2-30 这一天，请检查月份和日期。')).toBeVisible();
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText('没有 2025-2-30 这一天，请检查月份和日期。')).toBeVisible();
  await shot('date-input-document-impossible');
  expect(sent.filter((call) => call.method === 'stock.documents.create')).toEqual([]);

  await typeDate(date, '2025/6/30');
  await expect(date).toHaveValue('2025-06-30');
  await typeDate(editor.getByLabel('有效期至 1'), '2027-2-30');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText('有效期不是日期，请按 2025-06-30 填写')).toBeVisible();
  await expect(editor.getByRole('alert').filter({ hasText: '没有 2027-2-30 这一天' })).toBeVisible();
  await shot('date-input-expiry-impossible');
  expect(sent.filter((call) => call.method === 'stock.documents.create')).toEqual([]);
  await typeDate(editor.getByLabel('有效期至 1'), '2027年3月31日');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  const saved = page.getByRole('dialog', { name: /入库单 RK-/ });
  await expect(saved.locator('.doc-title-meta')).toContainText('业务日期 2025-06-30');
  const created = sent.find((call) => call.method === 'stock.documents.create');
  expect(created?.input).toMatchObject({
    header: { documentDate: '2025-06-30' },
    lines: [{ expiryDate: '2027-03-31' }],
  });
  await expect(saved.getByLabel('业务日期')).toHaveValue('2025-06-30');
  await shot('date-input-document');
});

test('in English the date still reads yyyy-mm-dd and the message speaks English', async ({ page, app, shot }) => {
  await arrangeQuilts(app);
  await openPage(page, app, '捐赠与公示');
  await page.evaluate(() => localStorage.setItem('boai.lang', 'en'));
  await page.reload();
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await typeDate(from, '2025.6.30');
  await expect(from).toHaveValue('2025-06-30');
  await typeDate(page.getByLabel('to', { exact: true }), '2025-13-01', 'Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'There is no such day as 2025-13-01' })).toBeVisible();
  await shot('date-input-en');
});
