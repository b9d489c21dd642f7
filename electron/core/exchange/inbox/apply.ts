// Applies a package's records: THE one code path for both preview (run inside a transaction that is then
// rolled back) and the real apply. A record never goes back to a lower row_version; what a domain wants
// reviewed, or what is older than the city's copy, goes to the review list and is counted as a conflict.
import type { ApplySummary, TableCounts } from '@core/exchange/inbox/contract';
import { startRunningFold } from '../../audit/runningFold';
import { nowIso, type CoreContext } from '../../context';
import { batchJournalRows, endJournalBatch } from '../../records/journal';
import { PackageError, refuse } from '../format/errors';
import type { ReceiveDecision } from '../registry';
import { exchangeTable } from '../tables';
import type { ExchangeRecord, PackageHeader } from '../types';
import { dropSortIndexesForApply } from './indexes';
import { checkRecord } from './record';
import { ReferenceGuard } from './references';
import { REVIEW_REASONS, addToReview } from './review';
import { SnapshotCoverage } from './snapshotCoverage';
import { tableWriter, type StoredVersion, type TableWriter } from './writer';

type Outcome = keyof TableCounts | 'deferred';

/** What a batch's records were looked up to find, kept current as the batch writes them. */
interface BatchLookup {
  stored: Map<string, StoredVersion>;
  decide?: (record: ExchangeRecord) => ReceiveDecision;
  /** `stored` holds only what this batch wrote: each record is inserted first, its id looked up if that fails. */
  insertFirst: boolean;
  /** Records of the batch found stored before it wrote them. */
  existing: number;
}

const emptyCounts = (): TableCounts => ({ new: 0, updated: 0, unchanged: 0, voided: 0, conflicts: 0 });

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** SQLite refusing a value (NOT NULL, CHECK, type, a unique index): the statement wrote nothing. */
function isValueRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) || code === 'SQLITE_MISMATCH';
}

const versionOf = (record: ExchangeRecord): StoredVersion => ({
  rowVersion: record.rowVersion,
  voided: record.voided ? 1 : 0,
  officeCode: record.officeCode,
});

class RecordApplier {
  readonly summary: ApplySummary = {};
  readonly seen: Record<string, number> = {};
  /** Records refused by a unique index: tried again at the end, when the records before them are in. */
  readonly deferred: { record: ExchangeRecord; line: number }[] = [];
  readonly references: ReferenceGuard;
  private readonly at: string;
  private readonly coverage: SnapshotCoverage | null;
  /** Tables whose last batch held no stored record: their next batch is inserted first (BatchLookup.insertFirst). */
  private readonly onlyNew = new Set<string>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly header: PackageHeader,
  ) {
    this.at = nowIso(ctx);
    this.coverage = header.kind === 'snapshot' ? new SnapshotCoverage(ctx.store.sqlite) : null;
    this.references = new ReferenceGuard(ctx.store.sqlite);
    for (const table of Object.keys(header.counts)) this.summary[table] = emptyCounts();
  }

  private review(record: ExchangeRecord, reason: string, details?: Record<string, unknown>): Outcome {
    addToReview(this.ctx.store.sqlite, {
      packageId: this.header.packageId,
      sender: this.header.sender.officeCode,
      record,
      reason,
      details,
      at: this.at,
    });
    return 'conflicts';
  }

  private attempt(record: ExchangeRecord, line: number, lastTry: boolean, lookup?: BatchLookup): Outcome {
    const writer = tableWriter(this.ctx.store.sqlite, record.table);
    if (lookup?.insertFirst && !lookup.stored.has(record.id)) {
      const inserted = this.insertFirst(record, lookup);
      if (inserted) return inserted;
    }
    const stored = lookup ? this.storedIn(lookup, record.id, writer) : writer.find(record.id);
    if (stored && stored.officeCode !== record.officeCode) {
      return this.review(record, REVIEW_REASONS.otherOffice, { storedOfficeCode: stored.officeCode });
    }
    if (stored && record.rowVersion < stored.rowVersion) {
      return this.review(record, REVIEW_REASONS.rowVersionLower, { storedRowVersion: stored.rowVersion });
    }
    if (stored && record.rowVersion === stored.rowVersion) return 'unchanged';
    const decision = this.decide(record, lookup);
    if (decision.action === 'review') return this.review(record, decision.reason, decision.details);
    const operation = !stored ? 'insert' : record.voided && !stored.voided ? 'void' : 'update';
    this.references.check(record, line);
    try {
      writer.write(record, stored !== undefined, operation, this.at);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (lastTry) return this.review(record, REVIEW_REASONS.duplicateInOffice);
      this.deferred.push({ record, line });
      return 'deferred';
    }
    lookup?.stored.set(record.id, versionOf(record));
    return operation === 'insert' ? 'new' : operation === 'void' ? 'voided' : 'updated';
  }

  private decide(record: ExchangeRecord, lookup?: BatchLookup): ReceiveDecision {
    return (
      (lookup?.decide ? lookup.decide(record) : exchangeTable(record.table)?.onReceive?.(this.ctx, record)) ?? {
        action: 'apply',
      }
    );
  }

  private storedIn(lookup: BatchLookup, id: string, writer: TableWriter): StoredVersion | undefined {
    if (!lookup.insertFirst || lookup.stored.has(id)) return lookup.stored.get(id);
    const stored = writer.find(id);
    if (stored) lookup.existing++;
    return stored;
  }

  /**
   * The record written as new without its id looked up. Whatever the lookup could have changed - a stored copy,
   * the domain's review, SQLite or the writer refusing a value - sends it down attempt's usual path, which looks
   * its id up then: a refused INSERT has written nothing, and the domain's decision only reads.
   */
  private insertFirst(record: ExchangeRecord, lookup: BatchLookup): Outcome | undefined {
    if (this.decide(record, lookup).action !== 'apply') return undefined;
    try {
      tableWriter(this.ctx.store.sqlite, record.table).write(record, false, 'insert', this.at);
    } catch (error) {
      if (error instanceof PackageError || isValueRefusal(error)) return undefined;
      throw error;
    }
    lookup.stored.set(record.id, versionOf(record));
    return 'new';
  }

  add(record: ExchangeRecord, line: number, lastTry = false, lookup?: BatchLookup): void {
    const outcome = this.attempt(record, line, lastTry, lookup);
    if (outcome === 'deferred') return;
    (this.summary[record.table] ??= emptyCounts())[outcome]++;
  }

  /**
   * Records in their order, their stored versions and the domain's checks looked up per table for the whole
   * batch first. A refusal by SQLite names the line of the record (firstLine is the batch's first).
   * A table whose last batch held only new records (a county's first package) skips the lookup of ids: its
   * records are inserted first (insertFirst), until a batch finds one stored. Not for a table with references,
   * which are checked before the write only when the record is not stored under another office.
   */
  addBatch(records: readonly ExchangeRecord[], firstLine: number): void {
    const lookups = new Map<string, BatchLookup>();
    for (const table of new Set(records.map((r) => r.table))) {
      const ofTable = records.filter((r) => r.table === table);
      const insertFirst = this.onlyNew.has(table) && !exchangeTable(table)?.references;
      const stored = insertFirst
        ? new Map<string, StoredVersion>()
        : tableWriter(this.ctx.store.sqlite, table).findMany(ofTable.map((r) => r.id));
      lookups.set(table, {
        stored,
        decide: exchangeTable(table)?.receiveMany?.(this.ctx, ofTable),
        insertFirst,
        existing: stored.size,
      });
    }
    records.forEach((record, i) => {
      try {
        this.add(record, firstLine + i, false, lookups.get(record.table));
      } catch (error) {
        throw asRecordRefusal(error, firstLine + i);
      }
    });
    for (const [table, lookup] of lookups) {
      if (lookup.existing === 0) this.onlyNew.add(table);
      else this.onlyNew.delete(table);
    }
  }

  count(record: ExchangeRecord): void {
    this.seen[record.table] = (this.seen[record.table] ?? 0) + 1;
    this.coverage?.see(record);
  }

  /** After a snapshot: the county's live records it did not hold go to the review list. */
  reviewMissing(): void {
    for (const record of this.coverage?.missing(this.header.sender.officeCode) ?? []) {
      (this.summary[record.table] ??= emptyCounts()).conflicts++;
      this.review(record, REVIEW_REASONS.missingFromSnapshot);
    }
  }
}

/** SQLite refusing a value (NOT NULL, CHECK, type) is the record's fault: the package is rejected, not the app. */
function asRecordRefusal(error: unknown, line: number): unknown {
  if (isValueRefusal(error)) {
    const code = (error as { code?: unknown }).code;
    return new PackageError('PKG_RECORD_INVALID', { line, problem: 'value', constraint: code });
  }
  return error;
}

/** The header's counts are signed: a payload with other counts was altered or cut short. */
function checkCounts(header: PackageHeader, seen: Record<string, number>): void {
  const tables = new Set([...Object.keys(header.counts), ...Object.keys(seen)]);
  for (const table of tables) {
    if ((header.counts[table] ?? 0) !== (seen[table] ?? 0)) {
      refuse('PKG_PAYLOAD_CORRUPT', { table, declared: header.counts[table] ?? 0, found: seen[table] ?? 0 });
    }
  }
}

/**
 * Call inside the import's write transaction. Throws PackageError (nothing is kept: the caller rolls back).
 * `rolledBack`: the transaction will not be committed (a dry run); see indexes.ts for what that changes.
 */
export function applyRecords(
  ctx: CoreContext,
  header: PackageHeader,
  batches: AsyncIterable<unknown[]>,
  o: { rolledBack: boolean },
): Promise<ApplySummary> {
  dropSortIndexesForApply(ctx.store.sqlite, header, { rolledBack: o.rolledBack, at: nowIso(ctx) });
  // The import's own connection is closed after its commit or rollback, so the fold cannot outlive the transaction.
  startRunningFold(ctx.store.sqlite);
  batchJournalRows(ctx.store.sqlite); // ended by applyEach; a failed apply is rolled back with what it held
  return applyEach(ctx, header, batches);
}

async function applyEach(
  ctx: CoreContext,
  header: PackageHeader,
  batches: AsyncIterable<unknown[]>,
): Promise<ApplySummary> {
  const applier = new RecordApplier(ctx, header);
  const iterator = batches[Symbol.asyncIterator]();
  let lineNumber = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    try {
      const firstLine = lineNumber + 1;
      const records = next.value.map((line) => checkRecord(line, header.sender.officeCode, ++lineNumber));
      for (const record of records) applier.count(record);
      applier.addBatch(records, firstLine);
    } catch (error) {
      const refusal = asRecordRefusal(error, lineNumber);
      // A damaged file is told apart from a bad record by reading on: the format's own refusal comes first.
      for (next = await iterator.next(); !next.done; next = await iterator.next()) {
        /* authenticated and counted as read */
      }
      throw refusal;
    }
  }
  checkCounts(header, applier.seen);
  for (const { record, line } of applier.deferred.splice(0)) applier.add(record, line, true);
  applier.references.finish();
  applier.reviewMissing();
  endJournalBatch(ctx.store.sqlite);
  for (const table of Object.keys(applier.seen)) exchangeTable(table)?.afterApply?.(ctx);
  return applier.summary;
}

/** Tables in the header that this city does not know cannot be applied. */
export function checkTablesKnown(header: PackageHeader): void {
  for (const table of Object.keys(header.counts)) {
    if (!exchangeTable(table)) refuse('PKG_RECORD_INVALID', { table, problem: 'table' });
  }
}
