// A snapshot holds every record its county has. A county record the city holds live but the snapshot lacks
// was lost on the county's side (usually a backup restored over newer work): the city keeps it and lists it
// for review (MISSING_FROM_SNAPSHOT), so the city can ask the county to enter it again. Never applied:
// there is nothing to apply, and the city does not void a county's record on its behalf.
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '@db/sql';
import { ENVELOPE_COLUMNS } from '../../records/meta';
import { rowRead, valueRead } from '../../records/reads';
import type { ExchangeTable } from '../registry';
import { exchangeTables } from '../tables';
import type { ExchangeRecord } from '../types';

const SEEN_ANY = valueRead<number, [table: string]>(
  'SELECT EXISTS (SELECT 1 FROM temp.snapshot_seen WHERE table_name = ?)',
);

export class SnapshotCoverage {
  private readonly insert: Database.Statement;

  /** Call inside the apply's transaction: the ids seen go to a temporary table that ends with it. */
  constructor(private readonly sqlite: Database.Database) {
    sqlite.exec(
      'CREATE TEMP TABLE IF NOT EXISTS snapshot_seen (table_name TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID',
    );
    sqlite.exec('DELETE FROM temp.snapshot_seen');
    this.insert = sqlite.prepare('INSERT OR IGNORE INTO temp.snapshot_seen (table_name, id) VALUES (?, ?)');
  }

  see(record: ExchangeRecord): void {
    this.insert.run(record.table, record.id);
  }

  /**
   * The live records of `officeCode` in every exchanged table that the snapshot did not hold, as records. An opt-in
   * table (registry.ts) of which the snapshot held nothing was not carried: the county keeps it home now.
   */
  missing(officeCode: string): ExchangeRecord[] {
    const carried = (t: ExchangeTable) => !t.optIn || SEEN_ANY.on(this.sqlite).get(t.name) === 1;
    return exchangeTables()
      .filter(carried)
      .flatMap(({ name }) =>
        rowRead<Record<string, unknown>, [officeCode: string, table: string]>(
          `SELECT * FROM ${quoteIdentifier(name)} WHERE office_code = ? AND voided = 0
        AND id NOT IN (SELECT id FROM temp.snapshot_seen WHERE table_name = ?)`,
        )
          .on(this.sqlite)
          .all(officeCode, name)
          .map((row) => asRecord(name, row)),
      );
  }
}

function asRecord(table: string, row: Record<string, unknown>): ExchangeRecord {
  const fields = Object.fromEntries(Object.entries(row).filter(([column]) => !ENVELOPE_COLUMNS.includes(column)));
  return {
    table,
    id: row['id'] as string,
    officeCode: row['office_code'] as string,
    rowVersion: row['row_version'] as number,
    voided: false,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    fields,
  };
}
