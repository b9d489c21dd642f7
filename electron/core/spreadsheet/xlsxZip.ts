// Two guards around the zip reading of exceljs's streaming reader (4.4.0, unzipper 0.10):
// - Parse emits 'end' as soon as its input has been written, even while entries are still to come. On a loaded
//   machine that early 'end' can arrive while the reader parks the first worksheet (which precedes
//   xl/sharedStrings.xml in files exceljs writes): the reader stops there and reads the sheet with no shared strings -
//   every text cell lost, the header "not found" (about 1 read in 700 under load). Parse ends itself at the zip's end
//   record (push(null)); only that end is let through.
// - A damaged entry makes the reader wait forever (nothing listens for the inflater's error while a worksheet is
//   parked), so the file is checked whole first: every entry inflates to its recorded size and CRC.
import type { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';

const END_RECORD = 0x06054b50;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Far beyond the sheet of the largest roster an import takes (300,000 rows); a bigger entry is a zip bomb or no roster. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

/** Why the bytes are not a sound zip, or null when every entry reads back whole. */
export function zipFault(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) => at >= 0 && at + length <= bytes.length;
  const last = bytes.length - END_RECORD_BYTES;
  let end = -1;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (u32(at) === END_RECORD && u16(at + 20) === last - at) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'zip end record missing';
  let entry = u32(end + 16);
  for (let n = u16(end + 10); n > 0; n--) {
    if (!inside(entry, 46) || u32(entry) !== DIRECTORY_ENTRY) return 'zip directory damaged';
    const [method, crc, size, plainSize, local] = [
      u16(entry + 10),
      u32(entry + 16),
      u32(entry + 20),
      u32(entry + 24),
      u32(entry + 42),
    ];
    if (!inside(local, 30) || u32(local) !== LOCAL_HEADER) return 'zip entry header damaged';
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (!inside(start, size)) return 'zip entry cut short';
    const data = bytes.subarray(start, start + size);
    if (method !== STORED && method !== DEFLATED) return `zip method ${method} not supported`;
    if (plainSize > MAX_ENTRY_BYTES) return 'zip entry too large';
    let plain: Uint8Array;
    try {
      plain = method === STORED ? data : inflateRawSync(data, { maxOutputLength: Math.max(plainSize, 1) });
    } catch {
      return 'zip entry damaged';
    }
    if (plain.length !== plainSize || crc32(plain) !== crc) return 'zip entry damaged';
    entry += 46 + u16(entry + 28) + u16(entry + 30) + u16(entry + 32);
  }
  return null;
}

/** Lets the zip stream the reader pipes `input` into end only when its readable side really ends. */
export function endAtZipEnd(input: Readable): void {
  const pipe = input.pipe.bind(input);
  input.pipe = (<T extends NodeJS.WritableStream>(zip: T, options?: { end?: boolean }) => {
    const parse = zip as unknown as Readable;
    const emit = parse.emit.bind(parse);
    parse.emit = ((event: string | symbol, ...args: unknown[]) =>
      (event === 'end' || event === 'close') && !parse.readableEnded
        ? false
        : emit(event, ...args)) as Readable['emit'];
    return pipe(zip, options);
  }) as Readable['pipe'];
}
