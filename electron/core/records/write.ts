// Insert, update and void business records through one path, so every change bumps row_version,
// is journalled and audited in the same transaction. Callers wrap these in a transaction.
import { randomUUID } from 'node:crypto';
import { eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { currentOffice } from '../accounts/officeRow';
import { appendAudit } from '../audit/chain';
import { actorName, nowIso, type CoreContext } from '../context';
import { fail } from '../errors';
import { writeJournal } from './journal';

/** Fields of recordColumns(), set here and never by callers. */
export interface RecordMeta {
  id: string;
  officeCode: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  rowVersion: number;
  voided: boolean;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}
const META_KEYS = new Set<string>([
  'id',
  'officeCode',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'rowVersion',
  'voided',
  'voidedAt',
  'voidedBy',
  'voidReason',
]);

type RecordTable = SQLiteTable & { id: SQLiteColumn };
type Row = Record<string, unknown>;

function findRecord(ctx: CoreContext, table: RecordTable, id: string): Row & RecordMeta {
  const row = ctx.store.orm.select().from(table).where(eq(table.id, id)).get() as (Row & RecordMeta) | undefined;
  if (!row) fail('RECORD_NOT_FOUND', { table: getTableName(table), id });
  return row;
}

/** A county's records in the city arrive in its packages only: nobody in the city edits or voids them. */
export function requireOwnRecord(ctx: CoreContext, officeCode: string): void {
  const own = currentOffice(ctx)?.code;
  if (own !== undefined && officeCode !== own) fail('RECORD_READ_ONLY', { officeCode });
}

export function insertRecord<T extends Row>(
  ctx: CoreContext,
  table: RecordTable,
  officeCode: string,
  values: T,
): T & RecordMeta {
  const at = nowIso(ctx);
  const by = actorName(ctx);
  const row = {
    ...values,
    id: randomUUID(),
    officeCode,
    createdAt: at,
    updatedAt: at,
    createdBy: by,
    updatedBy: by,
    rowVersion: 1,
    voided: false,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
  };
  ctx.store.orm
    .insert(table)
    .values(row as never)
    .run();
  writeJournal(ctx.store.sqlite, getTableName(table), row.id, 1, 'insert', at);
  appendAudit(ctx, { method: ctx.method, tableName: getTableName(table), recordId: row.id, after: values });
  return row;
}

/**
 * Applies the changed fields of `patch`. `expectedVersion` guards against a second window having
 * saved in between (RECORD_CHANGED). Returns the record after the change (unchanged if nothing differs).
 */
export function updateRecord<T extends Row>(
  ctx: CoreContext,
  table: RecordTable,
  id: string,
  patch: Partial<T>,
  expectedVersion?: number,
): Row & RecordMeta {
  const current = findRecord(ctx, table, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  if (expectedVersion !== undefined && current.rowVersion !== expectedVersion)
    fail('RECORD_CHANGED', { id, rowVersion: current.rowVersion });
  const before: Row = {};
  const after: Row = {};
  for (const [key, value] of Object.entries(patch)) {
    if (META_KEYS.has(key) || value === undefined) continue;
    if (current[key] !== value) {
      before[key] = current[key];
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return current;
  const at = nowIso(ctx);
  const rowVersion = current.rowVersion + 1;
  ctx.store.orm
    .update(table)
    .set({ ...after, updatedAt: at, updatedBy: actorName(ctx), rowVersion } as never)
    .where(eq(table.id, id))
    .run();
  writeJournal(ctx.store.sqlite, getTableName(table), id, rowVersion, 'update', at);
  appendAudit(ctx, { method: ctx.method, tableName: getTableName(table), recordId: id, before, after });
  return { ...current, ...after, updatedAt: at, updatedBy: actorName(ctx), rowVersion };
}

export function voidRecord(ctx: CoreContext, table: RecordTable, id: string, reason: string): Row & RecordMeta {
  const current = findRecord(ctx, table, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  if (!reason.trim()) fail('VOID_REASON_REQUIRED');
  const at = nowIso(ctx);
  const rowVersion = current.rowVersion + 1;
  const change = { voided: true, voidedAt: at, voidedBy: actorName(ctx), voidReason: reason.trim() };
  ctx.store.orm
    .update(table)
    .set({ ...change, updatedAt: at, updatedBy: actorName(ctx), rowVersion } as never)
    .where(eq(table.id, id))
    .run();
  writeJournal(ctx.store.sqlite, getTableName(table), id, rowVersion, 'void', at);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: getTableName(table),
    recordId: id,
    before: { voided: false },
    after: change,
  });
  return { ...current, ...change, updatedAt: at, rowVersion };
}
