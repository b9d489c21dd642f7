// Gives every text-format cell style (number format "@", id 49) of an xlsx the quotePrefix attribute, so Excel
// keeps such a cell text when it is edited, as a typed leading apostrophe would. exceljs 4.4 cannot write the
// attribute (exceljs PR #2809 is not merged), so xl/styles.xml is rewritten inside the finished file.
// Used by every xlsx the core writes, after rules/safeCells.ts has made live-looking text cells "@".
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Buffer;
}

const LOCAL = 0x04034b50,
  CENTRAL = 0x02014b50,
  END = 0x06054b50;
const STYLES = 'xl/styles.xml';

export function withQuotePrefix(xlsx: Buffer): Buffer {
  const entries = zipEntries(xlsx);
  const styles = entries?.find((entry) => entry.name === STYLES);
  if (!entries || !styles || (styles.method !== 0 && styles.method !== 8)) return xlsx;
  const xml = entryText(styles);
  const marked = markTextStyles(xml);
  if (marked === xml) return xlsx;
  const raw = Buffer.from(marked, 'utf8');
  Object.assign(styles, { method: 8, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw) });
  return writeZip(entries);
}

/** The cell formats (cellXfs) with the Text number format get quotePrefix="1". */
export function markTextStyles(xml: string): string {
  return xml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(/<xf (?=[^>]*\bnumFmtId="49")(?![^>]*\bquotePrefix=)/g, '<xf quotePrefix="1" '),
  );
}

export function entryText(entry: ZipEntry): string {
  return (entry.method === 8 ? inflateRawSync(entry.data) : entry.data).toString('utf8');
}

/** The entries from the central directory, or null for what this reader does not handle (zip64, damage). */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const compressed = zip.readUInt32LE(at + 20),
      size = zip.readUInt32LE(at + 24),
      offset = zip.readUInt32LE(at + 42);
    if ([compressed, size, offset].includes(0xffffffff) || zip.readUInt32LE(offset) !== LOCAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      size,
      data: zip.subarray(start, start + compressed),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** A plain zip of the entries: sizes in the local headers (no data descriptors), no extras, no comments. */
function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const flags = entry.flags & ~0x08;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, entry, flags, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeCommon(central, 8, entry, flags, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** flags, method, time, date, crc, sizes and name length: the same run of fields in local and central headers. */
function writeCommon(header: Buffer, at: number, entry: ZipEntry, flags: number, nameLength: number): void {
  header.writeUInt16LE(flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.time, at + 4);
  header.writeUInt16LE(entry.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}
