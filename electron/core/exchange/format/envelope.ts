// The envelope every format version keeps: magic, version, lengths up front, a trailer with the length again
// and the SHA-256 of everything before it. Checked before any crypto, so a cut or damaged copy is named as such.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { END_MAGIC, MAGIC, MAX_HEADER_BYTES, PREAMBLE_BYTES, SIGNATURE_BYTES, TRAILER_BYTES } from './constants';
import { refuse } from './errors';

export interface Envelope {
  file: string;
  formatVersion: number;
  headerBytes: Buffer;
  signature: Buffer;
  payloadOffset: number;
  payloadBytes: number;
  /** Hex SHA-256 of the payload region, to compare with the signed header. */
  payloadSha256: string;
  /** Hex SHA-256 of [0, T - 48): equal to the trailer's (checked), so the writer can compare it with what it wrote. */
  sha256: string;
}

export function preamble(formatVersion: number, headerBytes: number, totalBytes: number): Buffer {
  const b = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(b, 0);
  b.writeUInt16BE(formatVersion, 8);
  b.writeUInt16BE(0, 10); // flags, none defined
  b.writeUInt32BE(headerBytes, 12);
  b.writeBigUInt64BE(BigInt(totalBytes), 16);
  return b;
}

export function trailer(totalBytes: number, sha256: Buffer): Buffer {
  const b = Buffer.alloc(TRAILER_BYTES);
  b.writeBigUInt64BE(BigInt(totalBytes), 0);
  sha256.copy(b, 8);
  END_MAGIC.copy(b, 40);
  return b;
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const b = Buffer.alloc(length);
  const { bytesRead } = await handle.read(b, 0, length, position);
  return b.subarray(0, bytesRead);
}

function trailerAt(b: Buffer): { totalBytes: number; sha256: Buffer } | null {
  if (b.length !== TRAILER_BYTES || !b.subarray(40).equals(END_MAGIC)) return null;
  return { totalBytes: Number(b.readBigUInt64BE(0)), sha256: b.subarray(8, 40) };
}

/** PKG_NOT_A_PACKAGE, PKG_TRUNCATED, PKG_TRAILING_DATA, PKG_CHECKSUM_MISMATCH, in that order; then a header too long to read. */
export async function readEnvelope(file: string): Promise<Envelope> {
  const handle = await fs.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const head = await readAt(handle, 0, PREAMBLE_BYTES);
    const magicSeen = head.subarray(0, MAGIC.length);
    if (!magicSeen.equals(MAGIC.subarray(0, magicSeen.length))) refuse('PKG_NOT_A_PACKAGE', { file });
    if (head.length < PREAMBLE_BYTES) refuse('PKG_TRUNCATED', { file, size });
    const declared = Number(head.readBigUInt64BE(16));
    const headerLength = head.readUInt32BE(12);
    const tail = trailerAt(await readAt(handle, Math.max(0, Math.min(size, declared) - TRAILER_BYTES), TRAILER_BYTES));
    const sizeTrailer = trailerAt(await readAt(handle, Math.max(0, size - TRAILER_BYTES), TRAILER_BYTES));
    if (size < declared) {
      // A whole trailer at the real end that names the real size means the preamble was damaged, not the copy cut.
      if (sizeTrailer && sizeTrailer.totalBytes === size) refuse('PKG_CHECKSUM_MISMATCH', { file, region: 'preamble' });
      refuse('PKG_TRUNCATED', { file, size, declared });
    }
    if (!tail || tail.totalBytes !== declared) refuse('PKG_CHECKSUM_MISMATCH', { file, region: 'trailer' });
    if (size > declared) refuse('PKG_TRAILING_DATA', { file, size, declared });
    const payloadOffset = PREAMBLE_BYTES + headerLength + SIGNATURE_BYTES;
    if (payloadOffset > declared - TRAILER_BYTES) refuse('PKG_CHECKSUM_MISMATCH', { file, region: 'preamble' });
    const { whole, payload } = await hashRegions(handle, declared - TRAILER_BYTES, payloadOffset);
    if (!whole.equals(tail.sha256)) refuse('PKG_CHECKSUM_MISMATCH', { file });
    if (headerLength > MAX_HEADER_BYTES) refuse('PKG_HEADER_INVALID', { file, headerLength }); // before it is read into memory
    const body = await readAt(handle, PREAMBLE_BYTES, headerLength + SIGNATURE_BYTES);
    return {
      file,
      formatVersion: head.readUInt16BE(8),
      headerBytes: body.subarray(0, headerLength),
      signature: body.subarray(headerLength),
      payloadOffset,
      payloadBytes: declared - TRAILER_BYTES - payloadOffset,
      payloadSha256: payload.toString('hex'),
      sha256: whole.toString('hex'),
    };
  } finally {
    await handle.close();
  }
}

/** One read of the file: SHA-256 of [0, end) and of [payloadOffset, end). */
async function hashRegions(
  handle: fs.FileHandle,
  end: number,
  payloadOffset: number,
): Promise<{ whole: Buffer; payload: Buffer }> {
  const whole = crypto.createHash('sha256');
  const payload = crypto.createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  for (let at = 0; at < end;) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - at), at);
    if (bytesRead === 0) refuse('PKG_TRUNCATED', { end, at });
    const piece = buffer.subarray(0, bytesRead);
    whole.update(piece);
    if (at + bytesRead > payloadOffset) payload.update(piece.subarray(Math.max(0, payloadOffset - at)));
    at += bytesRead;
  }
  return { whole: whole.digest(), payload: payload.digest() };
}
