// Warehouse documents through a real browser: a donation received in two lots, approved, posted and
// seen on hand; an issue to a household with the first-expiring-first-out proposal, printed to PDF;
// a stock count with a loss.
import { expect, signIn, test } from './fixtures';
import {
  arrangeWarehouse,
  columnTexts,
  openPage,
  printedPdf,
  printedText,
  receiveDonation,
  startCountInEditor,
  validId,
} from './stock-support';

test('a donation with two lots: draft, approve, post, and stock on hand shows both lots', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await openPage(page, app, '出入库单据');
  await expect(page.locator('.stock-empty')).toContainText('还没有单据');
  await page.getByRole('button', { name: '新建入库单' }).click();
  const editor = page.getByRole('dialog', { name: /新建入库单/ });
  await editor.getByLabel('业务日期').fill('2026-10-28');
  await editor.getByLabel('捐赠方').selectOption({ label: '宿城区爱心企业协会' });
  await editor.getByLabel('物资 1').selectOption({ label: 'SP-001 大米 (10kg/袋)' });
  await editor.getByLabel('批号 1').fill('RICE-A');
  await editor.getByLabel('有效期至 1').fill('2027-03-31');
  await editor.getByLabel('数量 1').fill('40');
  await expect(editor.getByLabel('单价（元） 1')).toHaveValue('60.00');
  await editor.getByLabel('物资 2').selectOption({ label: 'SP-001 大米 (10kg/袋)' });
  await editor.getByLabel('批号 2').fill('RICE-B');
  await editor.getByLabel('有效期至 2').fill('2027-06-30');
  await editor.getByLabel('数量 2').fill('60');
  await editor.getByLabel('单价（元） 2').fill('58.5');
  await expect(editor.locator('.doc-totals')).toHaveText('合计数量 100，金额 5,910.00 元');
  await shot('stock-receipt-draft');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  const saved = page.getByRole('dialog', { name: /入库单 RK-/ });
  await expect(saved.locator('.badge')).toHaveText('草稿');
  await expect(saved.locator('.doc-title-meta')).toContainText('业务日期 2026-10-28');
  await expect(saved.locator('.doc-title-meta')).toContainText('录入时间');

  await saved.getByRole('button', { name: '审批通过' }).click();
  await expect(saved.locator('.badge')).toHaveText('已审批');
  await expect(saved.getByLabel('批号 1')).toHaveAttribute('readonly', '');
  await saved.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(saved.locator('.badge')).toHaveText('已过账');
  await expect(saved.getByText('已过账的单据不能修改')).toBeVisible();
  await expect(saved.getByRole('button', { name: '冲销' })).toBeVisible();
  await shot('stock-receipt-posted');
  await saved.getByRole('button', { name: '打印' }).click();
  const slip = await printedText(page);
  for (const expected of [
    '入库单',
    '社会捐赠:宿城区爱心企业协会',
    'RICE-A',
    'RICE-B',
    '2027-03-31',
    '5,910.00',
    '业务日期:2026-10-28',
    '交货人',
    '保管员',
  ]) {
    expect(slip).toContain(expected);
  }
  await page.getByRole('button', { name: '返回' }).click();
  await saved.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => columnTexts(page, 'status')).toEqual(['已过账']);

  await page.getByRole('navigation').getByRole('link', { name: '库存与台账' }).click();
  await expect.poll(() => columnTexts(page, 'lotNumber')).toEqual(['RICE-A', 'RICE-B']);
  expect(await columnTexts(page, 'quantity')).toEqual(['40', '60']);
  expect(await columnTexts(page, 'donorName')).toEqual(['宿城区爱心企业协会', '宿城区爱心企业协会']);
  await shot('stock-on-hand');

  // The stock card of the item: opening, the receipt's two lots, running balance, closing.
  await page.locator('.ag-row[row-index="0"] [col-id="itemName"]').dblclick();
  await expect(page.getByRole('tab', { name: '物资台账' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('物资名称')).toHaveValue(w.rice.id);
  await expect.poll(() => columnTexts(page, 'balance')).toEqual(['0', '40', '100', '100']);
  expect(await columnTexts(page, 'counterparty')).toEqual([
    '期初结存',
    '宿城区爱心企业协会',
    '宿城区爱心企业协会',
    '期末结存',
  ]);
  await shot('stock-card');
});

test('an issue to a household: FEFO proposes the earliest lot, an expired lot needs a reason, the slip prints', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await receiveDonation(
    app,
    w,
    [
      { itemId: w.water.id, lotNumber: 'W-LATE', expiryDate: '2027-09-30', quantity: 50, unitValue: 3000 },
      { itemId: w.water.id, lotNumber: 'W-EARLY', expiryDate: '2027-01-31', quantity: 8, unitValue: 3000 },
      { itemId: w.water.id, lotNumber: 'W-OLD', expiryDate: '2026-01-31', quantity: 5, unitValue: 3000 },
    ],
    '2025-12-01',
  );
  await app.api('people.create', {
    person: { name: '陈秀英', idNumber: validId('19580312', '002'), township: '埠子镇', village: '新河村' },
  });

  await openPage(page, app, '出入库单据');
  await page.getByRole('button', { name: '新建出库单' }).click();
  const editor = page.getByRole('dialog', { name: /新建出库单/ });
  await editor.getByLabel('受助户').fill('陈秀英');
  await editor
    .getByRole('option')
    .getByRole('button', { name: /陈秀英/ })
    .click();
  await expect(editor.getByLabel('受助户')).toHaveValue('陈秀英');
  await editor.getByLabel('物资 1').selectOption({ label: 'YS-001 矿泉水 (550ml×24瓶)' });
  await editor.getByLabel('数量 1').fill('10');
  await editor.getByRole('button', { name: '按先到期先出分配' }).click();
  // 8 from the lot expiring first, the other 2 from the next; the expired lot is never proposed.
  await expect(editor.getByLabel('批次 1').locator('option:checked')).toContainText('W-EARLY');
  await expect(editor.getByLabel('数量 1')).toHaveValue('8');
  await expect(editor.getByLabel('批次 2').locator('option:checked')).toContainText('W-LATE');
  await expect(editor.getByLabel('数量 2')).toHaveValue('2');
  await shot('stock-issue-fefo');

  // Choosing the expired lot by hand asks for a reason before saving.
  await editor.getByLabel('物资 3').selectOption({ label: 'YS-001 矿泉水 (550ml×24瓶)' });
  const oldLot = await editor.getByLabel('批次 3').locator('option', { hasText: 'W-OLD' }).getAttribute('value');
  await expect(editor.getByLabel('批次 3').locator('option', { hasText: 'W-OLD' })).toContainText('已过期');
  await editor.getByLabel('批次 3').selectOption(oldLot!);
  await editor.getByLabel('数量 3').fill('1');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.locator('.line-invalid')).toContainText('这个批次已过期，发出前请填写原因');
  await editor.getByLabel('过期仍发原因 3').fill('受助户自愿领取，用于清洁');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  const saved = page.getByRole('dialog', { name: /出库单 CK-/ });
  await saved.getByRole('button', { name: '审批通过' }).click();
  await saved.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(saved.locator('.badge')).toHaveText('已过账');
  const number = (await saved.locator('.dialog-header h2').textContent())!.match(/CK-[\w-]+/)![0];

  await saved.getByRole('button', { name: '打印' }).click();
  await expect(page.locator('.print-sheet')).toBeVisible();
  await shot('stock-issue-slip');
  const { text, width, height } = await printedPdf(page);
  expect(height).toBeGreaterThan(width); // A4 portrait
  for (const expected of [
    '宿城区红十字会',
    '出库单',
    number,
    '发放到户',
    '陈秀英',
    'W-EARLY',
    'W-LATE',
    'W-OLD',
    '领取人',
    '审批人',
    '业务日期',
    '录入时间',
  ]) {
    expect(text).toContain(expected);
  }
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.locator('.print-root')).toHaveCount(0);
});

test('a stock count with a loss: book quantities listed, the difference needs a reason, posting adjusts the stock', async ({
  page,
  app,
  shot,
}) => {
  const { count, quiltRow, riceRow } = await startCountInEditor(page, app);
  await expect(count.locator('.lines-table tbody tr')).toHaveCount(2);
  await expect(quiltRow.locator('td.num').first()).toHaveText('30');
  await quiltRow.getByRole('textbox', { name: /实盘数量/ }).fill('27');
  await riceRow.getByRole('textbox', { name: /实盘数量/ }).fill('20');
  await expect(quiltRow.locator('.diff-nonzero')).toHaveText('-3');
  await count.getByRole('button', { name: '审批通过' }).click();
  await expect(quiltRow).toContainText('数量有差异，请选择原因');
  await quiltRow.getByRole('combobox', { name: /差异原因/ }).selectOption({ label: '损耗' });
  await quiltRow.getByRole('textbox', { name: /原因说明/ }).fill('仓库漏雨受潮 3 床');
  await shot('stock-count');
  await count.getByRole('button', { name: '审批通过' }).click();
  await expect(count.locator('.badge')).toHaveText('已审批');
  await count.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(count.locator('.badge')).toHaveText('已过账');
  await count.getByRole('button', { name: '打印' }).click();
  const sheet = await printedText(page);
  for (const expected of ['盘点单', '账面数量', '实盘数量', 'Q-1 30 27 -3 损耗:仓库漏雨受潮 3 床', '盘点人', '监盘人'])
    expect(sheet).toContain(expected);
  await page.getByRole('button', { name: '返回' }).click();
  await count.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('navigation').getByRole('link', { name: '库存与台账' }).click();
  await expect
    .poll(async () => {
      const lots = await columnTexts(page, 'lotNumber');
      const quantities = await columnTexts(page, 'quantity');
      return Object.fromEntries(lots.map((lot, index) => [lot, quantities[index]]));
    })
    .toEqual({ 'Q-1': '27', 'R-1': '20' });
});

test('a posted receipt is read-only; 冲销 makes a reversal that, once posted, takes the goods back out', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-WRONG', expiryDate: null, quantity: 12, unitValue: 15000 },
  ]);
  await openPage(page, app, '出入库单据');
  await page.locator('.ag-row[row-index="0"] [col-id="number"]').dblclick();
  const original = page.getByRole('dialog', { name: /入库单 RK-/ });
  const number = (await original.locator('.dialog-header h2').textContent())!.match(/RK-[\w-]+/)![0];
  await expect(original.getByLabel('数量 1')).toHaveAttribute('readonly', '');
  await expect(original.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await original.getByRole('button', { name: '冲销' }).click();
  const reverse = page.getByRole('dialog', { name: `冲销 ${number}` });
  await reverse.getByLabel('冲销原因').fill('数量录错，应为 21 床');
  await reverse.getByRole('button', { name: '冲销' }).click();

  const reversal = page.getByRole('dialog', { name: /冲销单/ });
  await expect(reversal.locator('.doc-title-meta')).toContainText(`冲销 ${number}`);
  await expect(reversal.locator('.lines-table tbody tr')).toHaveCount(1);
  await expect(reversal.locator('.lines-table tbody tr')).toContainText('Q-WRONG');
  await reversal.getByRole('button', { name: '审批通过' }).click();
  await reversal.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(reversal.locator('.badge')).toHaveText('已过账');
  await shot('stock-reversal');
  await reversal.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => columnTexts(page, 'status')).toEqual(expect.arrayContaining(['已冲销', '已过账']));

  const onHand = (await app.api('stock.onHand', { warehouseId: w.warehouse.id })) as { quantity: number }[];
  expect(onHand.reduce((sum, row) => sum + row.quantity, 0)).toBe(0);
});

test('a transfer between two warehouses: out of one, into the other, the donor kept; the slip prints', async ({
  page,
  app,
}) => {
  const w = await arrangeWarehouse(app);
  await app.api('stock.warehouses.create', { code: 'WH2', name: '埠子镇前置仓' });
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-T', expiryDate: null, quantity: 30, unitValue: 15000 },
  ]);
  await openPage(page, app, '出入库单据');
  await page.getByRole('button', { name: '新建调拨单' }).click();
  const editor = page.getByRole('dialog', { name: /新建调拨单/ });
  await editor.getByLabel('调出仓库').selectOption({ label: '城南备灾仓库' });
  await editor.getByLabel('调入仓库').selectOption({ label: '埠子镇前置仓' });
  await editor.getByLabel('物资 1').selectOption({ label: 'MB-001 棉被 (2m×2.3m)' });
  await editor.getByLabel('数量 1').fill('12');
  await editor.getByRole('button', { name: '按先到期先出分配' }).click();
  await expect(editor.getByLabel('批次 1').locator('option:checked')).toContainText('Q-T');
  await editor.getByRole('button', { name: '审批通过' }).click();
  const saved = page.getByRole('dialog', { name: /调拨单 DB-|调拨单 [A-Z]+-/ });
  await expect(saved.locator('.badge')).toHaveText('已审批');
  await saved.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(saved.locator('.badge')).toHaveText('已过账');
  await saved.getByRole('button', { name: '打印' }).click();
  const slip = await printedText(page);
  for (const expected of ['调拨单', '调出仓库:城南备灾仓库', '调入仓库:埠子镇前置仓', 'Q-T', '12'])
    expect(slip).toContain(expected);
  await page.getByRole('button', { name: '返回' }).click();
  await saved.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('navigation').getByRole('link', { name: '库存与台账' }).click();
  await expect
    .poll(async () => {
      const warehouses = await columnTexts(page, 'warehouseName');
      const quantities = await columnTexts(page, 'quantity');
      const donors = await columnTexts(page, 'donorName');
      return warehouses.map((name, index) => `${name} ${quantities[index]} ${donors[index]}`).sort();
    })
    .toEqual(['城南备灾仓库 18 宿城区爱心企业协会', '埠子镇前置仓 12 宿城区爱心企业协会']);
});

test('roles: the keeper drafts and posts, only the approver approves, and who approved is kept', async ({
  page,
  app,
}) => {
  const w = await arrangeWarehouse(app);
  await app.addUser('keeper', ['warehouse']);
  await app.addUser('head', ['approver']);
  await app.api('stock.documents.create', {
    header: {
      type: 'receipt',
      documentDate: '2026-11-06',
      warehouseId: w.warehouse.id,
      sourceKind: 'purchase',
      supplier: '宿迁市应急物资有限公司',
      tenderRef: 'ZB-2026-018',
    },
    lines: [{ itemId: w.quilt.id, lotNumber: 'Q-P', expiryDate: null, quantity: 100, unitValue: 14800 }],
  });
  const open = async (user: string) => {
    await signIn(page, app, user, 'User-pass-1');
    await page.getByRole('navigation').getByRole('link', { name: '出入库单据' }).click();
    await page.locator('.ag-row[row-index="0"] [col-id="number"]').dblclick();
    return page.getByRole('dialog', { name: /入库单 RK-/ });
  };
  const signOut = async () => {
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page.getByLabel('用户名')).toBeVisible();
  };

  let editor = await open('keeper');
  await expect(editor.getByLabel('供应商')).toHaveValue('宿迁市应急物资有限公司');
  await expect(editor.getByLabel('招标编号')).toHaveValue('ZB-2026-018');
  await expect(editor.getByRole('button', { name: '保存草稿' })).toBeVisible();
  await expect(editor.getByRole('button', { name: '审批通过' })).toHaveCount(0);
  await signOut();

  editor = await open('head');
  await expect(editor.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await editor.getByRole('button', { name: '审批通过' }).click();
  await expect(editor.locator('.badge')).toHaveText('已审批');
  await expect(editor.getByRole('button', { name: '过账' })).toHaveCount(0);
  await signOut();

  editor = await open('keeper');
  await expect(editor.locator('.doc-title-meta')).toContainText('审批：head');
  await editor.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(editor.locator('.badge')).toHaveText('已过账');
  await expect(editor.locator('.doc-title-meta')).toContainText('过账：keeper');
});
