// writePackage: spool the sealed payload, then each part as temp file -> fsync -> rename, then read every part
// back and check it as the recipient will (envelope, signature, payload hashes) and against what was written.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OfficeKeyRing, PackageHeader, TrustedOffice } from '../types';
import { canonicalJson } from './canonical';
import {
  DEFAULT_CHUNK_SIZE,
  FORMAT_VERSION,
  HEADER_BUDGET,
  KEY_BYTES,
  MAX_CHUNK_SIZE,
  PREAMBLE_BYTES,
  SIGNATURE_BYTES,
  TAG_BYTES,
  TRAILER_BYTES,
} from './constants';
import { preamble, trailer } from './envelope';
import { packageHashOf, signedBytes, type SealedHeader } from './header';
import { partFileName } from './parts';
import { checkWritten, type WrittenPart } from './readBack';
import { wrapFileKey } from './seal';
import { spoolPayload, type ChunkSealer } from './spool';

export interface WriteOptions {
  dir: string;
  baseName: string;
  header: Omit<PackageHeader, 'counts' | 'payload' | 'encryption' | 'part' | 'formatVersion'>;
  lines: AsyncIterable<object> | Iterable<object>;
  keys: OfficeKeyRing;
  recipient: TrustedOffice;
  /** Split when larger; default no split. */
  partMaxBytes?: number;
  /** Plaintext bytes per sealed chunk; default 64 KiB. */
  chunkSize?: number;
}

export interface WrittenPackage {
  files: string[];
  bytes: number;
  packageHash: string;
  header: PackageHeader;
}

/** Tests only: build packages the reader must refuse. */
export interface Tampering {
  sealer?: ChunkSealer;
  header?: (header: SealedHeader) => SealedHeader;
  signingKey?: crypto.KeyObject;
}

function chunksPerPart(partMaxBytes: number | undefined, chunkSize: number): number {
  if (partMaxBytes === undefined) return Number.MAX_SAFE_INTEGER;
  const room = partMaxBytes - PREAMBLE_BYTES - HEADER_BUDGET - SIGNATURE_BYTES - TRAILER_BYTES;
  const n = Math.floor(room / (chunkSize + TAG_BYTES));
  if (n < 1) throw new RangeError(`partMaxBytes ${partMaxBytes} cannot hold one ${chunkSize}-byte chunk`);
  return n;
}

export async function writePackage(o: WriteOptions): Promise<WrittenPackage> {
  return writePackageWith(o);
}

export async function writePackageWith(o: WriteOptions, tamper?: Tampering): Promise<WrittenPackage> {
  const chunkSize = o.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE)
    throw new RangeError(`chunkSize ${chunkSize}`);
  const perPart = chunksPerPart(o.partMaxBytes, chunkSize);
  const fileKey = crypto.randomBytes(KEY_BYTES);
  // The spool (sealed chunks only, nothing in clear) goes on the local disk: the destination may be a slow USB stick.
  const spoolPath = path.join(os.tmpdir(), `boai-package-${crypto.randomBytes(8).toString('hex')}.spool`);
  const files: string[] = [];
  try {
    const spooled = await spoolPayload({
      lines: o.lines,
      kind: o.header.kind,
      fileKey,
      chunkSize,
      chunksPerPart: perPart,
      spoolPath,
      sealer: tamper?.sealer,
    });
    const common = {
      ...o.header,
      formatVersion: FORMAT_VERSION,
      sender: { ...o.header.sender, officeCode: o.keys.officeCode, keyId: o.keys.signing.keyId },
      recipient: { officeCode: o.recipient.officeCode, keyId: o.recipient.encryptionKeyId },
      counts: spooled.counts,
      payload: spooled.payload,
      encryption: wrapFileKey(fileKey, o.recipient.encryptionPublicKey, o.header.packageId),
    };
    let bytes = 0;
    let spoolOffset = 0;
    const onDisk: WrittenPart[] = [];
    let first: SealedHeader | null = null;
    for (const [i, share] of spooled.parts.entries()) {
      let header: SealedHeader = { ...common, part: { index: i + 1, count: spooled.parts.length, ...share } };
      if (tamper?.header) header = tamper.header(header);
      first ??= header;
      const file = path.join(o.dir, partFileName(o.baseName, i + 1, spooled.parts.length));
      const part = await writePart(
        file,
        header,
        tamper?.signingKey ?? o.keys.signing.privateKey,
        o.partMaxBytes !== undefined,
        spoolPath,
        spoolOffset,
        share.bytes,
      );
      files.push(file);
      onDisk.push({ file, sha256: part.sha256 });
      bytes += part.bytes;
      spoolOffset += share.bytes;
    }
    await syncDir(o.dir);
    if (!tamper) await checkWritten(onDisk, o.keys);
    const { part: _part, ...header } = first!;
    return { files, bytes, packageHash: packageHashOf(first!), header };
  } catch (error) {
    await Promise.all(files.map((f) => fs.rm(f, { force: true })));
    throw error;
  } finally {
    await fs.rm(spoolPath, { force: true });
  }
}

async function writePart(
  file: string,
  header: SealedHeader,
  signingKey: crypto.KeyObject,
  split: boolean,
  spoolPath: string,
  spoolOffset: number,
  payloadBytes: number,
): Promise<{ bytes: number; sha256: string }> {
  const headerBytes = Buffer.from(canonicalJson(header), 'utf8');
  if (split && headerBytes.length > HEADER_BUDGET)
    throw new RangeError(`header of ${headerBytes.length} bytes exceeds the part budget`);
  const signature = crypto.sign(null, signedBytes(headerBytes), signingKey);
  const total = PREAMBLE_BYTES + headerBytes.length + SIGNATURE_BYTES + payloadBytes + TRAILER_BYTES;
  const head = Buffer.concat([preamble(header.formatVersion, headerBytes.length, total), headerBytes, signature]);
  const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  const hash = crypto.createHash('sha256').update(head);
  const out = await fs.open(temp, 'wx');
  const spool = await fs.open(spoolPath, 'r');
  try {
    await out.write(head);
    const buffer = Buffer.alloc(1024 * 1024);
    for (let done = 0; done < payloadBytes;) {
      const { bytesRead } = await spool.read(
        buffer,
        0,
        Math.min(buffer.length, payloadBytes - done),
        spoolOffset + done,
      );
      if (bytesRead === 0) throw new Error('spool shorter than its payload');
      const piece = buffer.subarray(0, bytesRead);
      hash.update(piece);
      await out.write(piece);
      done += bytesRead;
    }
    const sha256 = hash.digest();
    await out.write(trailer(total, sha256));
    await out.sync();
    await out.close();
    await fs.rename(temp, file);
    return { bytes: total, sha256: sha256.toString('hex') };
  } catch (error) {
    await out.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    await spool.close();
  }
}

/** So the rename itself survives a power cut; not every platform can open a directory. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows: directory handles cannot be fsynced; NTFS journals the rename.
  }
}
