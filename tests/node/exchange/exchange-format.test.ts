// The package format end to end on real files: round trip, split parts in any order, retired keys, the
// read-back, and the header carrying no personal data.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  openPackage,
  PackageError,
  SCHEMA_VERSION,
  verifyPackage,
  writePackage,
  type WriteOptions,
} from '@core/exchange/format';
import type { PayloadStanza } from '@core/exchange/format/header';
import type { ExchangeRecord } from '@core/exchange/types';
import { testOffice, trustOf } from '../../fixtures/packageKeys';
import { generatePeople } from '../../fixtures/people';
import { tempDir } from '../support';

const county = testOffice('321302', 'county');
const city = testOffice('321300', 'city');

function records(n: number, seed = 7): ExchangeRecord[] {
  return generatePeople(n, seed).map((p, i) => ({
    table: 'people',
    id: crypto.randomUUID(),
    officeCode: '321302',
    rowVersion: 1 + (i % 3),
    voided: i % 50 === 0,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    fields: { ...p, created_at: '2026-01-01T00:00:00.000Z' },
  }));
}

function headerFor(seq = 1) {
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

async function collect(lines: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

const asCity = { keys: city.ring, trust: trustOf(county.trusted) };

/** A package of `lines` from the county to the city. */
function writeToCity(dir: string, baseName: string, lines: object[], more: Partial<WriteOptions> = {}) {
  return writePackage({
    dir,
    baseName,
    header: headerFor(),
    lines,
    keys: county.ring,
    recipient: city.trusted,
    ...more,
  });
}

describe('package format', () => {
  it('round-trips records through one sealed, signed file', async () => {
    const dir = tempDir();
    const lines = records(2000);
    const written = await writeToCity(dir, 'pkg', lines);
    expect(written.files).toEqual([path.join(dir, 'pkg.boaipkg')]);
    expect(written.header.counts).toEqual({ people: 2000 });
    expect(fs.readdirSync(dir)).toEqual(['pkg.boaipkg']); // no temp or spool left behind
    const opened = await openPackage(written.files, asCity);
    expect(opened.packageHash).toBe(written.packageHash);
    expect(opened.header.formatVersion).toBe(FORMAT_VERSION);
    expect(await collect(opened.lines())).toEqual(lines);
    const verified = await verifyPackage(written.files, asCity);
    expect(verified.packageHash).toBe(written.packageHash);
  });

  it('keeps names and ID numbers out of the readable bytes', async () => {
    const dir = tempDir();
    const lines = records(300);
    const written = await writeToCity(dir, 'pkg', lines);
    const bytes = fs.readFileSync(written.files[0]!);
    for (const r of lines.slice(0, 50)) {
      expect(bytes.includes(Buffer.from(String(r.fields.idNumber)))).toBe(false);
      expect(bytes.includes(Buffer.from(String(r.fields.name)))).toBe(false);
    }
  });

  it('splits into parts no larger than asked, opened in any order, with one package hash', async () => {
    const dir = tempDir();
    const lines = records(6000);
    const written = await writeToCity(dir, 'big', lines, { partMaxBytes: 150_000, chunkSize: 16 * 1024 });
    expect(written.files.length).toBeGreaterThan(2);
    for (const f of written.files) expect(fs.statSync(f).size).toBeLessThanOrEqual(150_000);
    expect(path.basename(written.files[0]!)).toMatch(/^big\.part01of0\d\.boaipkg$/);
    const shuffled = [...written.files].reverse();
    const opened = await openPackage(shuffled, asCity);
    expect(opened.packageHash).toBe(written.packageHash);
    expect(await collect(opened.lines())).toEqual(lines);
  });

  it('opens a package sealed to a key the city has since retired', async () => {
    const dir = tempDir();
    const written = await writePackage({
      dir,
      baseName: 'old',
      header: headerFor(),
      lines: records(10),
      keys: county.ring,
      recipient: city.trusted,
    });
    const renewed = crypto.generateKeyPairSync('x25519');
    const keys = {
      ...city.ring,
      encryption: { keyId: 'new-key', ...renewed },
      retiredEncryption: [{ keyId: city.ring.encryption.keyId, privateKey: city.ring.encryption.privateKey }],
    };
    expect(
      await collect((await openPackage(written.files, { keys, trust: trustOf(county.trusted) })).lines()),
    ).toHaveLength(10);
  });

  it('keeps every character of lines of any size: Chinese, surrogate pairs, a line larger than a batch', async () => {
    const dir = tempDir();
    const lines = records(3000).map((r, i) => ({
      ...r,
      fields: { ...r.fields, notes: i % 7 === 0 ? `𠀀😀 ${'博爱'.repeat(i % 300)} \ud800 "引号"` : null },
    }));
    lines.splice(1500, 0, { ...lines[0]!, id: crypto.randomUUID(), fields: { notes: '台账'.repeat(200_000) } });
    const written = await writeToCity(dir, 'big', lines);
    const ndjson = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
    const opened = await openPackage(written.files, asCity);
    expect((opened.header.payload as PayloadStanza).uncompressedBytes).toBe(Buffer.byteLength(ndjson, 'utf8'));
    expect(await collect(opened.lines())).toEqual(lines);
  });

  it('takes lines from an async source and writes a receipt with its own count', async () => {
    const dir = tempDir();
    async function* body() {
      yield { lastSeq: 4, held: [], rejected: [] };
    }
    const written = await writePackage({
      dir,
      baseName: 'r',
      header: { ...headerFor(), kind: 'receipt' },
      lines: body(),
      keys: county.ring,
      recipient: city.trusted,
    });
    expect(written.header.counts).toEqual({ receipt: 1 });
    expect(await collect((await openPackage(written.files, asCity)).lines())).toEqual([
      { lastSeq: 4, held: [], rejected: [] },
    ]);
  });

  it('leaves nothing behind when the records fail half way, and replaces an older file whole', async () => {
    const dir = tempDir();
    async function* failing() {
      yield* records(500);
      throw new Error('database went away');
    }
    await expect(
      writePackage({
        dir,
        baseName: 'p',
        header: headerFor(),
        lines: failing(),
        keys: county.ring,
        recipient: city.trusted,
      }),
    ).rejects.toThrow('database went away');
    expect(fs.readdirSync(dir)).toEqual([]);
    const first = await writePackage({
      dir,
      baseName: 'p',
      header: headerFor(),
      lines: records(5),
      keys: county.ring,
      recipient: city.trusted,
    });
    const second = await writePackage({
      dir,
      baseName: 'p',
      header: headerFor(2),
      lines: records(7),
      keys: county.ring,
      recipient: city.trusted,
    });
    expect(fs.readdirSync(dir)).toEqual(['p.boaipkg']);
    const opened = await openPackage(second.files, asCity);
    expect(opened.packageHash).not.toBe(first.packageHash);
    expect(await collect(opened.lines())).toHaveLength(7);
  });

  it('refuses with a PackageError carrying the code', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.boaipkg');
    fs.writeFileSync(file, 'PK\u0003\u0004 not ours');
    const error = await openPackage([file], asCity).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).code).toBe('PKG_NOT_A_PACKAGE');
  });

  it('reads the worked example in docs/package-format/ with its published test keys', async () => {
    const dir = path.join(import.meta.dirname, '../../../docs/package-format');
    const k = JSON.parse(fs.readFileSync(path.join(dir, 'example-keys.json'), 'utf8'));
    const encryption = crypto.createPrivateKey(k.city.encryptionPrivateKey);
    const keys = {
      officeCode: k.city.officeCode,
      signing: city.ring.signing,
      encryption: {
        keyId: k.city.encryptionKeyId,
        privateKey: encryption,
        publicKey: crypto.createPublicKey(encryption),
      },
    };
    const sender = {
      ...county.trusted,
      signingKeyId: k.county.signingKeyId,
      signingPublicKey: crypto.createPublicKey(k.county.signingPublicKey),
    };
    const opened = await openPackage([path.join(dir, 'example.boaipkg')], { keys, trust: trustOf(sender) });
    expect(opened.packageHash).toBe(k.packageHash);
    expect(await collect(opened.lines())).toEqual(k.lines);
  });
});
