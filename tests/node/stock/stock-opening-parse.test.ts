// The opening-balance sheet's cells as clerks fill them: dates in every usual form and Excel date cells,
// quantities in whole units, values in yuan kept in fen; the header found under a title row.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@core/errors';
import { parseSheetDate } from '@core/spreadsheet/dates';
import { parseQuantity, parseYuanToFen } from '@core/stock/opening/amounts';
import { readOpeningRows } from '@core/stock/opening/rows';
import { readOpeningTable } from '@core/stock/opening/table';
import { workbookBuffer } from '../../fixtures/xlsx';

describe('parseSheetDate', () => {
  it.each([
    ['2025-06-30', '2025-06-30'],
    ['2025/6/30', '2025-06-30'],
    ['2025.6.30', '2025-06-30'],
    ['2025年6月30日', '2025-06-30'],
    ['2025年06月30号', '2025-06-30'],
    ['２０２５／６／３０', '2025-06-30'],
    [' 2025-6-3 ', '2025-06-03'],
    ['20250630', '2025-06-30'],
    ['2025/6/30 0:00:00', '2025-06-30'],
    ['2025-06-30T00:00:00.000Z', '2025-06-30'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseSheetDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['2025-02-29', 'DATE_IMPOSSIBLE'],
    ['2025-13-01', 'DATE_IMPOSSIBLE'],
    ['2025-06-31', 'DATE_IMPOSSIBLE'],
    ['2025年0月1日', 'DATE_IMPOSSIBLE'],
    ['2025-6', 'DATE_FORMAT'],
    ['30/06/2025', 'DATE_FORMAT'],
    ['明年六月', 'DATE_FORMAT'],
    ['25-6-30', 'DATE_FORMAT'],
    ['1066-10-14', 'DATE_RANGE'],
    ['20251301', 'DATE_IMPOSSIBLE'],
  ])('refuses %s with %s', (text, code) => {
    expect(parseSheetDate(text)).toEqual({ ok: false, code });
  });

  it('reads Excel date serials and yyyymmdd numbers', () => {
    expect(parseSheetDate(45838)).toEqual({ ok: true, date: '2025-06-30' });
    expect(parseSheetDate(45838.75)).toEqual({ ok: true, date: '2025-06-30' });
    expect(parseSheetDate(43890)).toEqual({ ok: true, date: '2020-02-29' });
    expect(parseSheetDate(20250630)).toEqual({ ok: true, date: '2025-06-30' });
    expect(parseSheetDate(20250230)).toEqual({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(parseSheetDate(2025)).toEqual({ ok: false, code: 'DATE_RANGE' });
    expect(parseSheetDate(-3)).toEqual({ ok: false, code: 'DATE_FORMAT' });
  });
});

describe('parseQuantity', () => {
  it('takes whole positive units, as numbers or text with separators', () => {
    expect(parseQuantity(12)).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseQuantity('３０')).toEqual({ ok: true, value: 30 });
    expect(parseQuantity('10.0')).toEqual({ ok: true, value: 10 });
  });
  it.each([
    [-1, 'QUANTITY_NEGATIVE'],
    ['-5', 'QUANTITY_NEGATIVE'],
    [2.5, 'QUANTITY_FRACTION'],
    ['0.5', 'QUANTITY_FRACTION'],
    [0, 'QUANTITY_ZERO'],
    [null, 'QUANTITY_REQUIRED'],
    ['  ', 'QUANTITY_REQUIRED'],
    ['十箱', 'QUANTITY_INVALID'],
    ['12箱', 'QUANTITY_INVALID'],
    // eslint-disable-next-line no-loss-of-precision -- an ID number pasted into the quantity column, as a spreadsheet number
    [321302199001011234, 'QUANTITY_TOO_LARGE'],
  ])('refuses %s with %s', (cell, code) => {
    expect(parseQuantity(cell as string | number | null)).toEqual({ ok: false, code });
  });
});

describe('parseYuanToFen', () => {
  it.each([
    [12.5, 1250],
    [12.3, 1230],
    [0.1, 10],
    [1234567.89, 123456789],
    ['¥1,234.50', 123450],
    ['￥ 35', 3500],
    ['12.50元', 1250],
    ['0.07', 7],
    ['8.100', 810],
    [0, 0],
    [null, null],
    ['', null],
  ])('reads %s as %s fen', (cell, fen) => {
    expect(parseYuanToFen(cell as string | number | null)).toEqual({ ok: true, value: fen });
  });
  it.each([
    [-3, 'VALUE_NEGATIVE'],
    ['-0.5', 'VALUE_NEGATIVE'],
    [12.345, 'VALUE_PRECISION'],
    ['1.001', 'VALUE_PRECISION'],
    ['十二元', 'VALUE_INVALID'],
    ['12.5.1', 'VALUE_INVALID'],
    [1e12, 'VALUE_TOO_LARGE'],
  ])('refuses %s with %s', (cell, code) => {
    expect(parseYuanToFen(cell as string | number)).toEqual({ ok: false, code });
  });
});

describe('readOpeningTable', () => {
  const header = ['仓库', '物资编码', '物资名称', '批号', '有效期至', '数量', '单价(元)', '捐赠方'];

  it('finds the header under a title and reads Excel date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('期初库存');
    sheet.addRow(['宿城区红十字会备灾仓库期初库存表']);
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.addRow(header);
    sheet.addRow(['一号库', 'SP-001', '矿泉水', 'L1', new Date(Date.UTC(2026, 5, 30)), 100, 1.5, '爱心企业']);
    sheet.getCell('E3').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    sheet.addRow(['一号库', null, '棉被', null, null, '20', '80', null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readOpeningTable('期初.xlsx', bytes);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toMatchObject({
      warehouse: 0,
      itemCode: 1,
      itemName: 2,
      lot: 3,
      expiry: 4,
      quantity: 5,
      unitValue: 6,
      donor: 7,
    });
    const { lines, errors } = readOpeningRows(table.rows, table.columns);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      {
        row: 3,
        warehouse: '一号库',
        itemCode: 'SP-001',
        itemName: '矿泉水',
        itemKey: null,
        lot: 'L1',
        expiry: '2026-06-30',
        quantity: 100,
        unitValueFen: 150,
        donor: '爱心企业',
        unit: null,
        category: null,
        specification: null,
      },
      {
        row: 5,
        warehouse: '一号库',
        itemCode: null,
        itemName: '棉被',
        itemKey: null,
        lot: null,
        expiry: null,
        quantity: 20,
        unitValueFen: 8000,
        donor: null,
        unit: null,
        category: null,
        specification: null,
      },
    ]);
  });

  it('lists every invalid row by spreadsheet row, field and code', async () => {
    const bytes = await workbookBuffer(
      [
        ['仓库', '物资', '批号', '有效期', '数量', '单价'],
        ['一号库', '帐篷', 'A', '2025/2/30', 3, 100],
        ['', '', 'B', '2025.6.30', -2, 'abc'],
        ['一号库', '棉被', 'C', '2025年6月30日', 1.5, 12.345],
        ['一号库', '棉被', 'D', '2027-01-01', 4, null],
      ],
      { title: '期初库存' },
    );
    const table = await readOpeningTable('期初.xlsx', bytes);
    const { lines, errors } = readOpeningRows(table.rows, table.columns);
    expect(errors).toEqual([
      { row: 3, field: 'expiry', code: 'DATE_IMPOSSIBLE' },
      { row: 4, field: 'warehouse', code: 'WAREHOUSE_REQUIRED' },
      { row: 4, field: 'item', code: 'ITEM_REQUIRED' },
      { row: 4, field: 'quantity', code: 'QUANTITY_NEGATIVE' },
      { row: 4, field: 'unitValue', code: 'VALUE_INVALID' },
      { row: 5, field: 'quantity', code: 'QUANTITY_FRACTION' },
      { row: 5, field: 'unitValue', code: 'VALUE_PRECISION' },
    ]);
    expect(lines.map((l) => [l.row, l.itemKey, l.expiry])).toEqual([[6, '棉被', '2027-01-01']]);
  });

  it('reads a CSV saved by Excel and refuses a sheet without the needed columns', async () => {
    const csv = Buffer.from('\uFEFF仓库,物资名称,数量,有效期\r\n一号库,矿泉水,"1,000",2025/6/30\r\n', 'utf8');
    const table = await readOpeningTable('期初.csv', csv);
    expect(readOpeningRows(table.rows, table.columns).lines[0]).toMatchObject({
      row: 2,
      itemName: '矿泉水',
      quantity: 1000,
      expiry: '2025-06-30',
    });

    const noWarehouse = await workbookBuffer([
      ['物资名称', '批号', '数量'],
      ['棉被', 'A', 1],
    ]);
    await expect(readOpeningTable('x.xlsx', noWarehouse)).rejects.toMatchObject({
      code: 'OPENING_COLUMNS_MISSING',
      details: { missing: ['warehouse'] },
    });
    const noHeader = await workbookBuffer([
      ['随便', '什么'],
      ['a', 'b'],
    ]);
    await expect(readOpeningTable('x.xlsx', noHeader)).rejects.toBeInstanceOf(AppError);
    await expect(readOpeningTable('x.xlsx', noHeader)).rejects.toMatchObject({ code: 'OPENING_NO_HEADER' });
  });
});
