// The same roster in every format offices send (.xlsx, .xls, BIFF5 .xls, .ods, .et, CSV in UTF-8 and GBK,
// "Unicode text" in UTF-16) gives the same preview: rows, valid, the bad rows and their fields, the sample.
// A file that is not a table, or a workbook with a password, is told what it is and what to do.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@core/people/contract';
import { cellText } from '@core/spreadsheet/sheet';
import { readOpeningTable } from '@core/stock/opening/table';
import { FILE_NAMES, sheetFile, workbookAs, type SheetFileFormat } from '../../fixtures/sheetFormats';
import { officeBackend } from '../support';
import {
  FIVE_BAD,
  FIVE_BAD_TITLE,
  fiveBadRows,
  issueTriples,
  previewImport,
  readyImport,
  rosterWithFiveBadRows,
} from './people-import-support';

const FORMATS: SheetFileFormat[] = ['xls', 'ods', 'et', 'csv-utf8', 'csv-gbk', 'txt-utf16le', 'txt-utf16be'];

/** What the clerk sees of a preview, without the file's name. */
const seen = ({ fileName: _, ...preview }: ImportPreview) => preview;

describe('people import: every format offices send', () => {
  it('reads the roster with five bad rows identically from every format', async () => {
    const { as } = officeBackend();
    const ctx = as(['clerk']);
    const { preview: fromXlsx } = await readyImport(ctx, '花名册.xlsx', (await rosterWithFiveBadRows()).content);
    expect(issueTriples(fromXlsx)).toEqual(FIVE_BAD);
    const { rows } = fiveBadRows();
    // Text holds the mangled ID as Excel wrote it; every other cell reads the same.
    const asText = {
      ...fromXlsx,
      sample: fromXlsx.sample.map((s) =>
        s.row === 12 ? { ...s, values: { ...s.values, idNumber: '3.21302E+17' } } : s,
      ),
    };
    for (const format of FORMATS) {
      const content = sheetFile([[FIVE_BAD_TITLE], ...rows], format);
      const { preview } = await readyImport(ctx, FILE_NAMES[format], content);
      const expected = /^(csv|txt)/.test(format) ? asText : fromXlsx;
      expect({ format, ...seen(preview) }).toEqual({ format, ...seen(expected) });
    }
  });

  it('reads an Excel 5.0/95 workbook (BIFF5; SheetJS writes its text in Latin only, so the roster is in pinyin)', async () => {
    const { as } = officeBackend();
    const { people } = fiveBadRows();
    const rows = [
      ['Name', 'ID Number', 'Mobile'],
      ['Zhang San', people[0]!.idNumber, '13912345678'],
      ['Li Si', 321302199001011000, null],
    ];
    const { preview } = await readyImport(as(['clerk']), 'old.xls', sheetFile(rows, 'biff5'));
    expect(preview).toMatchObject({ headerRow: 1, rows: 2, valid: 1 });
    expect(issueTriples(preview)).toEqual([[3, 'idNumber', 'ID_SPREADSHEET_NUMBER']]);
  });

  it('reads the sheets of an .xls as it reads an .xlsx: an instructions sheet or a hidden one is passed over', async () => {
    const { as } = officeBackend();
    const { rows } = fiveBadRows();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['填表说明'], ['身份证号请设为文本格式']]), '说明');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.slice(0, 3)), '旧名单');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.slice(0, 1).concat(rows.slice(5, 7))), '花名册');
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 0 }] };
    const { preview } = await readyImport(
      as(['clerk']),
      'book.xls',
      XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer,
    );
    expect(preview).toMatchObject({ rows: 2, headerRow: 1 });
    expect(preview.sample.map((s) => s.values.name)).toEqual([rows[5]![0], rows[6]![0]]);
  });

  it('says what a file is when it is not a table, and what to do', async () => {
    const { as } = officeBackend();
    const start = (fileName: string, content: Buffer) => previewImport(as(['clerk']), fileName, content);
    const refusal = async (fileName: string, content: Buffer) => {
      try {
        const { status } = await start(fileName, content);
        return status.error;
      } catch (error) {
        return error as { code: string; details?: Record<string, unknown> };
      }
    };
    const docx = zipWith('word/document.xml');
    const odt = Buffer.concat([
      Buffer.from('PK\x03\x04'),
      Buffer.alloc(22),
      Buffer.from([8, 0, 0, 0]),
      Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'),
    ]);
    expect(await refusal('名单.xlsx', docx)).toMatchObject({
      code: 'IMPORT_FILE_TYPE',
      details: { ext: '.xlsx', kind: 'word' },
    });
    expect(await refusal('名单.odt', odt)).toMatchObject({ code: 'IMPORT_FILE_TYPE', details: { kind: 'odt' } });
    expect(await refusal('名单.pdf', Buffer.from('%PDF-1.7\n'))).toMatchObject({
      code: 'IMPORT_FILE_TYPE',
      details: { kind: 'pdf' },
    });
    expect(await refusal('名单.zip', zipWith('花名册/名单.csv'))).toMatchObject({
      code: 'IMPORT_FILE_TYPE',
      details: { kind: 'archive' },
    });
    expect(await refusal('名单.doc', oleWith('WordDocument'))).toMatchObject({
      code: 'IMPORT_FILE_TYPE',
      details: { kind: 'word' },
    });
    expect(await refusal('名单.dbf', Buffer.from([3, 120, 1, 1, 0, 0]))).toMatchObject({
      code: 'IMPORT_FILE_TYPE',
      details: { ext: '.dbf' },
    });
  });

  it('says a workbook has a password: an encrypted .xlsx (an OLE container) and an encrypted .xls', async () => {
    const { as } = officeBackend();
    const encryptedXlsx = oleWith('EncryptionInfo', 'EncryptedPackage');
    await expect(previewImport(as(['clerk']), '花名册.xlsx', encryptedXlsx)).rejects.toMatchObject({
      code: 'IMPORT_FILE_ENCRYPTED',
    });
    const { status } = await previewImport(as(['clerk']), '花名册.xls', encryptedXls());
    expect(status).toMatchObject({ phase: 'failed', error: { code: 'IMPORT_FILE_ENCRYPTED' } });
  });

  it('reads an opening-stock sheet saved as .xls, .ods or UTF-16 text like the .xlsx', async () => {
    const rows = [
      ['期初库存'],
      ['仓库', '物资名称', '批号', '有效期', '数量'],
      ['一号库', '矿泉水', 'B1', '2027-06-30', 1000],
      ['一号库', '棉被', null, null, 20],
    ];
    const tables = [];
    for (const [name, content] of [
      ['期初.xlsx', workbookAs(rows, 'xlsx')],
      ['期初.xls', sheetFile(rows, 'xls')],
      ['期初.ods', sheetFile(rows, 'ods')],
      ['期初.txt', sheetFile(rows, 'txt-utf16le')],
    ] as const) {
      const table = await readOpeningTable(name, content).catch((error) => {
        throw new Error(`${name}: ${JSON.stringify(error.details)}`);
      });
      tables.push({
        ...table,
        rows: table.rows.map((row) => ({ number: row.number, cells: row.cells.map(cellText) })),
      });
    }
    expect(tables[0]).toMatchObject({
      headerRow: 2,
      rows: [{ number: 3, cells: ['一号库', '矿泉水', 'B1', '2027-06-30', '1000'] }, { number: 4 }],
    });
    for (const table of tables.slice(1)) expect(table).toEqual(tables[0]);
  });
});

/** A zip whose central directory names `entry` (enough for the format check). */
function zipWith(entry: string): Buffer {
  return Buffer.concat([
    Buffer.from('PK\x03\x04'),
    Buffer.alloc(40),
    Buffer.from(`PK\x01\x02${entry}PK\x05\x06`),
    Buffer.alloc(18),
  ]);
}

/** An OLE container holding streams of these names. */
function oleWith(...names: string[]): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  for (const name of names) XLSX.CFB.utils.cfb_add(container, `/${name}`, Buffer.alloc(600, 1));
  return XLSX.CFB.write(container, { type: 'buffer' }) as Buffer;
}

/** An .xls with a FilePass record after its BOF, as Excel writes one with an open password (RC4). */
function encryptedXls(): Buffer {
  const plain = XLSX.CFB.read(workbookAs([['姓名'], ['张三']], 'xls'), { type: 'buffer' });
  const stream = XLSX.CFB.find(plain, '/Workbook')!;
  const content = Buffer.from(stream.content as Uint8Array);
  const bofLength = content.readUInt16LE(2) + 4;
  const filePass = Buffer.alloc(4 + 54);
  filePass.writeUInt16LE(0x002f, 0);
  filePass.writeUInt16LE(54, 2);
  filePass.writeUInt16LE(1, 4); // RC4
  filePass.writeUInt16LE(1, 6);
  filePass.writeUInt16LE(1, 8);
  stream.content = Buffer.concat([content.subarray(0, bofLength), filePass, content.subarray(bofLength)]);
  return XLSX.CFB.write(plain, { type: 'buffer' }) as Buffer;
}
