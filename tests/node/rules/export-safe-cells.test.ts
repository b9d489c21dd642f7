// Exports are safe to re-save: text a clerk typed that a spreadsheet would run (=HYPERLINK(...), -1箱破损, @x)
// is written as a text cell in every xlsx and behind an apostrophe in CSV; numbers stay numbers; the
// program's own export imported again gives back the original values.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entryText, markTextStyles, zipEntries } from '@core/files/quotePrefix';
import { exportPeople } from '@core/people/export';
import { commitImportJob } from '@core/people/import/jobs';
import { listPeople } from '@core/people/query';
import { parseCsv } from '@core/spreadsheet/csv';
import { createDonor } from '@core/stock/donors';
import { exportStockReport } from '@core/stock/reports/export';
import { csvCellText, csvLine, startsLive } from '@rules/safeCells';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { readyImport } from '../people/people-import-support';
import { stockOffice } from '../stock/stock-reports-support';
import { officeBackend } from '../support';

const FORMULA = '=HYPERLINK("http://x","y")';
const NOTE = '-1箱破损';

async function sheetOf(contentBase64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** The cell's format in xl/styles.xml of the written file, as Excel reads it. */
function cellFormat(contentBase64: string, cell: ExcelJS.Cell): string {
  const entries = zipEntries(Buffer.from(contentBase64, 'base64'))!;
  const text = (name: string) => entryText(entries.find((e) => e.name === name)!);
  const sheetXml = text('xl/worksheets/sheet1.xml');
  const style = new RegExp(`<c r="${cell.address}"[^>]*\\bs="(\\d+)"`).exec(sheetXml)?.[1];
  const formats = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(text('xl/styles.xml'))![0].match(/<xf\b[^>]*>/g)!;
  return formats[Number(style)]!;
}

function cellsHolding(sheet: ExcelJS.Worksheet, value: string | number): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === value) found.push(cell);
    }),
  );
  return found;
}

/** Imports a file into a fresh office and returns what was stored. */
async function importedInto(fileName: string, content: Buffer) {
  const office = officeBackend();
  const ctx = office.as(['clerk'], 'people.importCommit');
  const { jobId } = await readyImport(ctx, fileName, content);
  await commitImportJob(ctx, jobId, 'allOrNothing');
  return listPeople(ctx, { offset: 0, limit: 100 }).rows;
}

describe('the guard', () => {
  it('marks text starting = + - @ tab or CR, nothing else', () => {
    for (const live of ['=1+1', '+86', '-', '-1箱破损', '@SUM(A1)', '\tx', '\rx'])
      expect(startsLive(live), live).toBe(true);
    for (const plain of ['张三', '1-2', ' =x', '', "'=x"]) expect(startsLive(plain), plain).toBe(false);
  });

  it('writes CSV with an apostrophe before live text only, numbers as numbers, and reads it back', () => {
    const line = csvLine(['张三', FORMULA, NOTE, -5, 12.5, null, 'a,b']);
    expect(line).toBe(`张三,"'=HYPERLINK(""http://x"",""y"")",'-1箱破损,-5,12.5,,"a,b"`);
    expect(parseCsv(line)[0]!.cells).toEqual(['张三', FORMULA, NOTE, '-5', '12.5', '', 'a,b']);
    expect(csvCellText("'plain")).toBe("'plain");
  });

  it('adds quotePrefix to the text-format cell styles only', () => {
    const styles =
      '<numFmts/><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="49" fontId="1" applyNumberFormat="1"/>' +
      '<xf quotePrefix="1" numFmtId="49"/></cellXfs><cellStyleXfs><xf numFmtId="49"/></cellStyleXfs>';
    expect(markTextStyles(styles)).toBe(
      '<numFmts/><cellXfs count="3"><xf numFmtId="0" fontId="0"/>' +
        '<xf quotePrefix="1" numFmtId="49" fontId="1" applyNumberFormat="1"/><xf quotePrefix="1" numFmtId="49"/></cellXfs>' +
        '<cellStyleXfs><xf numFmtId="49"/></cellStyleXfs>',
    );
  });
});

describe('people export', () => {
  it('keeps =HYPERLINK and -1箱破损 as text cells and gives them back on import, from the xlsx and from CSV', async () => {
    const office = officeBackend();
    const ctx = office.as(['clerk'], 'people.importCommit');
    const people = generatePeople(3, 5).map((p, i) => (i === 0 ? { ...p, workUnit: FORMULA, notes: NOTE } : p));
    const { jobId } = await readyImport(
      ctx,
      'seed.xlsx',
      await workbookBuffer([PEOPLE_HEADER, ...people.map(personCells)]),
    );
    await commitImportJob(ctx, jobId, 'allOrNothing');

    const exported = await exportPeople(office.as(['admin'], 'people.export'), { revealIds: true });
    const sheet = await sheetOf(exported.contentBase64);
    for (const value of [FORMULA, NOTE]) {
      const [cell] = cellsHolding(sheet, value);
      expect(cell?.type, value).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt, value).toBe('@');
      expect(cellFormat(exported.contentBase64, cell!), value).toMatch(/quotePrefix="1".*numFmtId="49"/);
    }
    const plainName = cellsHolding(sheet, people[1]!.name)[0]!;
    expect(plainName.numFmt).toBeUndefined();

    const again = await importedInto(exported.fileName, Buffer.from(exported.contentBase64, 'base64'));
    const first = again.find((p) => p.name === people[0]!.name)!;
    expect([first.workUnit, first.notes]).toEqual([FORMULA, NOTE]);

    // The same sheet written as CSV the way the program writes CSV, then imported.
    const lines: string[] = [];
    sheet.eachRow((row) => lines.push(csvLine((row.values as (string | number | null)[]).slice(1))));
    const csv = lines.join('\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'${NOTE}`);
    const fromCsv = (await importedInto('people.csv', Buffer.from(csv, 'utf8'))).find(
      (p) => p.name === people[0]!.name,
    )!;
    expect([fromCsv.workUnit, fromCsv.notes]).toEqual([FORMULA, NOTE]);
  });
});

describe('stock reports', () => {
  it('keeps a donor named =HYPERLINK(...) as a text cell in the public disclosure; amounts stay numbers', async () => {
    const s = stockOffice();
    const donor = createDonor(s.admin, { kind: 'organisation', name: FORMULA, anonymous: false });
    s.receive('2026-02-03', donor.id, [{ itemId: s.quilt.id, quantity: 10, unitValue: 8000 }]);
    const file = await exportStockReport(s.admin, { report: 'disclosure', from: '2026-01-01', to: '2026-12-31' });
    const sheet = await sheetOf(file.contentBase64);
    const [cell] = cellsHolding(sheet, FORMULA);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.numFmt).toBe('@');
    expect(cellFormat(file.contentBase64, cell!)).toMatch(/quotePrefix="1".*numFmtId="49"/);
    const amount = cellsHolding(sheet, 800)[0];
    expect(amount?.type).toBe(ExcelJS.ValueType.Number);
  });
});
