// Which reader a file needs, told by its first bytes before its name (offices rename files freely), or an
// error that says what the file is and what to do: a PDF, a Word file, a zip, a workbook with a password.
//   xlsx      Office Open XML workbooks: exceljs's streaming reader (see xlsx.ts for why)
//   workbook  .xls (BIFF2-8), WPS .et/.ett, .ods, .xlsb, HTML or XML saved as .xls: SheetJS (workbook.ts)
//   csv       comma- or tab-separated text in UTF-8, GBK/GB18030 or UTF-16 (csv.ts, decode.ts)
// The container formats are told apart by the names they hold, found in the raw bytes: loading SheetJS here
// would cost every .xlsx import its start-up time and memory.
import path from 'node:path';
import { fail } from '../errors';

export type SheetFormat = 'xlsx' | 'workbook' | 'csv';

/** What the file turned out to be when it is not a table: a key of the fileKinds messages. */
export type FileKind = 'pdf' | 'word' | 'powerpoint' | 'odt' | 'image' | 'archive' | 'numbers';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const NOT_TABLES: [number[], FileKind][] = [
  [[0x25, 0x50, 0x44, 0x46], 'pdf'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'image'],
  [[0xff, 0xd8, 0xff], 'image'],
  [[0x47, 0x49, 0x46, 0x38], 'image'],
  [[0x52, 0x61, 0x72, 0x21], 'archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'archive'],
  [[0x1f, 0x8b], 'archive'],
];
/** BIFF2-BIFF5 worksheets (Excel 2.x-5.0) start with a BOF record, without the OLE container of later ones. */
const OLD_BIFF = [
  [0x09, 0x00],
  [0x09, 0x02],
  [0x09, 0x04],
  [0x09, 0x08],
];
const WORKBOOK_EXTENSIONS = new Set([
  '.xls',
  '.xlt',
  '.et',
  '.ett',
  '.ods',
  '.ots',
  '.fods',
  '.xml',
  '.htm',
  '.html',
  '.xlsb',
]);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.prn']);

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset + Math.max(0, from),
    Math.max(0, Math.min(bytes.length, to) - Math.max(0, from)),
  ).toString('latin1');
}

/** The format to read, or an error a clerk can act on (IMPORT_FILE_TYPE, _ENCRYPTED, _UNREADABLE, _EMPTY). */
export function fileFormat(fileName: string, bytes: Uint8Array): SheetFormat {
  if (bytes.length === 0) fail('IMPORT_FILE_EMPTY');
  const ext = path.extname(fileName).toLowerCase();
  if (startsWith(bytes, ZIP)) return zipFormat(ext, bytes);
  if (startsWith(bytes, OLE)) return oleFormat(ext, bytes);
  const kind = NOT_TABLES.find(([magic]) => startsWith(bytes, magic))?.[1];
  if (kind) fail('IMPORT_FILE_TYPE', { ext, kind });
  if (OLD_BIFF.some((magic) => startsWith(bytes, magic)) && WORKBOOK_EXTENSIONS.has(ext)) return 'workbook';
  // Web systems export HTML tables or SpreadsheetML named .xls; others export plain CSV named .xls.
  if (WORKBOOK_EXTENSIONS.has(ext)) return textWorkbookFormat(ext, latin1(bytes, 0, 512));
  if (TEXT_EXTENSIONS.has(ext)) return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') fail('IMPORT_FILE_UNREADABLE', { ext });
  return fail('IMPORT_FILE_TYPE', { ext });
}

/** A workbook name on a text file: HTML or XML for SheetJS, CSV for csv.ts; binary bytes are neither. */
function textWorkbookFormat(ext: string, head: string): SheetFormat {
  if (/^(\xEF\xBB\xBF)?\s*</.test(head)) return 'workbook';
  const utf16 = head.startsWith('\xFF\xFE') || head.startsWith('\xFE\xFF');
  return !utf16 && head.includes('\0') ? fail('IMPORT_FILE_UNREADABLE', { ext }) : 'csv';
}

/** A zip: an .xlsx (even renamed .csv), an OpenDocument file, .xlsb, a Word or PowerPoint file, or an archive. */
function zipFormat(ext: string, bytes: Uint8Array): SheetFormat {
  if (latin1(bytes, 30, 38) === 'mimetype') return openDocumentFormat(ext, bytes);
  // The central directory (at the end) names every entry.
  const names = latin1(bytes, bytes.length - 256 * 1024, bytes.length);
  if (names.includes('xl/workbook.bin')) return 'workbook';
  if (names.includes('xl/')) return 'xlsx';
  if (names.includes('word/')) fail('IMPORT_FILE_TYPE', { ext, kind: 'word' });
  if (names.includes('ppt/')) fail('IMPORT_FILE_TYPE', { ext, kind: 'powerpoint' });
  if (names.includes('content.xml')) return openDocumentFormat(ext, bytes);
  if (ext === '.numbers' || names.includes('Index/Document.iwa')) fail('IMPORT_FILE_TYPE', { ext, kind: 'numbers' });
  // No directory found: a damaged or cut-off workbook, which the reader will call unreadable.
  if (!names.includes('PK\x05\x06')) return 'xlsx';
  return fail('IMPORT_FILE_TYPE', { ext, kind: 'archive' });
}

/**
 * An OpenDocument file says what it is in its "mimetype" entry, which LibreOffice stores first and
 * uncompressed; other writers store it (or the manifest naming it) later, usually uncompressed too.
 */
function openDocumentFormat(ext: string, bytes: Uint8Array): SheetFormat {
  const first = latin1(bytes, 30, 120);
  const mimetype = first.startsWith('mimetype') ? first : latin1(bytes, 0, bytes.length);
  if (mimetype.includes('opendocument.spreadsheet') || ext === '.ods' || ext === '.ots') return 'workbook';
  return fail('IMPORT_FILE_TYPE', { ext, kind: mimetype.includes('opendocument.text') ? 'odt' : 'archive' });
}

/** Whether an OLE container's directory (names in UTF-16LE) has a stream of this name. */
function holds(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from(`${name}\0`, 'utf16le'));
}

/** An OLE container: .xls and WPS .et, an .xlsx with a password (EncryptionInfo), or a Word or PowerPoint file. */
function oleFormat(ext: string, bytes: Uint8Array): SheetFormat {
  if (holds(bytes, 'EncryptionInfo') || holds(bytes, 'EncryptedPackage')) fail('IMPORT_FILE_ENCRYPTED', { ext });
  if (holds(bytes, 'Workbook') || holds(bytes, 'Book')) return 'workbook';
  if (holds(bytes, 'WordDocument')) fail('IMPORT_FILE_TYPE', { ext, kind: 'word' });
  if (holds(bytes, 'PowerPoint Document')) fail('IMPORT_FILE_TYPE', { ext, kind: 'powerpoint' });
  return fail('IMPORT_FILE_UNREADABLE', { ext });
}
