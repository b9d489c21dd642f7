// The change journal: one row per change to a business record, written in the same transaction
// as the change. Generic over tables; upward packages are built from it.
import type Database from 'better-sqlite3';

export type ChangeOperation = 'insert' | 'update' | 'void';

export function journalStatement(sqlite: Database.Database) {
  return sqlite.prepare('INSERT INTO change_journal (table_name, record_id, row_version, operation, changed_at) VALUES (?, ?, ?, ?, ?)');
}

export function writeJournal(sqlite: Database.Database, tableName: string, recordId: string, rowVersion: number, operation: ChangeOperation, at: string): void {
  journalStatement(sqlite).run(tableName, recordId, rowVersion, operation, at);
}
