// exceljs's streaming reader (4.4.0) turns each chunk of a zip entry into text on its own, so a Chinese character
// whose bytes fall across two chunks is stored as "��" (exceljs issues #2063 and #2084, open upstream; about one
// row in 120 of a large Chinese roster). The reader's two text entry points are mended here: shared strings are
// decoded by the stream itself, and worksheet chunks by one TextDecoder that keeps a split character for the next
// (and hands the text on in pieces small enough to be collected young, PIECE_CHARS).
import type { Readable } from 'node:stream';

type Chunks = AsyncIterable<Buffer | string>;

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
}

/**
 * Characters of worksheet text handed to the parser at a time. exceljs gathers a whole chunk's parse events in one
 * array before it builds the rows; a 64 KB chunk's array outlived the reader's young-generation collections and
 * was promoted, and collecting it again took ~40% of the reading thread. In pieces of this size the collections
 * find little alive: 100,000 rows read with half the garbage-collection time (35-45 full collections -> 16-21).
 */
const PIECE_CHARS = 16_384;

/** The text in pieces of about PIECE_CHARS, never splitting a surrogate pair. */
function* piecesOf(text: string): Generator<string> {
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(at, end);
    at = end;
  }
}

async function* wholeCharacters(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* piecesOf(text);
  }
  yield* piecesOf(decoder.decode());
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
