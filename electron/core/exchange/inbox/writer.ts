// Writes county records into any registered table with prepared statements, keeping the county's uuid,
// office code, row_version and void state, and journals each change on the city too. Statements are
// cached per connection and per set of columns (a table's records normally all carry the same columns).
import type Database from 'better-sqlite3';
import { journalStatement } from '../../records/journal';
import { refuse } from '../format/errors';
import { fieldsToStore } from '../registry';
import type { ExchangeRecord } from '../types';
import { storable } from './record';

export interface StoredVersion { rowVersion: number; voided: number; officeCode: string }

const META_COLUMNS = ['id', 'office_code', 'row_version', 'voided', 'voided_at', 'voided_by', 'void_reason'] as const;

export interface TableWriter {
  find(id: string): StoredVersion | undefined;
  /** Inserts or updates the record; throws SQLite's error (e.g. a unique index) for the caller to judge. */
  write(record: ExchangeRecord, exists: boolean, operation: 'insert' | 'update' | 'void', at: string): void;
}

const writers = new WeakMap<Database.Database, Map<string, TableWriter>>();

export function tableWriter(sqlite: Database.Database, table: string): TableWriter {
  let byTable = writers.get(sqlite);
  if (!byTable) writers.set(sqlite, (byTable = new Map()));
  let writer = byTable.get(table);
  if (!writer) byTable.set(table, (writer = createWriter(sqlite, table)));
  return writer;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function createWriter(sqlite: Database.Database, table: string): TableWriter {
  const known = new Set((sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name));
  const find = sqlite.prepare(`SELECT row_version AS rowVersion, voided, office_code AS officeCode FROM ${quote(table)} WHERE id = ?`);
  const journal = journalStatement(sqlite);
  const inserts = new Map<string, Database.Statement>();
  const updates = new Map<string, Database.Statement>();

  function columnsOf(record: ExchangeRecord): string[] {
    const fieldNames = Object.keys(record.fields).filter((name) => !(META_COLUMNS as readonly string[]).includes(name));
    for (const name of fieldNames) if (!known.has(name)) refuse('PKG_RECORD_INVALID', { table, column: name, problem: 'column' });
    return [...META_COLUMNS, ...fieldNames];
  }

  function valuesOf(record: ExchangeRecord, columns: string[]): unknown[] {
    const meta = [record.id, record.officeCode, record.rowVersion, record.voided ? 1 : 0, record.voidedAt, record.voidedBy, record.voidReason];
    const values: unknown[] = meta;
    for (let i = META_COLUMNS.length; i < columns.length; i++) {
      const value = storable(record.fields[columns[i]!]);
      if (value === undefined) refuse('PKG_RECORD_INVALID', { table, id: record.id, column: columns[i], problem: 'value' });
      values.push(value);
    }
    return values;
  }

  function statementFor(cache: Map<string, Database.Statement>, columns: string[], sql: () => string): Database.Statement {
    const key = columns.join('\u0000');
    let statement = cache.get(key);
    if (!statement) cache.set(key, (statement = sqlite.prepare(sql())));
    return statement;
  }

  return {
    find: (id) => find.get(id) as StoredVersion | undefined,
    write(sent, exists, operation, at) {
      const record = { ...sent, fields: fieldsToStore(sent) }; // search keys are computed here, not sent
      const columns = columnsOf(record);
      const values = valuesOf(record, columns);
      if (exists) {
        const set = columns.slice(1);
        statementFor(updates, columns, () => `UPDATE ${quote(table)} SET ${set.map((c) => `${quote(c)} = ?`).join(', ')} WHERE id = ?`)
          .run(...values.slice(1), record.id);
      } else {
        statementFor(inserts, columns, () => `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
          .run(...values);
      }
      journal.run(table, record.id, record.rowVersion, operation, at);
    },
  };
}
