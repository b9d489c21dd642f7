// The tables a package carries now: every registered table but an opt-in one (registry.ts OptIn) its office keeps
// home. An opt-in table whose switch changed within a delta goes whole: the deltas before held none of it.
import type Database from 'better-sqlite3';
import { valueRead } from '../../records/reads';
import type { ExchangeTable } from '../registry';
import { exchangeTables } from '../tables';
import type { Selection } from './records';

const CHANGED_SINCE = valueRead<number, [after: number, table: string]>(
  'SELECT EXISTS (SELECT 1 FROM change_journal WHERE seq > ? AND table_name = ?)',
);

export function packageTables(
  sqlite: Database.Database,
  selection: Selection,
): { tables: ExchangeTable[]; selection: Selection } {
  const tables = exchangeTables().filter((t) => !t.optIn || t.optIn.travels(sqlite));
  if (selection.kind === 'snapshot') return { tables, selection };
  const switched = (t: ExchangeTable) =>
    t.optIn !== undefined && CHANGED_SINCE.on(sqlite).get(selection.afterJournalSeq, t.optIn.switchTable) === 1;
  const wholeTables = tables.filter(switched).map((t) => t.name);
  return { tables, selection: wholeTables.length > 0 ? { ...selection, wholeTables } : selection };
}
