// Honest totals in a real browser: the public disclosure opens with each item's opening balance, received,
// issued and closing for the period, so a notice where more went out than came in still adds up; the
// dashboard's monthly chart is in 元 and says reversals are netted; the opening import proposes categories
// from item names and warns about lots already expired.
import type { Page } from '@playwright/test';
import { workbookBuffer } from '../fixtures/xlsx';
import { expect, test } from './fixtures';
import { arrangeWarehouse, issueQuilts, openPage, receiveDonation, startCountInEditor } from './stock-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function balanceRow(page: Page, item: RegExp) {
  return page.getByRole('table', { name: '一、物资收支结存' }).getByRole('row', { name: item }).getByRole('cell');
}

test('the disclosure shows opening + received − issued = closing per item, with stock from before the period', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  // 100 quilts before the period; in the period 10 more arrive and 40 go to the flood: more out than in.
  await receiveDonation(
    app,
    w,
    [{ itemId: w.quilt.id, lotNumber: 'Q-OLD', expiryDate: null, quantity: 100, unitValue: 15000 }],
    '2025-12-01',
  );
  await receiveDonation(
    app,
    w,
    [{ itemId: w.quilt.id, lotNumber: 'Q-NEW', expiryDate: null, quantity: 10, unitValue: 15000 }],
    '2026-10-10',
  );
  await receiveDonation(
    app,
    w,
    [{ itemId: w.water.id, lotNumber: 'W-A', expiryDate: '2027-10-01', quantity: 40, unitValue: 3000 }],
    '2026-10-12',
  );
  await issueQuilts(app, w, 40, '2026-11-05');

  await openPage(page, app, '捐赠与公示');
  // A report's period takes a date once it is entered (Enter or leaving the field), not while it is typed.
  await page.getByLabel('从', { exact: true }).fill('2026-01-01');
  await page.getByLabel('从', { exact: true }).press('Enter');
  await page.getByLabel('至', { exact: true }).fill('2026-11-30');
  await page.getByLabel('至', { exact: true }).press('Enter');
  await expect(page.getByText('期初结存 + 本期接收 − 本期发出 ± 盘点调整 = 期末结存', { exact: false })).toBeVisible();
  await expect(await balanceRow(page, /棉被/)).toHaveText(['2', '棉被（2m×2.3m）', '床', '100', '10', '40', '0', '70']);
  await expect(await balanceRow(page, /矿泉水/)).toHaveText([
    '1',
    '矿泉水（550ml×24瓶）',
    '箱',
    '0',
    '40',
    '0',
    '0',
    '40',
  ]);
  // The value line adds up too: 15,000.00 + 1,500.00 + 1,200.00 − 6,000.00 = 11,700.00 元.
  await expect(
    page
      .getByRole('table', { name: '一、物资收支结存' })
      .getByRole('row', { name: /合计金额/ })
      .getByRole('cell'),
  ).toHaveText(['合计金额（元）', '15,000.00', '2,700.00', '6,000.00', '0.00', '11,700.00']);
  await shot('stock-disclosure-balance');

  await page.evaluate(() => localStorage.setItem('boai.lang', 'en'));
  await page.reload();
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await page.getByLabel('From', { exact: true }).press('Enter');
  await page.getByLabel('to', { exact: true }).fill('2026-11-30');
  await page.getByLabel('to', { exact: true }).press('Enter');
  await expect(
    page.getByRole('table', { name: '1. Goods in and out' }).getByRole('row', { name: /棉被/ }).getByRole('cell'),
  ).toHaveText(['2', '棉被（2m×2.3m）', '床', '100', '10', '40', '0', '70']);
  await shot('stock-disclosure-balance-en');
});

test('the dashboard values the month in yuan and nets a reversed receipt', async ({ page, app, shot }) => {
  const w = await arrangeWarehouse(app);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await receiveDonation(
    app,
    w,
    [
      { itemId: w.quilt.id, lotNumber: 'Q', expiryDate: null, quantity: 10, unitValue: 15000 },
      { itemId: w.rice.id, lotNumber: 'R', expiryDate: '2099-01-01', quantity: 5, unitValue: 6000 },
    ],
    today,
  );
  const wrong = await receiveDonation(
    app,
    w,
    [{ itemId: w.water.id, lotNumber: 'W', expiryDate: '2099-01-01', quantity: 4, unitValue: 3000 }],
    today,
  );
  const reversal = (await app.api('stock.documents.reverse', {
    id: wrong,
    reason: '重复录入',
    documentDate: today,
  })) as { document: { id: string; rowVersion: number } };
  await app.api('stock.documents.approve', { id: reversal.document.id, rowVersion: reversal.document.rowVersion });
  await app.api('stock.documents.post', { id: reversal.document.id });

  await openPage(page, app, '仓库概览');
  // 10 床 × 150 + 5 袋 × 60 = 1,800 元 in; the reversed 4 箱 are neither in nor out.
  await expect(page.getByText('入库 1,800.00 元，出库 0.00 元', { exact: false })).toBeVisible();
  await expect(page.getByRole('img', { name: '本月出入库' })).toBeVisible();
  await shot('stock-dashboard-value');
});

test('the opening import proposes categories from item names and warns about lots already expired', async ({
  page,
  app,
  shot,
}) => {
  await arrangeWarehouse(app);
  await openPage(page, app, '仓库资料');
  await page.getByRole('tab', { name: '期初库存' }).click();
  await page.getByLabel('业务日期').fill('2026-03-01');
  await page.getByLabel('期初库存表（.xlsx 或 .csv）').setInputFiles({
    name: '期初.xlsx',
    mimeType: XLSX,
    buffer: await workbookBuffer([
      ['仓库', '物资名称', '批号', '有效期', '数量', '单价', '单位'],
      ['城南备灾仓库', '单帐篷 3×4米', 'T-1', '', 20, 600, '顶'],
      ['城南备灾仓库', '强光手电筒', 'L-1', '', 30, 25, '个'],
      ['城南备灾仓库', '方便面', 'F-1', '2026/2/1', 12, 40, '箱'],
    ]),
  });
  await page.getByLabel('自动创建表中出现、但系统里还没有的仓库、物资和捐赠方').check();
  await page.getByRole('button', { name: '检查' }).click();
  const proposals = page.getByLabel('将自动创建的物资及其类别', { exact: false });
  await expect(proposals.getByRole('listitem')).toHaveText([
    '单帐篷 3×4米 → 帐篷（推荐）',
    '强光手电筒 → 装备（推荐）',
    '方便面 → 食品（推荐）',
  ]);
  await expect(page.getByRole('status').filter({ hasText: '在业务日期前已过期' })).toContainText(
    '第 4 行 方便面 批号 F-1，有效期至 2026-02-01',
  );
  await shot('stock-opening-notes');
});

test('a count starts with 实盘数量 empty, and approving it with an untyped line names the line', async ({
  page,
  app,
  shot,
}) => {
  const { count, quiltRow, riceRow } = await startCountInEditor(page, app);
  await expect(quiltRow.getByRole('textbox', { name: /实盘数量/ })).toHaveValue('');
  await expect(riceRow.getByRole('textbox', { name: /实盘数量/ })).toHaveValue('');
  await quiltRow.getByRole('textbox', { name: /实盘数量/ }).fill('30');
  await count.getByRole('button', { name: '审批通过' }).click();
  await expect(count.getByText('盘点单第 2 行还没有填写实盘数量。请清点后填写，再审核或过账。')).toBeVisible();
  await expect(count.locator('.badge')).not.toHaveText('已审批');
  await shot('stock-count-untyped');
  await riceRow.getByRole('textbox', { name: /实盘数量/ }).fill('20');
  await count.getByRole('button', { name: '审批通过' }).click();
  await expect(count.locator('.badge')).toHaveText('已审批');
});
