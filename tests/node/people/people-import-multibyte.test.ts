// A Chinese character whose UTF-8 bytes fall across two of the zip's chunks must be read whole (exceljs's streaming
// reader decoded each chunk on its own and stored "东���社区" - exceljs issues #2063, #2084).
import { describe, expect, it } from 'vitest';
import { xlsxSheets } from '@core/spreadsheet/xlsx';
import { workbookAs } from '../../fixtures/sheetFormats';
import { workbookBuffer, type TestCell } from '../../fixtures/xlsx';

const PLACES = ['东风社区', '胡庄村', '双沟镇', '龙河镇', '洋北镇', '王集镇', '仰化镇', '黄墩镇'];

async function readAll(bytes: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const sheet of xlsxSheets(bytes)) {
    for await (const row of sheet.rows) rows.push(row.cells.map((cell) => String(cell ?? '')));
  }
  return rows;
}

describe('reading .xlsx with many Chinese cells', () => {
  it('reads every character whole, in shared strings and in inline cells alike', async () => {
    const rows: TestCell[][] = [['姓名', '村(社区)', '备注']];
    for (let i = 0; i < 30_000; i++) rows.push([`张${i}`, PLACES[i % PLACES.length]!, `第${i}号 爱心人士捐赠`]);
    const read = await readAll(await workbookBuffer(rows));
    expect(read).toHaveLength(rows.length);
    const garbled = read.filter((row) => row.some((cell) => cell.includes('\uFFFD')));
    expect(garbled).toEqual([]);
    expect(read[12_345]).toEqual(['张12344', PLACES[12_344 % PLACES.length], '第12344号 爱心人士捐赠']);
    expect(read.map((row) => row.join('|'))).toEqual(rows.map((row) => row.join('|')));
  }, 120_000);

  it('reads whole the characters outside the basic plane, written in the sheet itself', async () => {
    // SheetJS writes text in the sheet (no shared strings); two UTF-16 units a character, so the sheet's text,
    // handed to the parser in pieces, may be cut between them.
    const rare = ['𠀀', '𪚥', '𬱖', '𰻝'];
    const texts = Array.from({ length: 8_000 }, (_, i) => `${rare[i % 4]}${rare[(i + 1) % 4]!.repeat(5)}${i}`);
    const read = await readAll(workbookAs([['备注'], ...texts.map((text) => [text])], 'xlsx'));
    expect(read.slice(1).map((row) => row[0])).toEqual(texts);
  }, 120_000);
});
