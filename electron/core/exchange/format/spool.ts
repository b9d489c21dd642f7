// Writer's first pass: lines -> NDJSON -> zstd -> sealed chunks, into a spool file beside the package,
// hashing the whole payload and each part's share as it goes. Memory stays at a few chunks whatever the size.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { PackageKind } from '../types';
import { COMPRESSION, TAG_BYTES, ZSTD_LEVEL } from './constants';
import { countKey, type PartStanza, type PayloadStanza } from './header';
import { sealChunk } from './seal';

export type ChunkSealer = (fileKey: Buffer, index: number, final: boolean, plain: Buffer) => Buffer | null;

export interface SpoolOptions {
  lines: AsyncIterable<object> | Iterable<object>;
  kind: PackageKind;
  fileKey: Buffer;
  chunkSize: number;
  chunksPerPart: number;
  spoolPath: string;
  /** Tests only: seal (or drop, with null) chunks differently to build refused packages. */
  sealer?: ChunkSealer;
}

export interface Spooled {
  payload: PayloadStanza;
  counts: Record<string, number>;
  parts: Omit<PartStanza, 'index' | 'count'>[];
}

/** About this many bytes of NDJSON go to the compressor at a time. */
const BATCH_BYTES = 256 * 1024;

/**
 * Lines as UTF-8 NDJSON in batches, each line encoded straight into the batch's buffer: appending the lines to
 * one string and encoding that cost ~1 s more CPU on 250,000 people (a rope of two-byte strings, Chinese names).
 */
class LineBatches {
  private buffer = Buffer.allocUnsafe(BATCH_BYTES);
  private at = 0;
  /** Full batches not yet handed on. */
  readonly ready: Buffer[] = [];
  bytes = 0;

  add(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair 4 for two units); 1 more for the newline.
    const worst = text.length * 3 + 1;
    if (this.at + worst > this.buffer.length && this.at > 0) this.flush();
    if (worst > this.buffer.length) {
      this.hand(Buffer.from(`${text}\n`, 'utf8'));
      return;
    }
    this.at += this.buffer.write(text, this.at, 'utf8');
    this.buffer[this.at++] = 0x0a;
  }

  /** The batch so far handed on; later lines go to a new buffer (the compressor may still hold this one). */
  flush(): void {
    this.hand(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(BATCH_BYTES);
    this.at = 0;
  }

  private hand(batch: Buffer): void {
    this.bytes += batch.length;
    this.ready.push(batch);
  }
}

async function* ndjson(
  lines: AsyncIterable<object> | Iterable<object>,
  kind: PackageKind,
  counts: Record<string, number>,
  size: { bytes: number },
) {
  const batches = new LineBatches();
  const add = (line: object): void => {
    if (typeof line !== 'object' || line === null) throw new TypeError('a package line must be an object');
    const key = countKey(line, kind);
    counts[key] = (counts[key] ?? 0) + 1;
    batches.add(JSON.stringify(line));
  };
  function* handOn(): Generator<Buffer> {
    for (const batch of batches.ready) yield batch;
    batches.ready.length = 0;
  }
  // A plain iterable (the export's row generator) is walked without an await per line: a quarter of a million
  // promise turns otherwise.
  if (Symbol.iterator in lines) {
    for (const line of lines) {
      add(line);
      if (batches.ready.length > 0) yield* handOn();
    }
  } else {
    for await (const line of lines) {
      add(line);
      if (batches.ready.length > 0) yield* handOn();
    }
  }
  batches.flush();
  yield* handOn();
  size.bytes = batches.bytes;
}

/** Cuts the compressed stream into chunkSize pieces; the last one (1..chunkSize bytes) is sealed as final. */
function chunked(chunkSize: number, seal: (plain: Buffer, final: boolean) => Buffer | null) {
  return async function* (source: AsyncIterable<Buffer>) {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const piece of source) {
      pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes <= chunkSize) continue;
      const all = Buffer.concat(pending);
      let at = 0;
      for (; all.length - at > chunkSize; at += chunkSize) {
        const sealed = seal(all.subarray(at, at + chunkSize), false);
        if (sealed) yield sealed;
      }
      pending = [all.subarray(at)];
      pendingBytes = all.length - at;
    }
    const sealed = seal(Buffer.concat(pending), true);
    if (sealed) yield sealed;
  };
}

export async function spoolPayload(o: SpoolOptions): Promise<Spooled> {
  const counts: Record<string, number> = {};
  const size = { bytes: 0 };
  const whole = crypto.createHash('sha256');
  const parts: Spooled['parts'] = [];
  let chunks = 0;
  let compressedBytes = 0;
  let encryptedBytes = 0;
  let part: { hash: crypto.Hash; firstChunk: number; chunks: number; bytes: number } | null = null;
  const closePart = () => {
    if (part)
      parts.push({
        firstChunk: part.firstChunk,
        chunks: part.chunks,
        bytes: part.bytes,
        sha256: part.hash.digest('hex'),
      });
    part = null;
  };
  const sealer = o.sealer ?? ((key, index, final, plain) => sealChunk(key, index, final, plain));
  const seal = (plain: Buffer, final: boolean): Buffer | null => {
    const index = chunks;
    const sealed = sealer(o.fileKey, index, final, plain);
    if (!sealed) return null;
    if (part && part.chunks === o.chunksPerPart) closePart();
    part ??= { hash: crypto.createHash('sha256'), firstChunk: index, chunks: 0, bytes: 0 };
    whole.update(sealed);
    part.hash.update(sealed);
    part.chunks++;
    part.bytes += sealed.length;
    chunks++;
    compressedBytes += sealed.length - TAG_BYTES;
    encryptedBytes += sealed.length;
    return sealed;
  };
  await pipeline(
    Readable.from(ndjson(o.lines, o.kind, counts, size)),
    zlib.createZstdCompress({ chunkSize: 64 * 1024, params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }),
    chunked(o.chunkSize, seal),
    fs.createWriteStream(o.spoolPath),
  );
  closePart();
  return {
    counts,
    parts,
    payload: {
      format: 'ndjson',
      compression: COMPRESSION,
      chunkSize: o.chunkSize,
      chunks,
      uncompressedBytes: size.bytes,
      compressedBytes,
      encryptedBytes,
      encryptedSha256: whole.digest('hex'),
    },
  };
}
