// A county exporting 250,000 people: the whole export (read from SQLite, NDJSON, zstd, sealed chunks,
// signature, temp+fsync+rename, read back and verified, outbox row) against X1's baseline pipeline on
// the same records (NDJSON, compress, SHA-256, one Ed25519 signature, write; no database, no read-back).
// Targets: crypto/compression part <= 1.5x the baseline, whole export <= 5 s, one 20 MB part.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/backend';
import { setupOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { exportPackage } from '../../electron/core/exchange/export/exportPackage';
import { openRecordSnapshot } from '../../electron/core/exchange/export/records';
import { exchangeTable } from '../../electron/core/exchange/tables';
import { buildCard, cardText, loadKeyRing, trustOffice } from '../../electron/core/exchange/keys';
import { passphraseSealer } from '../../electron/core/exchange/keys/sealer';
import type { ExchangeRecord } from '../../electron/core/exchange/types';
import { personInsertParams, personInsertStatement } from '../../electron/core/people/rows';
import { checkPerson } from '../../electron/core/people/validate';
import { journalStatement } from '../../electron/core/records/journal';
import type { RecordMeta } from '../../electron/core/records/write';
import { generatePeople } from '../fixtures/people';
import { baselinePackage } from './exchange-baseline.bench';
import type { Bench } from './types';

const PEOPLE = Number(process.env.BOAI_EXPORT_BENCH_PEOPLE ?? 250_000);
const COUNTY = '321302';
const CITY = '321300';
const PART_MB = 20;

function office(dir: string, code: string, role: 'county' | 'city'): { backend: Backend; ctx: CoreContext } {
  const secrets = passphraseSealer('bench passphrase');
  const backend = openBackend(dir, { secrets });
  const base: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date(), secrets };
  // With a sealer at hand, office set-up creates the office keys too.
  setupOffice(base, { code, name: `${code}红十字会`, role, admin: { username: 'admin', password: 'bench-password-1' } });
  const ctx: CoreContext = { ...base, method: 'outbox.export', actor: { userId: 'a', username: 'admin', displayName: 'admin', roles: ['admin'] } };
  return { backend, ctx };
}

/** The people and their journal rows in one transaction, as a bulk import writes them. */
function seedPeople(ctx: CoreContext): number {
  const started = performance.now();
  const people = generatePeople(PEOPLE, 2024).map((p) => checkPerson(p).person!);
  const insert = personInsertStatement(ctx.store.sqlite);
  const journal = journalStatement(ctx.store.sqlite);
  const at = Date.parse('2024-03-01T08:00:00Z');
  ctx.store.sqlite.transaction(() => {
    people.forEach((person, i) => {
      const stamp = new Date(at + i * 1000).toISOString();
      const meta: RecordMeta = { id: randomUUID(), officeCode: COUNTY, createdAt: stamp, updatedAt: stamp, createdBy: 'bench',
        updatedBy: 'bench', rowVersion: 1, voided: false, voidedAt: null, voidedBy: null, voidReason: null };
      insert.run(personInsertParams(person, meta));
      journal.run('people', meta.id, 1, 'insert', stamp);
    });
  })();
  return performance.now() - started;
}

/** Reading alone: every record from the snapshot as an ExchangeRecord, nothing kept (as the export reads). */
function readingMs(file: string, leaveOut: readonly string[] = []): number {
  const started = performance.now();
  const snapshot = openRecordSnapshot(file, { kind: 'delta', afterJournalSeq: 0 });
  let n = 0;
  try {
    for (const record of snapshot.records('people', leaveOut)) n += record.rowVersion;
  } finally {
    snapshot.close();
  }
  if (n < PEOPLE) throw new Error('records missing');
  return performance.now() - started;
}

/** The same records in memory, for the baseline (which has no database). */
function recordsOf(file: string, leaveOut: readonly string[] = []): ExchangeRecord[] {
  const snapshot = openRecordSnapshot(file, { kind: 'delta', afterJournalSeq: 0 });
  try {
    return [...snapshot.records('people', leaveOut)];
  } finally {
    snapshot.close();
  }
}

/** CPU time of this process (all threads: zlib and crypto work off the main thread) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const exchangeExportBench: Bench = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-bench-export-'));
  const county = office(path.join(dir, 'county'), COUNTY, 'county');
  const city = office(path.join(dir, 'city'), CITY, 'city');
  try {
    const cityCard = buildCard(city.ctx);
    trustOffice(county.ctx, cardText(cityCard), cityCard.fingerprint);
    const seedMs = seedPeople(county.ctx);
    const usb = path.join(dir, 'usb');

    loadKeyRing(county.ctx); // the passphrase's scrypt is paid once per process, as in the app
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
    const rssBefore = process.memoryUsage().rss;
    const deltaStarted = performance.now();
    const deltaCpu = process.cpuUsage();
    const delta = await exportPackage(county.ctx, { to: CITY, partMb: PART_MB, dir: usb });
    const deltaMs = performance.now() - deltaStarted;
    const deltaCpuMs = cpuMs(deltaCpu);
    clearInterval(sampler);
    const snapshotStarted = performance.now();
    const snapshot = await exportPackage(county.ctx, { to: CITY, partMb: PART_MB, snapshot: true });
    const snapshotMs = performance.now() - snapshotStarted;

    const leaveOut = exchangeTable('people')?.derived?.columns ?? [];
    const readCpu = process.cpuUsage();
    const readMs = readingMs(county.backend.store.file, leaveOut);
    const readCpuMs = cpuMs(readCpu);
    const records = recordsOf(county.backend.store.file, leaveOut);
    const ndjsonBytes = records.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify(r)) + 1, 0);
    const signingKey = loadKeyRing(county.ctx).signing.privateKey;
    const baselineCpu = process.cpuUsage();
    const baseline = baselinePackage(records, path.join(dir, 'baseline.zst'), 'zstd', signingKey);
    const baselineCpuMs = cpuMs(baselineCpu);
    const cryptoMs = deltaMs - readMs;
    const ratio = cryptoMs / baseline.ms;
    return [{
      title: `Export ${PEOPLE.toLocaleString('en')} people (county -> city package, part size ${PART_MB} MB)`,
      columns: ['measure', 'value', 'target'],
      rows: [
        ['seed (insert + journal, not part of the export)', `${s(seedMs)} s`, ''],
        ['whole export, first delta (read, seal, write, copy, read back)', `${s(deltaMs)} s`, '<= 5 s'],
        ['whole export, snapshot (outbox only)', `${s(snapshotMs)} s`, '<= 5 s'],
        ['package on disk', `${mb(delta.entry.bytes)} MB in ${delta.written.length} part(s)`, `1 part <= ${PART_MB} MB`],
        ['NDJSON payload before compression', `${mb(ndjsonBytes)} MB`, ''],
        ['reading alone (SQLite -> ExchangeRecord)', `${s(readMs)} s`, ''],
        ['export minus reading (NDJSON, compression, crypto, files, read-back)', `${s(cryptoMs)} s`, ''],
        ['baseline on the same records (NDJSON + zstd + SHA-256 + Ed25519 + write)', `${s(baseline.ms)} s, ${mb(baseline.bytes)} MB`, ''],
        ['ratio: export minus reading / baseline (wall clock)', ratio.toFixed(2), '<= 1.5'],
        ['CPU time: export / reading / baseline', `${s(deltaCpuMs)} s / ${s(readCpuMs)} s / ${s(baselineCpuMs)} s`, ''],
        ['ratio by CPU time: (export - reading) / baseline', ((deltaCpuMs - readCpuMs) / baselineCpuMs).toFixed(2), '<= 1.5'],
        ['peak RSS during the delta export (rise)', `${mb(peakRss)} MB (+${mb(peakRss - rssBefore)} MB)`, ''],
        ['snapshot package', `${mb(snapshot.entry.bytes)} MB in ${snapshot.entry.files.length} part(s)`, ''],
      ],
      notes: [
        'Both sides of the ratio serialise the same records to NDJSON and compress them; the export adds chunked AES-256-GCM,',
        'the key wrap, the signed header, temp + fsync + rename, the read-back verification and the copy to the chosen folder.',
        'On a shared machine the wall clock includes waiting for a core; CPU time does not, so its ratio is the steadier one.',
      ],
    }];
  } finally {
    county.backend.close();
    city.backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
