// A package for the city: every change since the last package the city acknowledged (delta) or every
// record (snapshot) of every registered table, streamed from a snapshot of the database into the
// package writer, kept in the outbox and copied to the folder the clerk chose.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '@core/exchange/outbox/contract';
import { officeOf } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { SCHEMA_VERSION, writePackage } from '../format';
import { loadKeyRing, trustLookup } from '../keys';
import { currentAuditHead, priorAuditHead } from '../outbox/auditHead';
import { copyVerified, outboxDir } from '../outbox/folder';
import {
  acknowledgedHighWater,
  getOutboxEntry,
  insertOutboxPackage,
  nextInStream,
  snapshotRequired,
} from '../outbox/store';
import type { ExchangeTable } from '../registry';
import type { ExchangeRecord, PackageHeader } from '../types';
import { checkedRecords } from './check';
import { packageTables } from './optIn';
import { openRecordSnapshot, type RecordSnapshot } from './records';

export const DEFAULT_PART_MB = 20;

export interface ExportOptions {
  /** Office code of the city. */
  to: string;
  snapshot?: boolean;
  /** Split into parts of at most this many MB (default 20); 0 writes one file whatever its size. */
  partMb?: number;
  /** The folder the clerk chose; the files are always kept in the outbox too. */
  dir?: string;
  /** Name for the copies in `dir` (the CLI's FILE) instead of the outbox name; parts add .partNNofMM. */
  baseName?: string;
}

/** One export per recipient at a time: two at once would take the same sequence number. */
const busy = new Set<string>();

export async function exportPackage(ctx: CoreContext, options: ExportOptions): Promise<ExportResult> {
  const key = `${ctx.store.file}\0${options.to}`;
  if (busy.has(key)) fail('EXPORT_BUSY', { to: options.to });
  busy.add(key);
  try {
    return await writeExport(ctx, options);
  } finally {
    busy.delete(key);
  }
}

function recipientOf(ctx: CoreContext, to: string) {
  const recipient = trustLookup(ctx.store).office(to);
  if (!recipient) fail('EXPORT_RECIPIENT_NOT_TRUSTED', { to });
  return recipient;
}

async function writeExport(ctx: CoreContext, options: ExportOptions): Promise<ExportResult> {
  const office = officeOf(ctx);
  if (options.to === office.code) fail('EXPORT_RECIPIENT_IS_SELF', { to: options.to });
  const recipient = recipientOf(ctx, options.to);
  const keys = loadKeyRing(ctx);
  const stream = nextInStream(ctx.store.sqlite, recipient.officeCode);
  if (!options.snapshot && snapshotRequired(ctx.store.sqlite, recipient.officeCode, office.incarnationId)) {
    fail('EXPORT_SNAPSHOT_REQUIRED', { to: options.to });
  }
  const { tables: registered, selection } = packageTables(
    ctx.store.sqlite,
    options.snapshot
      ? { kind: 'snapshot' }
      : { kind: 'delta', afterJournalSeq: acknowledgedHighWater(ctx.store.sqlite, recipient.officeCode) },
  );

  const snapshot = openRecordSnapshot(ctx.store.file, selection);
  try {
    const tables = registered.map((t) => t.name);
    // Not count(): on a first delta of 250,000 people that alone took half a second; the writer counts anyway.
    if (selection.kind === 'delta' && !tables.some((table) => snapshot.any(table)))
      fail('EXPORT_NOTHING_NEW', { to: options.to });
    const audit = currentAuditHead(ctx.store.sqlite);
    const header: WriteHeader = {
      packageId: randomUUID(),
      kind: selection.kind,
      sender: { officeCode: office.code, keyId: keys.signing.keyId, incarnationId: office.incarnationId },
      recipient: { officeCode: recipient.officeCode, keyId: recipient.encryptionKeyId },
      seq: stream.seq,
      prevHash: stream.prevHash,
      schemaVersion: SCHEMA_VERSION,
      minReaderVersion: SCHEMA_VERSION,
      createdAt: nowIso(ctx),
      audit,
      priorAudit: priorAuditHead(ctx.store.sqlite, recipient.officeCode),
    };
    const partMb = options.partMb ?? DEFAULT_PART_MB;
    const dir = outboxDir(ctx, recipient.officeCode);
    fs.mkdirSync(dir, { recursive: true });
    const written = await writePackage({
      dir,
      baseName: packageBaseName(header),
      header,
      lines: checkedRecords(allRecords(snapshot, registered)),
      keys,
      recipient,
      partMaxBytes: partMb > 0 ? partMb * 1024 * 1024 : undefined,
    });
    const counts = Object.fromEntries(tables.map((table) => [table, written.header.counts[table] ?? 0]));
    // commits in steps: a job - the package files are written first (async), then the outbox row and sequence in one step.
    ctx.store.sqlite.transaction(() => {
      insertOutboxPackage(ctx.store.sqlite, {
        packageId: header.packageId,
        recipient: recipient.officeCode,
        seq: header.seq,
        packageHash: written.packageHash,
        prevHash: header.prevHash,
        kind: header.kind as 'delta' | 'snapshot',
        incarnationId: office.incarnationId,
        journalHighWater: snapshot.journalHighWater,
        counts,
        bytes: written.bytes,
        files: written.files.map((file) => path.basename(file)),
        createdBy: actorName(ctx),
        createdAt: header.createdAt,
        audit,
      });
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'outbox_packages',
        recordId: header.packageId,
        after: {
          to: recipient.officeCode,
          seq: header.seq,
          kind: header.kind,
          counts,
          bytes: written.bytes,
          parts: written.files.length,
        },
      });
    })();
    const baseName = packageBaseName(header);
    const rename = (name: string) => (options.baseName ? options.baseName + name.slice(baseName.length) : name);
    const copies = options.dir ? await copyVerified(written.files, path.resolve(options.dir), rename) : written.files;
    return { entry: getOutboxEntry(ctx, header.packageId), written: copies };
  } finally {
    snapshot.close();
  }
}

type WriteHeader = Omit<PackageHeader, 'counts' | 'payload' | 'encryption' | 'part' | 'formatVersion'>;

function* allRecords(snapshot: RecordSnapshot, tables: ExchangeTable[]): Generator<ExchangeRecord> {
  for (const table of tables) yield* snapshot.records(table.name, table.derived?.columns);
}

/** e.g. 320101-to-320100-000012-delta: sender, recipient, seq and kind, and nothing personal. */
export function packageBaseName(header: WriteHeader): string {
  return `${header.sender.officeCode}-to-${header.recipient.officeCode}-${String(header.seq).padStart(6, '0')}-${header.kind}`;
}
