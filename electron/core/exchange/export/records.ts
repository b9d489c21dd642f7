// Records as they travel: read from a snapshot of the database on a connection of their own, one
// row at a time, so 250,000 people never sit in memory at once and the app's connection stays free
// for other calls while the package is being compressed and sealed.
import Database from 'better-sqlite3';
import type { ExchangeRecord } from '../types';

/** The recordColumns() every table carries; every other column travels in `fields`. */
const META = new Set(['id', 'office_code', 'row_version', 'voided', 'voided_at', 'voided_by', 'void_reason']);

/** What goes into a package: everything (snapshot) or what the journal records after a position. */
export type Selection = { kind: 'snapshot' } | { kind: 'delta'; afterJournalSeq: number };

export interface RecordSnapshot {
  /** The journal's last position in this snapshot: the package's high-water mark. */
  journalHighWater: number;
  count(table: string): number;
  /** Whether the selection holds any record of the table: stops at the first, where count() visits them all. */
  any(table: string): boolean;
  /** The table's records, without the columns the receiver derives (`leaveOut`). */
  records(table: string, leaveOut?: readonly string[]): Generator<ExchangeRecord>;
  close(): void;
}

const CHANGED = 'id IN (SELECT record_id FROM change_journal WHERE table_name = ? AND seq > ? AND seq <= ?)';

/** Opens a read transaction on a second connection: every count and row comes from the same moment. */
export function openRecordSnapshot(file: string, selection: Selection): RecordSnapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.exec('BEGIN');
  const journalHighWater = db.prepare('SELECT coalesce(max(seq), 0) FROM change_journal').pluck().get() as number;
  const where = (table: string): [string, unknown[]] => selection.kind === 'snapshot'
    ? ['', []]
    : [`WHERE ${CHANGED}`, [table, selection.afterJournalSeq, journalHighWater]];
  return {
    journalHighWater,
    count(table) {
      const [clause, params] = where(table);
      return db.prepare(`SELECT count(*) FROM "${table}" ${clause}`).pluck().get(...params) as number;
    },
    any(table) {
      const sql = selection.kind === 'snapshot'
        ? `SELECT EXISTS (SELECT 1 FROM "${table}")`
        : `SELECT EXISTS (SELECT 1 FROM change_journal j JOIN "${table}" t ON t.id = j.record_id WHERE j.table_name = ? AND j.seq > ? AND j.seq <= ?)`;
      const params = selection.kind === 'snapshot' ? [] : [table, selection.afterJournalSeq, journalHighWater];
      return db.prepare(sql).pluck().get(...params) === 1;
    },
    *records(table, leaveOut = []) {
      const [clause, params] = where(table);
      // A snapshot walks the table in rowid order; a delta looks its records up by id (no ORDER BY:
      // sorting 250,000 whole rows in a temp b-tree first cost more than the rest of the read).
      const order = selection.kind === 'snapshot' ? 'ORDER BY rowid' : '';
      const statement = db.prepare(`SELECT * FROM "${table}" ${clause} ${order}`).raw(true);
      yield* toRecords(table, statement.columns().map((c) => c.name), new Set(leaveOut), statement.iterate(...params) as IterableIterator<unknown[]>);
    },
    close() {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    },
  };
}

function* toRecords(table: string, columns: string[], leaveOut: Set<string>, rows: IterableIterator<unknown[]>): Generator<ExchangeRecord> {
  const at = (name: string) => columns.indexOf(name);
  const [id, office, version, voided, voidedAt, voidedBy, voidReason] =
    ['id', 'office_code', 'row_version', 'voided', 'voided_at', 'voided_by', 'void_reason'].map(at) as number[];
  const fieldColumns = columns.map((name, index) => ({ name, index })).filter((c) => !META.has(c.name) && !leaveOut.has(c.name));
  for (const row of rows) {
    const fields: Record<string, unknown> = {};
    for (const c of fieldColumns) fields[c.name] = row[c.index];
    yield {
      table, id: row[id!] as string, officeCode: row[office!] as string, rowVersion: row[version!] as number,
      voided: row[voided!] === 1, voidedAt: row[voidedAt!] as string | null, voidedBy: row[voidedBy!] as string | null,
      voidReason: row[voidReason!] as string | null, fields,
    };
  }
}
