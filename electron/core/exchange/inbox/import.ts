// Imports a county package in the city: verify (the format layer, before any payload is read), place it in
// its county's stream, then apply its records and the inbox record in ONE transaction. A preview is the
// same run, rolled back - or, in the import wizard, kept open until the clerk applies it (staged.ts).
// Applying a package releases any held packages it was the missing link for.
import type { ImportOutcome } from '@core/exchange/inbox/contract';
import { rebuildDeferredIndexesGradually } from '@db/deferredIndexes';
import { officeOf } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { openPackage, PackageError, type OpenedPackage } from '../format';
import { loadKeyRing, trustLookup } from '../keys';
import { RECORD_REFUSAL_CODES } from '../types';
import { applyRecords } from './apply';
import { openImportConnection, type ImportConnection } from './connection';
import { dropKeptFiles, keepFiles, keptPaths } from './held';
import { replaceIncarnation } from './incarnations';
import { outcomeOf, packageFacts } from './outcome';
import { heldAt, keptPackage, recordPackage, type InboxEntry } from './packages';
import { decide, type Decision } from './sequence';
import { releaseStaged, stage, takeStaged, type PendingApply } from './staged';
import { advanceStream, readStream } from './stream';

export interface ImportOptions {
  /** Preview: run the apply and roll it back. */
  dryRun?: boolean;
  /** An administrator resyncs a forked county with this snapshot package. */
  acceptSnapshot?: boolean;
}

/** Opens and checks the files as a package for this city. Throws PackageError; nothing is written. */
export async function openForCity(ctx: CoreContext, files: string[]): Promise<OpenedPackage> {
  const office = officeOf(ctx);
  if (office.role !== 'city') throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role });
  const opened = await openPackage(files, { keys: loadKeyRing(ctx), trust: trustLookup(ctx.store) });
  if (opened.header.kind === 'receipt')
    throw new PackageError('PKG_NOT_FOR_THIS_ROLE', { role: office.role, kind: opened.header.kind });
  return opened;
}

export async function importPackage(
  ctx: CoreContext,
  files: string[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  releaseStaged(ctx.store.file);
  const outcome = await importOnce(ctx, files, options);
  if (outcome.status === 'applied' && !options.dryRun) outcome.released = await releaseHeld(ctx, outcome.sender);
  return outcome;
}

/**
 * The import wizard's preview of upload `key`: the apply runs with every index kept up to date and its
 * transaction stays open, so that applyPreviewed commits it. Held, forked and already-applied packages are
 * reported as importPackage's dry run reports them.
 */
export async function previewToApply(
  ctx: CoreContext,
  files: string[],
  key: string,
  options: { acceptSnapshot?: boolean } = {},
): Promise<ImportOutcome> {
  releaseStaged(ctx.store.file);
  const opened = await openForCity(ctx, files);
  const placed = await place(ctx, opened, files, {
    acceptSnapshot: options.acceptSnapshot,
    write: false,
    mayCommit: true,
  });
  if (!isPending(placed)) return placed;
  stage(ctx.store.file, key, options.acceptSnapshot === true, placed);
  return placed.preview;
}

/** Applies upload `key`: commits its staged preview when there is one, otherwise imports it afresh. */
export async function applyPreviewed(
  ctx: CoreContext,
  files: string[],
  key: string,
  options: { acceptSnapshot?: boolean } = {},
): Promise<ImportOutcome> {
  const pending = takeStaged(ctx.store.file, key, options.acceptSnapshot === true);
  if (!pending) return importPackage(ctx, files, options);
  const outcome = pending.commit(ctx);
  outcome.released = await releaseHeld(ctx, outcome.sender);
  return outcome;
}

/**
 * The end of a batch of imports (the import wizard closing, a CLI command ending): a staged preview is rolled
 * back, the sort indexes large packages dropped are built again (indexes.ts), and the WAL the imports left
 * (connection.ts) is copied into the database once.
 */
export async function finishImports(ctx: CoreContext): Promise<{ indexesRebuilt: number }> {
  releaseStaged(ctx.store.file);
  const indexesRebuilt = await rebuildDeferredIndexesGradually(ctx.store.sqlite);
  ctx.store.sqlite.pragma('wal_checkpoint(PASSIVE)');
  return { indexesRebuilt };
}

const isPending = (placed: ImportOutcome | PendingApply): placed is PendingApply => 'commit' in placed;

async function importOnce(ctx: CoreContext, files: string[], options: ImportOptions): Promise<ImportOutcome> {
  const opened = await openForCity(ctx, files);
  try {
    const write = !options.dryRun;
    const placed = await place(ctx, opened, files, { acceptSnapshot: options.acceptSnapshot, write, mayCommit: write });
    if (!isPending(placed)) return placed;
    if (write) return placed.commit(ctx);
    placed.rollback();
    return placed.preview;
  } catch (error) {
    if (!(error instanceof PackageError) || !RECORD_REFUSAL_CODES.includes(error.code) || options.dryRun) throw error;
    return recordRejection(ctx, opened, files, error);
  }
}

function entry(
  ctx: CoreContext,
  opened: OpenedPackage,
  files: string[],
  fields: Pick<InboxEntry, 'status' | 'epoch'> & Partial<InboxEntry>,
): InboxEntry {
  return {
    header: opened.header,
    packageHash: opened.packageHash,
    reason: null,
    details: null,
    summary: null,
    heldFiles: null,
    fileNames: files.map((f) => f.split(/[\\/]/).pop()!),
    at: nowIso(ctx),
    by: actorName(ctx),
    ...fields,
  };
}

interface PlaceOptions {
  acceptSnapshot?: boolean;
  /** Record a held or forked package in the inbox (not in a preview). */
  write: boolean;
  /** The records' transaction may be committed: every index is kept up to date (a dry run may drop sort indexes). */
  mayCommit: boolean;
}

/**
 * Places the package in its county's stream on the import's own connection, in one write transaction. A
 * package that is not next in the stream is settled here (recorded when `write`). The next one has its
 * records written and is returned still open, as a PendingApply, for the caller to commit or roll back.
 */
async function place(
  ctx: CoreContext,
  opened: OpenedPackage,
  files: string[],
  options: PlaceOptions,
): Promise<ImportOutcome | PendingApply> {
  const connection = openImportConnection(ctx);
  try {
    const sqlite = connection.ctx.store.sqlite;
    // commits in steps: a job on its own connection - the apply stays open (staged) across awaits until the user confirms.
    sqlite.exec('BEGIN IMMEDIATE');
    const decision = decide(sqlite, opened.header, opened.packageHash, options.acceptSnapshot === true);
    if (decision.action !== 'apply') {
      const outcome = settleOutOfTurn(connection.ctx, opened, files, decision, options.write);
      sqlite.exec(options.write ? 'COMMIT' : 'ROLLBACK');
      connection.close();
      return outcome;
    }
    const summary = await applyRecords(connection.ctx, opened.header, opened.lineBatches(), {
      rolledBack: !options.mayCommit,
    });
    return pendingApply(connection, opened, files, decision, summary, options.acceptSnapshot === true);
  } catch (error) {
    connection.close();
    throw error;
  }
}

function settleOutOfTurn(
  ctx: CoreContext,
  opened: OpenedPackage,
  files: string[],
  decision: Exclude<Decision, { action: 'apply' }>,
  write: boolean,
): ImportOutcome {
  const sqlite = ctx.store.sqlite;
  const facts = packageFacts(opened.header, opened.packageHash, trustLookup(ctx.store));
  if (decision.action === 'already') return outcomeOf(facts, 'already', { code: 'PKG_ALREADY_IMPORTED' });
  if (decision.action === 'stale' || decision.action === 'refuse') {
    // Out of date or not extending the county's audit chain: refused, recorded, and the stream is not stopped.
    const [status, code] =
      decision.action === 'stale'
        ? (['stale', 'PKG_INCARNATION_STALE'] as const)
        : (['rejected', decision.code] as const);
    if (write)
      recordPackage(
        sqlite,
        entry(ctx, opened, files, { status, epoch: decision.epoch, reason: code, details: decision.details }),
      );
    return outcomeOf(facts, 'rejected', { code, details: decision.details });
  }
  if (decision.action === 'hold') {
    if (write)
      recordPackage(
        sqlite,
        entry(ctx, opened, files, {
          status: 'held',
          epoch: decision.epoch,
          reason: 'PKG_SEQUENCE_GAP',
          details: { missing: decision.missing },
          heldFiles: keepFiles(ctx, opened.header.packageId, files),
        }),
      );
    return outcomeOf(facts, 'held', {
      code: 'PKG_SEQUENCE_GAP',
      missing: decision.missing,
      details: { missing: decision.missing },
    });
  }
  // A snapshot is what resyncs a fork: keep it for an administrator to accept from the inbox.
  const heldFiles = write && opened.header.kind === 'snapshot' ? keepFiles(ctx, opened.header.packageId, files) : null;
  if (write)
    recordPackage(
      sqlite,
      entry(ctx, opened, files, {
        status: 'forked',
        epoch: decision.epoch,
        reason: decision.code,
        details: decision.details,
        heldFiles,
      }),
    );
  return outcomeOf(facts, 'forked', { code: decision.code, details: decision.details });
}

function pendingApply(
  connection: ImportConnection,
  opened: OpenedPackage,
  files: string[],
  decision: Extract<Decision, { action: 'apply' }>,
  summary: ImportOutcome['summary'],
  acceptSnapshot: boolean,
): PendingApply {
  const { header } = opened;
  const facts = packageFacts(header, opened.packageHash, trustLookup(connection.ctx.store));
  return {
    preview: outcomeOf(facts, 'preview', { summary }),
    commit(by) {
      // Who applies it, and when, is the applying call's; the writes go on the import's connection.
      const ctx = { ...by, store: connection.ctx.store };
      const sqlite = ctx.store.sqlite;
      try {
        recordPackage(sqlite, entry(ctx, opened, files, { status: 'applied', epoch: decision.next.epoch, summary }));
        const sender = header.sender.officeCode;
        if (decision.replaces)
          replaceIncarnation(
            sqlite,
            sender,
            decision.replaces,
            decision.next.incarnationId,
            header.packageId,
            nowIso(ctx),
          );
        advanceStream(sqlite, sender, decision.next, nowIso(ctx));
        appendAudit(ctx, {
          method: ctx.method,
          tableName: 'inbox_packages',
          recordId: header.packageId,
          after: { sender: header.sender.officeCode, seq: header.seq, kind: header.kind, acceptSnapshot, summary },
        });
        sqlite.exec('COMMIT');
      } finally {
        connection.close();
      }
      dropKeptFiles(by, header.packageId);
      return outcomeOf(facts, 'applied', { summary });
    },
    rollback: () => connection.close(),
  };
}

/** A signed package whose records cannot be applied: on the receipt as rejected, with its code. */
async function recordRejection(
  ctx: CoreContext,
  opened: OpenedPackage,
  files: string[],
  error: PackageError,
): Promise<ImportOutcome> {
  const sqlite = ctx.store.sqlite;
  const epoch = readStream(sqlite, opened.header.sender.officeCode)?.epoch ?? 0;
  // commits in steps: a job - a refused package is recorded after the async open that found it wrong.
  sqlite.transaction(() =>
    recordPackage(
      sqlite,
      entry(ctx, opened, files, { status: 'rejected', epoch, reason: error.code, details: error.details ?? null }),
    ),
  )();
  return outcomeOf(packageFacts(opened.header, opened.packageHash, trustLookup(ctx.store)), 'rejected', {
    code: error.code,
    details: error.details,
  });
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
