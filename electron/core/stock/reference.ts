// Create, edit and void a reference record (category, item, warehouse, location, donor, event) through
// records/write, with the record's own uniqueness rule checked in the same transaction.
import { and, asc, eq, like, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { RecordFields, RecordTable } from '../records/meta';
import { valueRead } from '../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../records/write';
import { officeCodeOf, readOfficeOf } from './office';

type Table = RecordTable;

export interface ReferenceSpec<Input extends object, Row> {
  table: Table;
  what: string;
  read: (ctx: CoreContext, id: string) => Row | undefined;
  /** Fails when another live record already holds what must be unique (code, name ...). */
  refuseDuplicate?: (ctx: CoreContext, officeCode: string, input: Input, exceptId: string | null) => void;
  /** Fails when a voided record would leave others pointing at it. */
  refuseVoid?: (ctx: CoreContext, id: string) => void;
}

export function readReference<Row>(ctx: CoreContext, spec: ReferenceSpec<object, Row>, id: string): Row {
  return spec.read(ctx, id) ?? fail('NOT_FOUND', { what: spec.what, id });
}

export function createReference<I extends object, R>(ctx: CoreContext, spec: ReferenceSpec<I, R>, input: I): R {
  const officeCode = officeCodeOf(ctx);
  spec.refuseDuplicate?.(ctx, officeCode, input, null);
  const id = insertRecord(ctx, spec.table, officeCode, trimmed(input) as RecordFields<Table>).id;
  return readReference(ctx, spec as ReferenceSpec<object, R>, id);
}

export function updateReference<I extends object, R>(
  ctx: CoreContext,
  spec: ReferenceSpec<I, R>,
  id: string,
  rowVersion: number,
  patch: Partial<I>,
): R {
  const current = readReference(ctx, spec as ReferenceSpec<object, R>, id) as R & I & { officeCode: string };
  const merged = { ...current, ...trimmed(patch) } as I;
  spec.refuseDuplicate?.(ctx, current.officeCode, merged, id);
  updateRecord(ctx, spec.table, id, trimmed(patch) as RecordFields<Table>, rowVersion);
  return readReference(ctx, spec as ReferenceSpec<object, R>, id);
}

export function voidReference<R>(ctx: CoreContext, spec: ReferenceSpec<never, R>, id: string, reason: string): R {
  readReference(ctx, spec as ReferenceSpec<object, R>, id);
  spec.refuseVoid?.(ctx, id);
  voidRecord(ctx, spec.table, id, reason);
  return readReference(ctx, spec as ReferenceSpec<object, R>, id);
}

/** Rows of a simple reference table, live only unless asked, optionally matching a search in some columns. */
export interface ListOptions {
  includeVoided?: boolean;
  search?: string;
  officeCode?: string;
}

// drizzle types a select from a table generic in T as a mapped type TypeScript cannot equate with T's $inferSelect,
// so these two generic reads state it; each caller's row type still comes from its table.
export function listReference<T extends Table>(
  ctx: CoreContext,
  table: T,
  options: ListOptions,
  searchIn: SQLiteColumn[],
  orderBy: SQLiteColumn[],
  extra?: SQL,
): T['$inferSelect'][] {
  const conditions: (SQL | undefined)[] = [eq(table.officeCode, readOfficeOf(ctx, options.officeCode)), extra];
  if (!options.includeVoided) conditions.push(eq(table.voided, false));
  const search = options.search?.trim();
  if (search) conditions.push(or(...searchIn.map((c) => like(c, `%${search}%`))));
  return ctx.store.orm
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(...orderBy.map((c) => asc(c)))
    .all() as T['$inferSelect'][];
}

export function selectById<T extends Table>(ctx: CoreContext, table: T, id: string): T['$inferSelect'] | undefined {
  // A generic table again: drizzle's row type for T is not T['$inferSelect'] to TypeScript (see listReference).
  return ctx.store.orm.select().from(table).where(eq(table.id, id)).get() as T['$inferSelect'] | undefined;
}

/** Strings trimmed, empty strings stored as null (a blank specification is no specification). */
function trimmed<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value !== 'string') out[key] = value;
    else out[key] = value.trim() === '' ? null : value.trim();
  }
  return out as T;
}

/**
 * Fails with `code` when another live record of `table` in the same scope (office, or a warehouse for
 * locations) already has `value` in `column` - a code or a name that must stay unique.
 */
export function refuseTaken(
  ctx: CoreContext,
  table: string,
  scope: { column: string; value: string },
  column: string,
  value: string,
  exceptId: string | null,
  code: string,
): void {
  const other = valueRead<string>(`SELECT id FROM ${table} WHERE ${scope.column} = ? AND ${column} = ? AND voided = 0`)
    .on(ctx.store.sqlite)
    .get(scope.value, value.trim());
  if (other && other !== exceptId) fail(code, { [column]: value.trim() });
}

/** Fails with `code` while the balances still hold goods of the item or warehouse (`column` = its id). */
export function refuseWhileHeld(ctx: CoreContext, column: 'item_id' | 'warehouse_id', id: string, code: string): void {
  const onHand = valueRead<number>(`SELECT coalesce(sum(quantity), 0) FROM stock_balances WHERE ${column} = ?`)
    .on(ctx.store.sqlite)
    .get(id);
  if (onHand) fail(code, { onHand });
}
