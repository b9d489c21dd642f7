// Insert, update and void one business record at a time, typed from its drizzle table: every change bumps
// row_version and is journalled and audited in the same transaction. Callers run inside the router's write
// (or their own transaction). Many records at once go through records/bulk.ts, which journals the same way.
import { randomUUID } from 'node:crypto';
import { eq, getTableName } from 'drizzle-orm';
import { currentOffice } from '../accounts/officeRow';
import { appendAudit } from '../audit/chain';
import { actorName, nowIso, type CoreContext } from '../context';
import { fail } from '../errors';
import { writeJournal } from './journal';
import { isRecordKey, newRecordMeta, type RecordFields, type RecordMeta, type RecordTable } from './meta';

export type { RecordMeta } from './meta';

type Stored<T extends RecordTable> = T['$inferSelect'] & RecordMeta;

function findRecord<T extends RecordTable>(ctx: CoreContext, table: T, id: string): Stored<T> {
  // drizzle types a select from a table generic in T as a mapped type TypeScript cannot equate with $inferSelect.
  const row = ctx.store.orm.select().from(table).where(eq(table.id, id)).get() as Stored<T> | undefined;
  return row ?? fail('RECORD_NOT_FOUND', { table: getTableName(table), id });
}

/** A county's records in the city arrive in its packages only: nobody in the city edits or voids them. */
export function requireOwnRecord(ctx: CoreContext, officeCode: string): void {
  const own = currentOffice(ctx)?.code;
  if (own !== undefined && officeCode !== own) fail('RECORD_READ_ONLY', { officeCode });
}

export function insertRecord<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  officeCode: string,
  values: RecordFields<T>,
): RecordFields<T> & RecordMeta {
  const row = { ...values, ...newRecordMeta(ctx, randomUUID(), officeCode) };
  ctx.store.orm
    .insert(table)
    .values(row as T['$inferInsert'])
    .run();
  const tableName = getTableName(table);
  writeJournal(ctx.store.sqlite, tableName, row.id, 1, 'insert', row.createdAt);
  appendAudit(ctx, { method: ctx.method, tableName, recordId: row.id, after: values });
  return row;
}

/**
 * Applies the changed fields of `patch`. `expectedVersion` guards against a second window having
 * saved in between (RECORD_CHANGED). Returns the record after the change (unchanged if nothing differs).
 */
export function updateRecord<T extends RecordTable>(
  ctx: CoreContext,
  table: T,
  id: string,
  patch: Partial<RecordFields<T>>,
  expectedVersion?: number,
): Stored<T> {
  const current = findRecord(ctx, table, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  if (expectedVersion !== undefined && current.rowVersion !== expectedVersion)
    fail('RECORD_CHANGED', { id, rowVersion: current.rowVersion });
  const stored: Record<string, unknown> = current;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (isRecordKey(key) || value === undefined) continue;
    if (stored[key] !== value) {
      before[key] = stored[key];
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return current;
  const change = { ...after, updatedAt: nowIso(ctx), updatedBy: actorName(ctx), rowVersion: current.rowVersion + 1 };
  write(ctx, table, id, change, 'update', { before, after });
  return { ...current, ...change };
}

export function voidRecord<T extends RecordTable>(ctx: CoreContext, table: T, id: string, reason: string): Stored<T> {
  const current = findRecord(ctx, table, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  if (!reason.trim()) fail('VOID_REASON_REQUIRED');
  const at = nowIso(ctx);
  const voiding = { voided: true, voidedAt: at, voidedBy: actorName(ctx), voidReason: reason.trim() };
  write(
    ctx,
    table,
    id,
    { ...voiding, updatedAt: at, updatedBy: actorName(ctx), rowVersion: current.rowVersion + 1 },
    'void',
    {
      before: { voided: false },
      after: voiding,
    },
  );
  return { ...current, ...voiding, updatedAt: at, rowVersion: current.rowVersion + 1 };
}

/** The UPDATE, its journal row and its audit entry. */
function write(
  ctx: CoreContext,
  table: RecordTable,
  id: string,
  change: Record<string, unknown> & Pick<RecordMeta, 'updatedAt' | 'rowVersion'>,
  operation: 'update' | 'void',
  audit: { before: Record<string, unknown>; after: Record<string, unknown> },
): void {
  ctx.store.orm.update(table).set(change).where(eq(table.id, id)).run();
  const tableName = getTableName(table);
  writeJournal(ctx.store.sqlite, tableName, id, change.rowVersion, operation, change.updatedAt);
  appendAudit(ctx, { method: ctx.method, tableName, recordId: id, ...audit });
}
