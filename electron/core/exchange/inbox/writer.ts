// Writes county records into any registered table through the record layer's copier (records/copy.ts), which
// keeps the county's uuid, office code, row_version and void state and journals each change on the city too.
// Copiers are cached per connection and per set of columns (a table's records normally all carry the same).
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '@db/sql';
import { recordCopier, type RecordCopier } from '../../records/copy';
import { ENVELOPE_COLUMNS } from '../../records/meta';
import { rowRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { refuse } from '../format/errors';
import { fieldsToStore } from '../registry';
import type { ExchangeRecord } from '../types';
import { storable } from './record';

export interface StoredVersion {
  rowVersion: number;
  voided: number;
  officeCode: string;
}

export interface TableWriter {
  find(id: string): StoredVersion | undefined;
  /** The stored versions of many records in a few queries (random lookups cost a third as much in sorted batches). */
  findMany(ids: readonly string[]): Map<string, StoredVersion>;
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

interface Shape {
  names: string[];
  fieldNames: string[];
  copy: RecordCopier;
}

function sameNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function createWriter(sqlite: Database.Database, table: string): TableWriter {
  const known = new Set(
    rowRead<{ name: string }, []>(`PRAGMA table_info(${quoteIdentifier(table)})`)
      .on(sqlite)
      .all()
      .map((c) => c.name),
  );
  const find = rowRead<StoredVersion, [id: string]>(
    `SELECT row_version AS rowVersion, voided, office_code AS officeCode FROM ${quoteIdentifier(table)} WHERE id = ?`,
  ).on(sqlite);
  const findBatch = rowRead<StoredVersion & { id: string }, [ids: (string | null)[]]>(
    `SELECT id, row_version AS rowVersion, voided, office_code AS officeCode FROM ${quoteIdentifier(table)}
    WHERE id IN (${IN_LIST})`,
  ).on(sqlite);
  const shapes = new Map<string, Shape>();
  let last: Shape | undefined;

  /** The columns and statements for a record's set of fields: the last record's, when it had the same. */
  function shapeOf(fields: Record<string, unknown>): Shape {
    const names = Object.keys(fields);
    if (last && sameNames(last.names, names)) return last;
    const key = names.join('\u0000');
    let shape = shapes.get(key);
    if (!shape) shapes.set(key, (shape = createShape(names)));
    return (last = shape);
  }

  function createShape(names: string[]): Shape {
    const fieldNames = names.filter((name) => !ENVELOPE_COLUMNS.includes(name));
    for (const name of fieldNames)
      if (!known.has(name)) refuse('PKG_RECORD_INVALID', { table, column: name, problem: 'column' });
    return { names, fieldNames, copy: recordCopier(sqlite, table, [...ENVELOPE_COLUMNS, ...fieldNames]) };
  }

  /** Every column's value in ENVELOPE_COLUMNS then field order, the id's first (as the copier takes them). */
  function valuesOf(record: ExchangeRecord, fields: Record<string, unknown>, fieldNames: string[]): unknown[] {
    const values: unknown[] = [
      record.id,
      record.officeCode,
      record.rowVersion,
      record.voided ? 1 : 0,
      record.voidedAt,
      record.voidedBy,
      record.voidReason,
    ];
    for (const column of fieldNames) {
      const value = storable(fields[column]);
      if (value === undefined) refuse('PKG_RECORD_INVALID', { table, id: record.id, column, problem: 'value' });
      values.push(value);
    }
    return values;
  }

  function findMany(ids: readonly string[]): Map<string, StoredVersion> {
    const found = new Map<string, StoredVersion>();
    for (const batch of inListBatches(ids)) {
      for (const { id, ...stored } of findBatch.all(batch)) found.set(id, stored);
    }
    return found;
  }

  return {
    find: (id) => find.get(id),
    findMany,
    write(record, exists, operation, at) {
      const fields = fieldsToStore(record); // search keys are computed here, not sent
      const shape = shapeOf(fields);
      const values = valuesOf(record, fields, shape.fieldNames);
      shape.copy(values, exists, operation, at);
    },
  };
}
