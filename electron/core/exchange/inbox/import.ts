// Imports a county package in the city: verify (the format layer, before any payload is read), place it in
// its county's stream, then apply its records and the inbox record in ONE transaction. A preview is the
// same run rolled back. Applying a package releases any held packages it was the missing link for.
import type { ImportOutcome } from '../../../api/inbox';
import { requireOffice } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { openPackage, PackageError, type OpenedPackage } from '../format';
import { loadKeyRing, trustLookup } from '../keys';
import { applyRecords } from './apply';
import { inWriteTransaction, withImportConnection } from './connection';
import { dropKeptFiles, keepFiles, keptPaths } from './held';
import { outcomeOf, packageFacts } from './outcome';
import { heldAt, keptPackage, recordPackage, type InboxEntry } from './packages';
import { decide } from './sequence';
import { advanceStream, readStream } from './stream';

export interface ImportOptions {
  /** Preview: run the apply and roll it back. */
  dryRun?: boolean;
  /** An administrator resyncs a forked county with this snapshot package. */
  acceptSnapshot?: boolean;
}

/** Opens and checks the files as a package for this city. Throws PackageError; nothing is written. */
export async function openForCity(ctx: CoreContext, files: string[]): Promise<OpenedPackage> {
  const office = requireOffice(ctx.store);
  if (office.role !== 'city') throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role });
  const opened = await openPackage(files, { keys: loadKeyRing(ctx), trust: trustLookup(ctx.store) });
  if (opened.header.kind === 'receipt') throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role, kind: opened.header.kind });
  return opened;
}

export async function importPackage(ctx: CoreContext, files: string[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const outcome = await importOnce(ctx, files, options);
  if (outcome.status === 'applied' && !options.dryRun) outcome.released = await releaseHeld(ctx, outcome.sender);
  return outcome;
}

async function importOnce(ctx: CoreContext, files: string[], options: ImportOptions): Promise<ImportOutcome> {
  const opened = await openForCity(ctx, files);
  try {
    return await withImportConnection(ctx, (importCtx) => placeAndApply(importCtx, opened, files, options));
  } catch (error) {
    if (!(error instanceof PackageError) || error.code !== 'PKG_RECORD_INVALID' || options.dryRun) throw error;
    return recordRejection(ctx, opened, files, error);
  }
}

function entry(ctx: CoreContext, opened: OpenedPackage, files: string[], fields: Pick<InboxEntry, 'status' | 'epoch'> & Partial<InboxEntry>): InboxEntry {
  return { header: opened.header, packageHash: opened.packageHash, reason: null, details: null, summary: null, heldFiles: null,
    fileNames: files.map((f) => f.split(/[\\/]/).pop()!), at: nowIso(ctx), by: actorName(ctx), ...fields };
}

async function placeAndApply(ctx: CoreContext, opened: OpenedPackage, files: string[], options: ImportOptions): Promise<ImportOutcome> {
  const { header, packageHash } = opened;
  const facts = packageFacts(header, packageHash, trustLookup(ctx.store));
  const sqlite = ctx.store.sqlite;
  const write = !options.dryRun;
  let outcome!: ImportOutcome;
  await inWriteTransaction(ctx, async () => {
    const decision = decide(sqlite, header, packageHash, options.acceptSnapshot === true);
    if (decision.action === 'already') {
      outcome = outcomeOf(facts, 'already', { code: 'PKG_ALREADY_IMPORTED' });
      return false;
    }
    if (decision.action === 'hold') {
      outcome = outcomeOf(facts, 'held', { code: 'PKG_SEQUENCE_GAP', missing: decision.missing, details: { missing: decision.missing } });
      if (write) recordPackage(sqlite, entry(ctx, opened, files, { status: 'held', epoch: decision.epoch, reason: 'PKG_SEQUENCE_GAP',
        details: { missing: decision.missing }, heldFiles: keepFiles(ctx, header.packageId, files) }));
      return write;
    }
    if (decision.action === 'fork') {
      outcome = outcomeOf(facts, 'forked', { code: decision.code, details: decision.details });
      // A snapshot is what resyncs a fork: keep it for an administrator to accept from the inbox.
      const heldFiles = write && header.kind === 'snapshot' ? keepFiles(ctx, header.packageId, files) : null;
      if (write) recordPackage(sqlite, entry(ctx, opened, files, { status: 'forked', epoch: decision.epoch, reason: decision.code, details: decision.details, heldFiles }));
      return write;
    }
    const summary = await applyRecords(ctx, header, opened.lines());
    outcome = outcomeOf(facts, write ? 'applied' : 'preview', { summary });
    if (write) {
      recordPackage(sqlite, entry(ctx, opened, files, { status: 'applied', epoch: decision.next.epoch, summary }));
      advanceStream(sqlite, header.sender.officeCode, decision.next, nowIso(ctx));
      appendAudit(ctx, { method: ctx.method, tableName: 'inbox_packages', recordId: header.packageId,
        after: { sender: header.sender.officeCode, seq: header.seq, kind: header.kind, acceptSnapshot: options.acceptSnapshot === true, summary } });
    }
    return write;
  }, (keep) => keep);
  if (outcome.status === 'applied') dropKeptFiles(ctx, header.packageId);
  return outcome;
}

/** A signed package whose records cannot be applied: on the receipt as rejected, with its code. */
async function recordRejection(ctx: CoreContext, opened: OpenedPackage, files: string[], error: PackageError): Promise<ImportOutcome> {
  const sqlite = ctx.store.sqlite;
  const epoch = readStream(sqlite, opened.header.sender.officeCode)?.epoch ?? 0;
  sqlite.transaction(() => recordPackage(sqlite, entry(ctx, opened, files, { status: 'rejected', epoch, reason: error.code, details: error.details ?? null })))();
  return outcomeOf(packageFacts(opened.header, opened.packageHash, trustLookup(ctx.store)), 'rejected', { code: error.code, details: error.details });
}

/** Applies held packages of this county in order while each one continues the stream. */
async function releaseHeld(ctx: CoreContext, sender: string): Promise<ImportOutcome[]> {
  const released: ImportOutcome[] = [];
  for (;;) {
    const stream = readStream(ctx.store.sqlite, sender);
    const next = stream && heldAt(ctx.store.sqlite, sender, stream.lastSeq + 1);
    if (!next) return released;
    const kept = keptPackage(ctx.store.sqlite, next)!;
    const outcome = await importOnce(ctx, keptPaths(ctx, kept.heldFiles), {});
    released.push(outcome);
    if (outcome.status !== 'applied') return released;
  }
}

/** An administrator accepts a kept snapshot: the county's stream restarts from it. */
export async function acceptSnapshot(ctx: CoreContext, packageId: string): Promise<ImportOutcome> {
  const kept = keptPackage(ctx.store.sqlite, packageId);
  if (!kept || kept.kind !== 'snapshot' || kept.heldFiles.length === 0 || kept.status === 'applied') {
    fail('INBOX_SNAPSHOT_NOT_KEPT', { packageId });
  }
  return importPackage(ctx, keptPaths(ctx, kept.heldFiles), { acceptSnapshot: true });
}
