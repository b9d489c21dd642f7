// Opening balances from a clerk's spreadsheet: every invalid row listed and nothing imported until the
// file is right; unknown warehouses, items and donors listed, or created with createMissing; the whole
// sheet posted as opening receipts in one transaction; and the CLI's one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { importOpening } from '@core/stock/opening/import';
import { workbookBuffer, type TestCell } from '../../fixtures/xlsx';
import { runCli } from '../cli-support';
import { tempDir } from '../support';
import { stockOffice } from './stock-reports-support';

const HEADER = ['仓库', '物资编码', '物资名称', '批号', '有效期至', '数量', '单价（元）', '捐赠方'];

const counts = (office: ReturnType<typeof stockOffice>) =>
  office.store.sqlite
    .prepare(
      `SELECT
  (SELECT count(*) FROM stock_documents), (SELECT count(*) FROM stock_movements), (SELECT count(*) FROM stock_lots),
  (SELECT count(*) FROM stock_items), (SELECT count(*) FROM stock_warehouses), (SELECT count(*) FROM stock_donors),
  (SELECT count(*) FROM change_journal)`,
    )
    .raw()
    .get();

async function sheet(rows: TestCell[][]): Promise<Buffer> {
  return workbookBuffer([HEADER, ...rows], { title: '宿城区红十字会备灾仓库期初库存' });
}

describe('opening balances', () => {
  it('lists every invalid row by row, field and code and imports nothing', async () => {
    const office = stockOffice();
    const before = counts(office);
    const bytes = await sheet([
      ['一号仓库', 'MB-01', '棉被', 'A1', null, 20, 80, null],
      ['一号仓库', null, null, 'A2', null, 5, 10, null],
      ['一号仓库', 'SP-01', '大米', 'B1', '2025/2/29', 10, 50, null],
      ['一号仓库', 'SP-01', '大米', 'B2', '2026-07-01', -3, 50, null],
      ['一号仓库', 'SP-01', '大米', 'B3', '2026-07-01', 2.5, 50, null],
      ['一号仓库', 'SP-01', '大米', 'B4', '2026-07-01', 4, '五十', null],
      ['一号仓库', 'SP-01', '大米', 'B5', null, 4, 50, null], // rice keeps 12 months: its expiry is needed (a quilt's is not)
    ]);
    const result = await importOpening(office.admin, { fileName: '期初.xlsx', bytes });
    expect(result).toMatchObject({ headerRow: 2, rows: 7, valid: 1, invalid: 6, imported: 0, documents: [] });
    expect(result.errors).toEqual([
      { row: 4, field: 'item', code: 'ITEM_REQUIRED' },
      { row: 5, field: 'expiry', code: 'DATE_IMPOSSIBLE' },
      { row: 6, field: 'quantity', code: 'QUANTITY_NEGATIVE' },
      { row: 7, field: 'quantity', code: 'QUANTITY_FRACTION' },
      { row: 8, field: 'unitValue', code: 'VALUE_INVALID' },
      { row: 9, field: 'expiry', code: 'EXPIRY_REQUIRED' },
    ]);
    expect(counts(office)).toEqual(before);
  });

  it('posts one opening receipt whose lots keep expiry, value and donor, whatever form the dates take', async () => {
    const office = stockOffice();
    const bytes = await sheet([
      ['一号仓库', 'SP-01', null, 'R-1', '2026-06-30', 10, 50, '宿迁爱心企业有限公司'],
      ['一号仓库', 'SP-01', null, 'R-2', '2026/7/31', 11, '¥52.50', null],
      ['一号仓库', null, '大米', 'R-3', '2026.8.31', 12, null, '张慈善'],
      ['CK01', null, '矿泉水', 'W-1', '2026年9月30日', 13, 30, null],
      ['一号仓库', 'YS-01', null, 'W-2', 46295, '1,400', 30.1, null],
    ]);
    const result = await importOpening(office.admin, { fileName: '期初.xlsx', bytes, documentDate: '2025-12-01' });
    expect(result).toMatchObject({
      rows: 5,
      valid: 5,
      invalid: 0,
      errors: [],
      imported: 5,
      missing: { warehouses: [], items: [], donors: [] },
    });
    expect(result.documents).toHaveLength(1);
    const rows = onHand(office.admin).map((r) => [
      r.lotNumber,
      r.expiryDate,
      r.quantity,
      r.unitValue,
      r.donorName,
      r.source,
    ]);
    expect(rows).toEqual([
      ['R-1', '2026-06-30', 10, 5000, '宿迁爱心企业有限公司', 'opening'],
      ['R-2', '2026-07-31', 11, 5250, null, 'opening'],
      ['R-3', '2026-08-31', 12, 5000, '张慈善', 'opening'],
      ['W-1', '2026-09-30', 13, 3000, null, 'opening'],
      ['W-2', '2026-09-30', 1400, 3010, null, 'opening'],
    ]);
    const doc = office.store.sqlite
      .prepare('SELECT type, source_kind, status, document_date FROM stock_documents')
      .get();
    expect(doc).toEqual({ type: 'receipt', source_kind: 'opening', status: 'posted', document_date: '2025-12-01' });
  });

  it('lists unknown warehouses, items and donors, and creates them only when asked', async () => {
    const office = stockOffice();
    const bytes = await sheet([
      ['二号仓库', 'ZP-09', '帐篷', 'T1', null, 4, 1200, '红星商会'],
      ['一号仓库', null, '家庭急救箱', 'K1', '2027-01-31', 6, 150, '李四'],
      ['二号仓库', 'MB-01', null, null, null, 8, null, null],
    ]);
    const before = counts(office);
    const listed = await importOpening(office.admin, { fileName: '期初.xlsx', bytes });
    expect(listed).toMatchObject({
      valid: 3,
      invalid: 0,
      imported: 0,
      missing: { warehouses: ['二号仓库'], items: ['ZP-09', '家庭急救箱'], donors: ['红星商会', '李四'] },
    });
    expect(counts(office)).toEqual(before);
    const dry = await importOpening(office.admin, { fileName: '期初.xlsx', bytes, createMissing: true, dryRun: true });
    expect(dry).toMatchObject({ imported: 0, created: { warehouses: 0, items: 0, donors: 0 } });
    expect(counts(office)).toEqual(before);

    const created = await importOpening(office.admin, { fileName: '期初.xlsx', bytes, createMissing: true });
    expect(created).toMatchObject({ imported: 3, created: { warehouses: 1, items: 2, donors: 2 } });
    expect(created.documents).toHaveLength(2); // one per warehouse
    const tent = office.store.sqlite
      .prepare(`SELECT code, name, unit, unit_value FROM stock_items WHERE code = 'ZP-09'`)
      .get();
    expect(tent).toEqual({ code: 'ZP-09', name: '帐篷', unit: '个', unit_value: 120000 });
    const donors = office.store.sqlite
      .prepare(`SELECT name, kind FROM stock_donors WHERE name IN ('红星商会', '李四') ORDER BY name`)
      .all();
    expect(donors).toEqual([
      { name: '李四', kind: 'person' },
      { name: '红星商会', kind: 'organisation' },
    ]);
    expect(onHand(office.admin).map((r) => [r.warehouseName, r.itemName, r.quantity])).toEqual([
      ['一号仓库', '家庭急救箱', 6],
      ['二号仓库', '棉被', 8],
      ['二号仓库', '帐篷', 4],
    ]);
  });

  it('refuses the import without the approver role, leaving nothing behind', async () => {
    const office = stockOffice();
    const before = counts(office);
    const bytes = await sheet([['一号仓库', 'MB-01', null, 'A', null, 1, 80, null]]);
    await expect(importOpening(office.as(['warehouse']), { fileName: '期初.xlsx', bytes })).rejects.toMatchObject({
      code: 'APPROVER_REQUIRED',
    });
    expect(counts(office)).toEqual(before);
  });

  it(
    'cli: import-opening --dry-run / --create-missing and on-hand print one JSON object',
    { timeout: 300_000 },
    async () => {
      const office = stockOffice();
      const file = path.join(tempDir(), '期初库存.xlsx');
      fs.writeFileSync(
        file,
        await sheet([
          ['一号仓库', 'MB-01', null, 'A1', null, 20, 80, null],
          ['一号仓库', 'SP-01', null, 'B1', '2026/6/31', 3, 50, null],
          ['三号仓库', 'SP-01', null, 'B2', '2026/6/30', 3, 50, null],
        ]),
      );
      const bad = runCli(office.backend.dataDir, [
        'stock',
        'import-opening',
        file,
        '--dry-run',
        '--json',
        '--lang',
        'zh-CN',
      ]);
      expect(bad.status).toBe(0);
      expect(bad.json()).toMatchObject({
        rows: 3,
        valid: 2,
        invalid: 1,
        imported: 0,
        errors: [{ row: 4, field: 'expiry', code: 'DATE_IMPOSSIBLE', message: '没有这一天，请核对日期。' }],
        missing: { warehouses: ['三号仓库'], items: [], donors: [] },
      });
      const inEnglish = runCli(office.backend.dataDir, [
        'stock',
        'import-opening',
        file,
        '--dry-run',
        '--json',
        '--lang',
        'en',
      ]);
      expect(inEnglish.json()).toMatchObject({
        errors: [{ code: 'DATE_IMPOSSIBLE', message: 'No such day; check the date.' }],
      });

      fs.writeFileSync(
        file,
        await sheet([
          ['一号仓库', 'MB-01', null, 'A1', null, 20, 80, null],
          ['三号仓库', 'SP-01', null, 'B2', '2026/6/30', 3, 50, null],
        ]),
      );
      const run = runCli(office.backend.dataDir, ['stock', 'import-opening', file, '--create-missing', '--json']);
      expect(run.status).toBe(0);
      expect(run.json()).toMatchObject({ rows: 2, valid: 2, invalid: 0, errors: [], imported: 2 });
      const hand = runCli(office.backend.dataDir, ['stock', 'on-hand', '--json']);
      expect(hand.json()).toEqual({
        rows: [
          { warehouse: '一号仓库', itemCode: 'MB-01', itemName: '棉被', lot: 'A1', expiry: null, quantity: 20 },
          { warehouse: '三号仓库', itemCode: 'SP-01', itemName: '大米', lot: 'B2', expiry: '2026-06-30', quantity: 3 },
        ],
      });
    },
  );
});
