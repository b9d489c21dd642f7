// Records as they travel: read from a snapshot of the database on a connection of their own, one
// row at a time, so 250,000 people never sit in memory at once and the app's connection stays free
// for other calls while the package is being compressed and sealed.
import Database from 'better-sqlite3';
import { ENVELOPE_COLUMNS } from '../../records/meta';
import { tupleRead, valueRead } from '../../records/reads';
import type { ExchangeRecord } from '../types';

/** The recordColumns() every table carries; every other column travels in `fields`. */
const META = new Set(ENVELOPE_COLUMNS);

/**
 * What goes into a package: everything (snapshot) or what the journal records after a position - but every record
 * of `wholeTables` (an opt-in table switched on since: exchange/export/optIn.ts).
 */
export type Selection =
  { kind: 'snapshot' } | { kind: 'delta'; afterJournalSeq: number; wholeTables?: readonly string[] };

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
const JOURNAL_HIGH_WATER = valueRead<number>('SELECT coalesce(max(seq), 0) FROM change_journal');
const JOURNALED_BY_TABLE = tupleRead<[table: string, rows: number], [after: number, upTo: number]>(
  'SELECT table_name, count(*) FROM change_journal WHERE seq > ? AND seq <= ? GROUP BY table_name',
);

/** Opens a read transaction on a second connection: every count and row comes from the same moment. */
export function openRecordSnapshot(file: string, selection: Selection): RecordSnapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // commits in steps: not a write - a read snapshot on a second, read-only connection, held while the job streams rows.
  db.exec('BEGIN');
  const journalHighWater = JOURNAL_HIGH_WATER.on(db).get() ?? 0;
  const after = selection.kind === 'delta' ? selection.afterJournalSeq : 0;
  const whole = new Set(selection.kind === 'delta' ? (selection.wholeTables ?? []) : []);
  /** Whether the table's records are those the journal names after `after` (else all of them). */
  const deltaOf = (table: string) => selection.kind === 'delta' && !whole.has(table);
  let journaled: Map<string, number> | undefined;
  /** A delta's journal rows of the table, all tables counted in one walk of the range (a walk per table cost ~30 ms each). */
  const journaledRows = (table: string): number => {
    journaled ??= new Map(JOURNALED_BY_TABLE.on(db).all(after, journalHighWater));
    return journaled.get(table) ?? 0;
  };
  const unchanged = (table: string) => deltaOf(table) && journaledRows(table) === 0;
  const where = (table: string): [string, unknown[]] =>
    deltaOf(table) ? [`WHERE ${CHANGED}`, [table, after, journalHighWater]] : ['', []];
  return {
    journalHighWater,
    count(table) {
      if (unchanged(table)) return 0;
      const [clause, params] = where(table);
      return (
        valueRead<number>(`SELECT count(*) FROM "${table}" ${clause}`)
          .on(db)
          .get(...params) ?? 0
      );
    },
    any(table) {
      if (unchanged(table)) return false;
      const sql = deltaOf(table)
        ? `SELECT EXISTS (SELECT 1 FROM change_journal j JOIN "${table}" t ON t.id = j.record_id WHERE j.table_name = ? AND j.seq > ? AND j.seq <= ?)`
        : `SELECT EXISTS (SELECT 1 FROM "${table}")`;
      const params = deltaOf(table) ? [table, after, journalHighWater] : [];
      return (
        db
          .prepare(sql)
          .pluck()
          .get(...params) === 1
      );
    },
    *records(table, leaveOut = []) {
      const skip = new Set(leaveOut);
      const columns = db
        .prepare(`SELECT * FROM "${table}" LIMIT 0`)
        .columns()
        .map((c) => c.name)
        .filter((name) => !skip.has(name));
      const select = `SELECT ${columns.map((name) => `"${name}"`).join(', ')}`;
      let changed: string[] | null = null;
      if (deltaOf(table)) {
        const range = [table, after, journalHighWater] as const;
        const journaledHere = journaledRows(table);
        if (journaledHere === 0) return;
        if (journaledHere * SCAN_SHARE < maxRowid(db, table)) {
          // A few changes in a large table: each looked up by id (no ORDER BY: sorting whole rows first cost more).
          const rows = tupleRead<unknown[]>(`${select} FROM "${table}" WHERE ${CHANGED}`)
            .fresh(db)
            .iterate(...range);
          yield* toRecords(table, columns, rows);
          return;
        }
        changed = journalIds(db, ...range);
      }
      // A snapshot, or a delta holding a good share of the table, walks the table in rowid order.
      const rows = inRowidPages(
        tupleRead<unknown[], [afterRowid: number]>(
          `${select}, rowid FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`,
        ).fresh(db),
      );
      yield* toRecords(table, columns, changed ? only(rows, columns.indexOf('id'), changed) : rows);
    },
    close() {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    },
  };
}

const PAGE = 2048;

/**
 * The rows of a `... WHERE rowid > ? ORDER BY rowid LIMIT PAGE` statement whose last column is the rowid, a page
 * of all() at a time: better-sqlite3 steps an iterator at ~1.5x the cost per row. The rowid column stays on the
 * row (toRecords reads columns by position).
 */
function* inRowidPages(page: Database.Statement<[afterRowid: number], unknown[]>): Generator<unknown[]> {
  for (let after = 0; ;) {
    const rows = page.all(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.at(-1) as number;
  }
}

/**
 * A delta walks the whole table, keeping the rows the journal names, when they are many: at least one row in
 * SCAN_SHARE of the table. That beat looking each up in the id index by ~0.7 s on a first delta of 250,000 people.
 */
const SCAN_SHARE = 8;

const maxRowid = (db: Database.Database, table: string) =>
  valueRead<number | null>(`SELECT max(rowid) FROM "${table}"`).on(db).get() ?? 0;

const JOURNAL_IDS = valueRead<string, [table: string, after: number, upTo: number]>(
  'SELECT record_id FROM change_journal WHERE table_name = ? AND seq > ? AND seq <= ? ORDER BY seq',
);

/** The ids the journal names for a delta, in journal order. */
function journalIds(db: Database.Database, table: string, after: number, upTo: number): string[] {
  // all(), not iterate(): better-sqlite3 steps an iterator at ~1.5x the cost per row.
  return JOURNAL_IDS.on(db).all(table, after, upTo);
}

/**
 * The rows whose id the journal names. Rows a bulk import wrote come in the journal's order, so each is first
 * matched against the next journal id (a string comparison); from the first row that is not, a set of all the
 * ids decides. Hashing every id into a set and looking every row up cost ~0.4 s on a first delta of 250,000 people.
 */
function* only(rows: Iterable<unknown[]>, id: number, journalIds: readonly string[]): Generator<unknown[]> {
  let next = 0;
  let named: Set<string> | null = null;
  for (const row of rows) {
    const rowId = row[id] as string;
    if (named === null) {
      if (journalIds[next] === rowId) {
        next++;
        yield row;
        continue;
      }
      named = new Set(journalIds);
    }
    if (named.has(rowId)) yield row;
  }
}

function* toRecords(table: string, columns: string[], rows: Iterable<unknown[]>): Generator<ExchangeRecord> {
  const at = (name: string) => columns.indexOf(name);
  const [id, office, version, voided, voidedAt, voidedBy, voidReason] = ENVELOPE_COLUMNS.map(at) as number[];
  const fieldColumns = columns.map((name, index) => ({ name, index })).filter((c) => !META.has(c.name));
  for (const row of rows) {
    const fields: Record<string, unknown> = {};
    for (const c of fieldColumns) fields[c.name] = row[c.index];
    yield {
      table,
      id: row[id!] as string,
      officeCode: row[office!] as string,
      rowVersion: row[version!] as number,
      voided: row[voided!] === 1,
      voidedAt: row[voidedAt!] as string | null,
      voidedBy: row[voidedBy!] as string | null,
      voidReason: row[voidReason!] as string | null,
      fields,
    };
  }
}
