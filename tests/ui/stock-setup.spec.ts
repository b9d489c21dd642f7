// 仓库资料 through a real browser: an item added with its value in yuan (kept in fen), a warehouse with a
// location, an anonymous donor, a disaster event, a reserve quota, the item list exported to xlsx, and a
// closed month that refuses posting with a Chinese message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ItemRow } from '@core/stock/contract';
import { readXlsxRows } from '../fixtures/uiSheets';
import { expect, signIn, test } from './fixtures';
import { arrangeWarehouse, columnTexts, openPage } from './stock-support';

test('reference data: item in yuan, warehouse and location, anonymous donor, event, quota, export', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await openPage(page, app, '仓库资料');

  await page.getByRole('tab', { name: '仓库与库位' }).click();
  await page.getByRole('button', { name: '新增仓库' }).click();
  const warehouseForm = page.getByRole('dialog', { name: '新增仓库' });
  await warehouseForm.getByLabel('编码').fill('WH-01');
  await warehouseForm.getByLabel('名称').fill('县红十字会备灾仓库');
  await warehouseForm.getByLabel('保管员').fill('李保管');
  await warehouseForm.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => columnTexts(page, 'name')).toEqual(['县红十字会备灾仓库']);
  await page.getByRole('button', { name: '库位' }).click();
  const locations = page.getByRole('dialog', { name: /库位/ });
  await expect(locations).toContainText('这个仓库还没有库位');
  await locations.getByRole('textbox', { name: '编码' }).fill('A-01');
  await locations.getByRole('textbox', { name: '名称' }).fill('一号货架');
  await locations.getByRole('button', { name: '新增库位' }).click();
  await expect(locations.locator('tbody')).toContainText('一号货架');
  await locations.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('tab', { name: '物资目录' }).click();
  await expect(page.locator('.stock-empty')).toBeVisible();
  await page.getByRole('button', { name: '新增物资' }).click();
  const itemForm = page.getByRole('dialog', { name: '新增物资' });
  await itemForm.getByRole('button', { name: '保存' }).click();
  await expect(itemForm.locator('.field-error').first()).toHaveText('必填');
  await itemForm.getByLabel('编码').fill('JJX-01');
  await itemForm.getByLabel('名称').fill('家庭急救箱');
  await itemForm.getByLabel('类别').selectOption({ label: '家庭急救箱' });
  await itemForm.getByLabel('单位').fill('个');
  await itemForm.getByLabel('规格型号').fill('标准型 32 件');
  await itemForm.getByLabel('保质期（月）').fill('36');
  await itemForm.getByLabel('单价（元）').fill('12.5.0');
  await itemForm.getByRole('button', { name: '保存' }).click();
  await expect(itemForm.getByText('请填写金额，如 12.50')).toBeVisible();
  await itemForm.getByLabel('单价（元）').fill('128.50');
  await shot('stock-item-form');
  await itemForm.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => columnTexts(page, 'unitValue')).toEqual(['128.50']);
  const items = (await app.api('stock.items.list', {})) as ItemRow[];
  expect(items.map((item) => [item.code, item.unitValue, item.shelfLifeMonths])).toEqual([['JJX-01', 12850, 36]]);

  await page.getByRole('tab', { name: '捐赠方' }).click();
  await page.getByRole('button', { name: '新增捐赠方' }).click();
  const donorForm = page.getByRole('dialog', { name: '新增捐赠方' });
  await donorForm.getByLabel('名称').fill('王先生');
  await donorForm.getByLabel('类型').selectOption({ label: '个人' });
  await donorForm.getByLabel('公示时匿名').check();
  await donorForm.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => columnTexts(page, 'anonymous')).toEqual(['是']);

  await page.getByRole('tab', { name: '灾害事件' }).click();
  await page.getByRole('button', { name: '新增灾害事件' }).click();
  const eventForm = page.getByRole('dialog', { name: '新增灾害事件' });
  await eventForm.getByLabel('名称').fill('2026年8月台风“海葵”');
  await eventForm.getByLabel('类型').fill('台风');
  await eventForm.getByLabel('日期').fill('2026-08-03');
  await eventForm.getByLabel('地点').fill('罗圩乡');
  await eventForm.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => columnTexts(page, 'name')).toEqual(['2026年8月台风“海葵”']);

  await page.getByRole('tab', { name: '储备定额' }).click();
  await page.getByRole('button', { name: '设置定额' }).click();
  const quota = page.getByRole('dialog', { name: '设置定额' });
  await quota.getByLabel('物资名称').selectOption({ label: 'JJX-01 家庭急救箱' });
  await quota.getByLabel('储备定额').fill('200');
  await quota.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => columnTexts(page, 'below')).toEqual(['低于定额']);
  await shot('stock-quotas');

  await page.getByRole('tab', { name: '物资目录' }).click();
  await expect.poll(() => columnTexts(page, 'name')).toEqual(['家庭急救箱']);
  await shot('stock-setup-items');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^物资目录_\d{8}\.xlsx$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const rows = await readXlsxRows(file);
  expect(rows[0]).toEqual(['编码', '名称', '类别', '单位', '规格型号', '保质期（月）', '单价（元）', '备注']);
  expect(rows[1]!.slice(0, 7)).toEqual(['JJX-01', '家庭急救箱', '家庭急救箱', '个', '标准型 32 件', '36', '128.5']);
});

/** The month before last, as YYYY-MM (a month a keeper would close). */
function monthBeforeLast(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 2, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

test('a closed month refuses posting a document dated in it, in Chinese', async ({ page, app, shot }) => {
  const w = await arrangeWarehouse(app);
  const month = monthBeforeLast();
  const detail = (await app.api('stock.documents.create', {
    header: {
      type: 'receipt',
      documentDate: `${month}-15`,
      warehouseId: w.warehouse.id,
      sourceKind: 'donation',
      donorId: w.donor.id,
    },
    lines: [{ itemId: w.quilt.id, lotNumber: 'Q-OCT', expiryDate: null, quantity: 10, unitValue: 15000 }],
  })) as { document: { id: string; rowVersion: number } };
  await app.api('stock.documents.approve', { id: detail.document.id, rowVersion: detail.document.rowVersion });

  await openPage(page, app, '仓库资料');
  await page.getByRole('tab', { name: '月结' }).click();
  await page.getByLabel('月份').selectOption(month);
  await page.getByRole('button', { name: '锁定月份' }).click();
  await page.getByRole('dialog', { name: '锁定月份' }).getByRole('button', { name: '确定' }).click();
  await expect.poll(() => columnTexts(page, 'month')).toEqual([month]);
  await shot('stock-months');

  await page.getByRole('navigation').getByRole('link', { name: '出入库单据' }).click();
  await page
    .getByRole('button', { name: /RK-/ })
    .or(page.locator('.ag-row[row-index="0"] [col-id="number"]'))
    .first()
    .dblclick();
  const editor = page.getByRole('dialog', { name: /入库单 RK-/ });
  await editor.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(editor.getByRole('alert')).toContainText(`${month} 已月结锁定`);
  await expect(editor.locator('.badge')).toHaveText('已审批');
});

test('a viewer reads the warehouse but sees no button that changes it', async ({ page, app }) => {
  const w = await arrangeWarehouse(app);
  await app.api('stock.documents.create', {
    header: {
      type: 'receipt',
      documentDate: '2026-11-03',
      warehouseId: w.warehouse.id,
      sourceKind: 'donation',
      donorId: w.donor.id,
    },
    lines: [{ itemId: w.quilt.id, lotNumber: 'Q-V', expiryDate: null, quantity: 5, unitValue: 15000 }],
  });
  await app.addUser('reader', ['viewer']);
  await signIn(page, app, 'reader', 'User-pass-1');
  await page.getByRole('navigation').getByRole('link', { name: '出入库单据' }).click();
  await expect.poll(() => columnTexts(page, 'status')).toEqual(['草稿']);
  await expect(page.getByRole('button', { name: '新建入库单' })).toHaveCount(0);
  await page.locator('.ag-row[row-index="0"] [col-id="number"]').dblclick();
  const editor = page.getByRole('dialog', { name: /入库单 RK-/ });
  await expect(editor.getByLabel('数量 1')).toHaveAttribute('readonly', '');
  for (const action of ['保存草稿', '审批通过', '过账', '作废单据'])
    await expect(editor.getByRole('button', { name: action })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: '打印' })).toBeVisible();
  await editor.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('navigation').getByRole('link', { name: '仓库资料' }).click();
  await expect.poll(async () => (await columnTexts(page, 'name')).sort()).toEqual(['大米', '棉被', '矿泉水'].sort());
  await expect(page.getByRole('button', { name: '新增物资' })).toHaveCount(0);
});

async function openingSheet(rows: (string | number)[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('期初库存');
  sheet.addRow(['宿城区红十字会备灾仓库期初库存表']);
  sheet.addRow(['仓库', '物资名称', '批号', '有效期', '数量', '单价', '捐赠方', '单位', '类别']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('opening stock from a sheet: bad rows listed by row and column, missing items created, then posted whole', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await openPage(page, app, '仓库资料');
  await page.getByRole('tab', { name: '期初库存' }).click();
  await page.getByLabel('期初库存表（.xlsx 或 .csv）').setInputFiles({
    name: '期初.xlsx',
    mimeType: XLSX,
    buffer: await openingSheet([
      ['城南备灾仓库', '大米', 'R-OPEN', '2027/6/30', 30, 60, '宿城区爱心企业协会', '袋', '食品'],
      ['城南备灾仓库', '棉被', 'Q-OPEN', '', 2.5, 150, '', '床', '棉被'],
      ['城南备灾仓库', '折叠床', 'B-OPEN', '2025年2月30日', 10, 200, '', '张', '装备'],
    ]),
  });
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.locator('.opening-counts')).toHaveText('共 3 行：正确 1 行，有问题 2 行');
  const errors = page.locator('.opening-errors tbody tr');
  await expect(errors.filter({ hasText: '数量不能有小数' })).toContainText('4');
  await expect(errors.filter({ hasText: '没有这一天' })).toContainText('5');
  await expect(page.getByRole('button', { name: '导入' })).toBeDisabled();
  await shot('stock-opening-errors');

  await page.getByLabel('期初库存表（.xlsx 或 .csv）').setInputFiles({
    name: '期初.xlsx',
    mimeType: XLSX,
    buffer: await openingSheet([
      ['城南备灾仓库', '大米', 'R-OPEN', '2027/6/30', 30, 60, '宿城区爱心企业协会', '袋', '食品'],
      ['城南备灾仓库', '棉被', 'Q-OPEN', '', 2, 150, '', '床', '棉被'],
      ['城南备灾仓库', '折叠床', 'B-OPEN', '', 10, 200, '', '张', '装备'],
    ]),
  });
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('status').filter({ hasText: '以下名称在系统中找不到' })).toContainText('折叠床');
  await expect(page.getByRole('button', { name: '导入' })).toBeDisabled();
  await page.getByLabel('自动创建表中出现、但系统里还没有的仓库、物资和捐赠方').check();
  await page.getByRole('button', { name: '检查' }).click();
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 3 个批次' })).toContainText('RK-');

  const onHand = (await app.api('stock.onHand', { warehouseId: w.warehouse.id })) as {
    lotNumber: string;
    quantity: number;
    source: string;
  }[];
  expect(onHand.map((row) => [row.lotNumber, row.quantity, row.source]).sort()).toEqual([
    ['B-OPEN', 10, 'opening'],
    ['Q-OPEN', 2, 'opening'],
    ['R-OPEN', 30, 'opening'],
  ]);
});
