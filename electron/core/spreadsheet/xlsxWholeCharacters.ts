// exceljs's streaming reader (4.4.0) turns each chunk of a zip entry into text on its own, so a Chinese character
// whose bytes fall across two chunks is stored as "��" (exceljs issues #2063 and #2084, open upstream; about one
// row in 120 of a large Chinese roster). The reader's two text entry points are mended here: shared strings are
// decoded by the stream itself, and worksheet chunks by one TextDecoder that keeps a split character for the next.
import type { Readable } from 'node:stream';

type Chunks = AsyncIterable<Buffer | string>;

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
}

async function* wholeCharacters(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Makes this WorkbookReader read multibyte characters whole wherever its chunks are cut. */
export function readWholeCharacters(reader: object): void {
  const internals = reader as ReaderInternals;
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  internals._parseWorksheet = (iterator, sheetNo) => {
    // A sheet that comes before xl/workbook.xml in the zip would read `this.model.sheets` of no model (a TypeError):
    // it is read without its name instead.
    const withModel = reader as { model?: object };
    withModel.model ??= {};
    return parseWorksheet(wholeCharacters(iterator), sheetNo);
  };
}
