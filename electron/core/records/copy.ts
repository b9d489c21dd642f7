// Writing records exactly as another office stored them (the city applying a county's package): every column
// is given, the record columns included, so the row keeps the county's id, office, row_version and void state,
// and the journal row carries that row_version and the content hash of the values written (they are the whole
// stored row). Statements are made once per set of columns. The journal rows go in the connection's journal
// batch when the caller opened one (journal.ts, batchJournalRows).
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '@db/sql';
import { rowHasher } from './contentHash';
import { journalRow, type ChangeOperation } from './journal';

/** Writes one record's values (in the columns' order, `id` first); an update when it `exists`. Throws SQLite's errors. */
export type RecordCopier = (
  values: readonly unknown[],
  exists: boolean,
  operation: ChangeOperation,
  at: string,
) => void;

export function recordCopier(sqlite: Database.Database, table: string, columns: readonly string[]): RecordCopier {
  if (columns[0] !== 'id') throw new Error('recordCopier: the id comes first');
  const versionAt = columns.indexOf('row_version');
  const quoted = columns.map(quoteIdentifier);
  const insert = sqlite.prepare(
    `INSERT INTO ${quoteIdentifier(table)} (${quoted.join(', ')}) VALUES (${quoted.map(() => '?').join(', ')})`,
  );
  const update = sqlite.prepare(
    `UPDATE ${quoteIdentifier(table)} SET ${quoted
      .slice(1)
      .map((c) => `${c} = ?`)
      .join(', ')} WHERE id = ?`,
  );
  const hash = rowHasher(columns);
  return (values, exists, operation, at) => {
    const id = values[0] as string;
    if (exists) update.run(values.slice(1), id);
    else insert.run(values);
    journalRow(sqlite, table, id, values[versionAt] as number, operation, at, hash(values));
  };
}
