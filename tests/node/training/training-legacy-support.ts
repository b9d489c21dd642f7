// A legacy certificate register as offices keep it: a merged title row, then the header, then one row per
// certificate - dates in every form clerks type, an Excel date cell, a 15-digit ID number - and one row for each
// problem the import must name (row, field, code).
import ExcelJS from 'exceljs';
import { idCheckChar } from '@rules/idNumber';
import { generatePeople } from '../../fixtures/people';

export const LEGACY_HEADER = [
  '序号',
  '姓名',
  '性别',
  '身份证号码',
  '证书编号',
  '证书类别',
  '发证日期',
  '有效期至',
  '乡镇',
  '工作单位',
  '领域',
];

type Cell = string | number | Date | null;

/** `registeredId`: an ID number the office's registry holds already. */
export function legacyRegister(registeredId: string) {
  const [a, b, c] = generatePeople(3, 99);
  const bad = a!.idNumber.slice(0, 17) + (idCheckChar(a!.idNumber.slice(0, 17)) === '1' ? '2' : '1');
  const rows: Cell[][] = [
    [1, a!.name, '男', a!.idNumber, 'L-0001', '救护员', '2023-05-06', null, '西湖镇', '宿城一中', '进学校'], // row 3
    [2, '张三', '男', registeredId, 'L-0002', '红十字救护员', '2023/5/6', '2026.5.5', '东街道', null, '社区'], // 4
    [3, '李四', '男', '321302900307442', 'L-0003', '初级救护员', '2023年5月6日', null, null, null, null], // 5
    [
      4,
      b!.name,
      null,
      b!.idNumber,
      'L-0004',
      '救护员（初级）',
      new Date(Date.UTC(2022, 10, 30)),
      null,
      null,
      null,
      null,
    ], // 6
    [5, '王五', '女', bad, 'L-0005', '救护员', '2023-05-06', null, null, null, null], // 7 idNumber
    [6, c!.name, null, c!.idNumber, null, '救护员', '2023-05-06', null, null, null, null], // 8 number empty
    [7, c!.name, null, c!.idNumber, 'L-0001', '救护员', '2023-05-06', null, null, null, null], // 9 repeated in file
    [8, c!.name, null, c!.idNumber, 'OLD-1', '救护员', '2023-05-06', null, null, null, null], // 10 in the office
    [9, c!.name, null, c!.idNumber, 'L-0009', '急救达人', '2023-05-06', null, null, null, null], // 11 kind
    [10, c!.name, null, c!.idNumber, 'L-0010', '救护员', '2023-02-30', null, null, null, null], // 12 no such day
    [11, c!.name, null, c!.idNumber, 'L-0011', '救护员', '2099-01-01', null, null, null, null], // 13 future
    [12, c!.name, null, c!.idNumber, 'L-0012', '救护员', '2023-05-06', '2023-05-05', null, null, null], // 14 expiry
    [13, null, null, c!.idNumber, 'L-0013', '救护员', '2023-05-06', null, null, null, null], // 15 name
    [14, a!.name, '男', a!.idNumber, 'L-0014', '师资', '2024-01-02', null, '西湖镇', '宿城一中', null], // 16 same person as 3
  ];
  const errors = [
    { row: 7, field: 'idNumber', code: 'ID_CHECKSUM' },
    { row: 8, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_REQUIRED' },
    { row: 9, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_REPEATED' },
    { row: 10, field: 'certificateNumber', code: 'CERTIFICATE_NUMBER_EXISTS' },
    { row: 11, field: 'kind', code: 'KIND_UNKNOWN' },
    { row: 12, field: 'issueDate', code: 'DATE_IMPOSSIBLE' },
    { row: 13, field: 'issueDate', code: 'ISSUE_DATE_FUTURE' },
    { row: 14, field: 'expiryDate', code: 'EXPIRY_BEFORE_ISSUE' },
    { row: 15, field: 'name', code: 'NAME_REQUIRED' },
  ];
  return { rows, errors, people: { a: a!, b: b!, c: c! } };
}

export async function legacyWorkbook(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('持证台账');
  sheet.addRow(['宿城区红十字会救护员证登记台账（2019-2024）']);
  sheet.mergeCells(1, 1, 1, LEGACY_HEADER.length);
  sheet.addRow(LEGACY_HEADER);
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    row.getCell(4).numFmt = '@';
    if (cells[6] instanceof Date) row.getCell(7).numFmt = 'yyyy-mm-dd';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
