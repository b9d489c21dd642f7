// The writer's read-back proves by hashing that the bytes on the disk are the bytes written and that a reader
// accepts their envelope, header and signature; the writer's crypto itself is proven here by the recipient
// decrypting and inflating every chunk of what writePackage wrote.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackageError, SCHEMA_VERSION, verifyPackage, writePackage } from '@core/exchange/format';
import { checkWritten, type WrittenPart } from '@core/exchange/format/readBack';
import { exchangePeople } from '../../fixtures/packageCorpus';
import { testOffice, trustOf } from '../../fixtures/packageKeys';
import { tempDir } from '../support';

const county = testOffice('321302', 'county');
const city = testOffice('321300', 'city');
const TRAILER = 48;

function header(seq = 1) {
  return {
    packageId: crypto.randomUUID(),
    kind: 'delta' as const,
    sender: { officeCode: '321302', keyId: county.ring.signing.keyId, incarnationId: crypto.randomUUID() },
    recipient: { officeCode: '321300', keyId: city.ring.encryption.keyId },
    seq,
    prevHash: null,
    schemaVersion: SCHEMA_VERSION,
    minReaderVersion: SCHEMA_VERSION,
    createdAt: '2026-12-02T10:00:00.000Z',
  };
}

/** What the writer put in each trailer, taken from the files just written. */
function asWritten(files: string[]): WrittenPart[] {
  return files.map((file) => {
    const bytes = fs.readFileSync(file);
    return { file, sha256: bytes.subarray(bytes.length - 40, bytes.length - 8).toString('hex') };
  });
}

/** The SHA-256 of [0, T - 48) written into the trailer again, as a device that "repairs" files might. */
function rechecksum(file: string): void {
  const bytes = fs.readFileSync(file);
  crypto
    .createHash('sha256')
    .update(bytes.subarray(0, bytes.length - TRAILER))
    .digest()
    .copy(bytes, bytes.length - 40);
  fs.writeFileSync(file, bytes);
}

function flip(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  bytes[at]! ^= 0x01;
  fs.writeFileSync(file, bytes);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackageError);
  return (error as PackageError).code;
}

async function written(dir: string, baseName = 'p', seq = 1, partMaxBytes?: number) {
  return writePackage({
    dir,
    baseName,
    header: header(seq),
    lines: exchangePeople(3000, '321302'),
    keys: county.ring,
    recipient: city.trusted,
    chunkSize: 4096,
    partMaxBytes,
  });
}

describe('package read-back', () => {
  it('writes parts the recipient decrypts and inflates chunk by chunk, and the read-back accepts as written', async () => {
    const dir = tempDir();
    const w = await written(dir, 'p', 1, 60_000);
    expect(w.files.length).toBeGreaterThan(1);
    const verified = await verifyPackage([...w.files].reverse(), { keys: city.ring, trust: trustOf(county.trusted) });
    expect(verified.packageHash).toBe(w.packageHash);
    expect(verified.header.counts).toEqual({ people: 3000 });
    await expect(checkWritten(asWritten(w.files), county.ring)).resolves.toBeUndefined();
  });

  it('refuses a byte changed on the disk after the write', async () => {
    const dir = tempDir();
    const w = await written(dir);
    const parts = asWritten(w.files);
    flip(w.files[0]!, fs.statSync(w.files[0]!).size - 5000);
    expect(await codeOf(checkWritten(parts, county.ring))).toBe('PKG_CHECKSUM_MISMATCH');
  });

  it('refuses a changed payload even when the trailer was made to match it', async () => {
    const dir = tempDir();
    const w = await written(dir);
    const parts = asWritten(w.files);
    flip(w.files[0]!, fs.statSync(w.files[0]!).size - 5000);
    rechecksum(w.files[0]!);
    expect(await codeOf(checkWritten(parts, county.ring))).toBe('PKG_PAYLOAD_CORRUPT');
  });

  it('refuses a copy cut short', async () => {
    const dir = tempDir();
    const w = await written(dir);
    const parts = asWritten(w.files);
    fs.truncateSync(w.files[0]!, fs.statSync(w.files[0]!).size - 1000);
    expect(await codeOf(checkWritten(parts, county.ring))).toBe('PKG_TRUNCATED');
  });

  it('refuses a whole, signed package that is not the one just written (a stale file of the same name)', async () => {
    const older = await written(tempDir(), 'p', 1);
    const dir = tempDir();
    const newer = await written(dir, 'p', 2);
    const parts = asWritten(newer.files);
    fs.copyFileSync(older.files[0]!, newer.files[0]!);
    expect(await codeOf(checkWritten(parts, county.ring))).toBe('PKG_CHECKSUM_MISMATCH');
  });
});
