// Reader's payload pass: sealed chunks read one at a time across the ordered parts, opened, inflated under a
// cap, cut into NDJSON lines. Memory stays at one chunk, one inflate buffer and one line.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HARD_CEILING_BYTES, MAX_LINE_CHARS, TAG_BYTES, ZSTD_WINDOW_LOG_MAX } from './constants';
import { PackageError, refuse } from './errors';
import { countKey } from './header';
import type { InspectedPart } from './inspect';
import { quickTableOf, UNSURE } from './jsonLine';
import { openChunk } from './seal';

async function* openedChunks(parts: InspectedPart[], fileKey: Buffer): AsyncGenerator<Buffer> {
  const p = parts[0]!.header.payload;
  const lastPlain = p.compressedBytes - (p.chunks - 1) * p.chunkSize;
  const whole = crypto.createHash('sha256');
  for (const { envelope, header } of parts) {
    const handle = await fs.open(envelope.file, 'r');
    try {
      let at = envelope.payloadOffset;
      for (let index = header.part.firstChunk; index < header.part.firstChunk + header.part.chunks; index++) {
        const final = index === p.chunks - 1;
        const sealed = Buffer.alloc((final ? lastPlain : p.chunkSize) + TAG_BYTES);
        const { bytesRead } = await handle.read(sealed, 0, sealed.length, at);
        if (bytesRead !== sealed.length || at + bytesRead > envelope.payloadOffset + envelope.payloadBytes) {
          refuse('PKG_PAYLOAD_CORRUPT', { file: envelope.file, chunk: index, reason: 'chunk length' });
        }
        whole.update(sealed);
        const plain = openChunk(fileKey, index, final, sealed);
        if (!plain) refuse('PKG_PAYLOAD_CORRUPT', { file: envelope.file, chunk: index, reason: 'chunk tag' });
        at += sealed.length;
        yield plain;
      }
      if (at !== envelope.payloadOffset + envelope.payloadBytes)
        refuse('PKG_PAYLOAD_CORRUPT', { file: envelope.file, reason: 'part length' });
    } finally {
      await handle.close();
    }
  }
  if (whole.digest('hex') !== p.encryptedSha256) refuse('PKG_PAYLOAD_CORRUPT', { reason: 'payload hash' });
}

/** The NDJSON bytes, never more than the header declares (nor the hard ceiling): PKG_TOO_LARGE. */
export async function* inflatedPayload(parts: InspectedPart[], fileKey: Buffer): AsyncGenerator<Buffer> {
  const declared = parts[0]!.header.payload.uncompressedBytes;
  const limit = Math.min(declared, HARD_CEILING_BYTES);
  const source = Readable.from(openedChunks(parts, fileKey));
  const inflate = zlib.createZstdDecompress({
    chunkSize: 64 * 1024,
    params: { [zlib.constants.ZSTD_d_windowLogMax]: ZSTD_WINDOW_LOG_MAX },
  });
  source.on('error', (error) => inflate.destroy(error));
  source.pipe(inflate);
  let total = 0;
  try {
    for await (const piece of inflate as AsyncIterable<Buffer>) {
      total += piece.length;
      if (total > limit) refuse('PKG_TOO_LARGE', { declared, ceiling: HARD_CEILING_BYTES });
      yield piece;
    }
  } catch (error) {
    if (error instanceof PackageError) throw error;
    refuse('PKG_PAYLOAD_CORRUPT', { reason: 'decompress', detail: (error as Error).message });
  } finally {
    source.destroy();
    inflate.destroy();
  }
  if (total !== declared) refuse('PKG_PAYLOAD_CORRUPT', { reason: 'uncompressed length', declared, total });
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return refuse('PKG_PAYLOAD_CORRUPT', { reason: 'line not JSON' });
  }
}

/** Each NDJSON line parsed, one at a time. */
export async function* payloadLines(parts: InspectedPart[], fileKey: Buffer): AsyncGenerator<unknown> {
  for await (const batch of payloadLineBatches(parts, fileKey)) yield* batch;
}

/** A UTF-16 unit is at most 3 UTF-8 bytes: a line's bytes beyond this cannot be a line of MAX_LINE_CHARS. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 3;
const NEWLINE = 0x0a;
// ignoreBOM keeps a leading U+FEFF in the text (then JSON.parse refuses the line), as a StringDecoder did.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** How a pass reads a line's text: what it yields for the line, and the table the line counts under. */
interface LineReader<T> {
  read(text: string): T;
  keyOf(line: T): string;
}

/** The apply's pass: each line parsed (JSON.parse), as the record it yields. */
export function payloadLineBatches(parts: InspectedPart[], fileKey: Buffer): AsyncGenerator<unknown[]> {
  const { kind } = parts[0]!.header;
  return readLines(parts, fileKey, { read: parseLine, keyOf: (line) => countKey(line, kind) });
}

/**
 * Verify's pass: every line checked as JSON and counted under its table exactly as the apply's pass would,
 * nothing built (jsonLine.ts reads a plain record line; JSON.parse any other).
 */
export async function checkPayloadLines(parts: InspectedPart[], fileKey: Buffer): Promise<void> {
  const { kind } = parts[0]!.header;
  const checking: LineReader<string> = {
    read(text) {
      const table = quickTableOf(text);
      return table === UNSURE ? countKey(parseLine(text), kind) : table;
    },
    keyOf: (key) => key,
  };
  for await (const _keys of readLines(parts, fileKey, checking)) {
    /* checked and counted as read */
  }
}

/**
 * The NDJSON lines read, a batch per inflated piece (some hundreds): a million lines cost a few thousand
 * turns of the async iteration rather than a million. Each piece is cut at its last newline byte and its
 * whole lines are decoded in one call (a newline byte never occurs inside a UTF-8 character); the rest waits
 * for the next piece. At the end the lines per table must equal the signed counts.
 */
async function* readLines<T>(parts: InspectedPart[], fileKey: Buffer, reader: LineReader<T>): AsyncGenerator<T[]> {
  const { counts } = parts[0]!.header;
  const seen: Record<string, number> = {};
  let carry: Buffer[] = []; // the start of a line that continues in the next piece
  let carryBytes = 0;
  for await (const piece of inflatedPayload(parts, fileKey)) {
    const end = piece.lastIndexOf(NEWLINE);
    if (end < 0) {
      carry.push(piece);
      carryBytes += piece.length;
      if (carryBytes > MAX_LINE_BYTES) refuse('PKG_PAYLOAD_CORRUPT', { reason: 'line too long' });
      continue;
    }
    const head = piece.subarray(0, end);
    const whole = carry.length === 0 ? head : Buffer.concat([...carry, head]);
    const rest = piece.subarray(end + 1);
    carry = rest.length === 0 ? [] : [rest];
    carryBytes = rest.length;
    const lines = utf8.decode(whole).split('\n');
    const batch: T[] = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.length > MAX_LINE_CHARS) refuse('PKG_PAYLOAD_CORRUPT', { reason: 'line too long' });
      const line = reader.read(lines[i]!);
      const key = reader.keyOf(line);
      seen[key] = (seen[key] ?? 0) + 1;
      batch[i] = line;
    }
    yield batch;
  }
  if (carryBytes > 0) refuse('PKG_PAYLOAD_CORRUPT', { reason: 'unterminated line' });
  const keys = new Set([...Object.keys(seen), ...Object.keys(counts)]);
  for (const key of keys) {
    if ((seen[key] ?? 0) !== (counts[key] ?? 0))
      refuse('PKG_PAYLOAD_CORRUPT', {
        reason: 'counts',
        table: key,
        declared: counts[key] ?? 0,
        found: seen[key] ?? 0,
      });
  }
}
