// The content hash (contentHash.ts) of a row a bulk writer inserts, computed from the values it binds instead of
// reading the row back (RETURNING * cost a bulk insert half again its time). That is exact only where SQLite stores
// a value as bound: text in a TEXT column, a whole number or 0/1 in an INTEGER one, null anywhere; a column left
// out holds its default, taken here when it is such a literal. For any other value the hasher answers null and
// the caller hashes the row as stored, as `db check` will.
import type Database from 'better-sqlite3';
import { rowHasher } from './contentHash';
import { rowRead } from './reads';

/** The hash of one row's values (in the column order given), or null where only the stored row can tell. */
export type InsertHasher = (values: readonly unknown[]) => string | null;

/** A column as PRAGMA table_info describes it. */
interface TableColumn {
  name: string;
  type: string;
  defaultText: string | null;
}
const TABLE_INFO = rowRead<TableColumn, [table: string]>(
  'SELECT name, type, dflt_value AS defaultText FROM pragma_table_info(?) ORDER BY cid',
);

type Fits = (value: unknown) => boolean;

// A lone surrogate is stored as U+FFFD. (isWellFormed is ES2024: in Node 20+ and Electron, not yet in our lib.)
const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
const fitsText: Fits = (v) => v === null || (typeof v === 'string' && wellFormed(v));
const fitsInteger: Fits = (v) => v === null || typeof v === 'boolean' || Number.isSafeInteger(v);
const fitsNull: Fits = (v) => v === null;

function fitsOf(type: string): Fits {
  const upper = type.toUpperCase();
  if (upper === 'TEXT') return fitsText;
  if (upper === 'INTEGER') return fitsInteger;
  return fitsNull;
}

/** A default that is a plain literal, as stored; undefined when it is an expression (then no hash from values). */
function defaultValue(column: TableColumn): unknown {
  const text = column.defaultText;
  if (text === null) return null;
  if (/^-?\d{1,15}$/.test(text)) return Number(text);
  if (text.toLowerCase() === 'false') return 0;
  if (text.toLowerCase() === 'true') return 1;
  const quoted = /^'([^']*)'$/.exec(text);
  return quoted ? quoted[1] : undefined;
}

function createHasher(sqlite: Database.Database, table: string, columns: readonly string[]): InsertHasher {
  const info = TABLE_INFO.on(sqlite).all(table);
  const byName = new Map(info.map((column) => [column.name, column]));
  if (columns.some((name) => !byName.has(name))) return () => null;
  const missing = info.filter((column) => !columns.includes(column.name));
  const defaults = missing.map(defaultValue);
  if (defaults.some((value, at) => value === undefined || !fitsOf(missing[at]!.type)(value))) return () => null;
  const fits = columns.map((name) => fitsOf(byName.get(name)!.type));
  // The bound values first, then the defaults of the columns left out: every column of the table, as stored.
  const hash = rowHasher([...columns, ...missing.map((column) => column.name)]);
  return (values) => {
    for (let at = 0; at < fits.length; at++) if (!fits[at]!(values[at])) return null;
    return hash(missing.length === 0 ? values : [...values, ...defaults]);
  };
}

const hashers = new WeakMap<Database.Database, Map<string, InsertHasher>>();

/** The hasher for inserts into `table` naming these columns, made once per database and column list. */
export function insertHasher(sqlite: Database.Database, table: string, columns: readonly string[]): InsertHasher {
  let byShape = hashers.get(sqlite);
  if (!byShape) hashers.set(sqlite, (byShape = new Map()));
  const key = `${table}\u0000${columns.join('\u0000')}`;
  let hasher = byShape.get(key);
  if (!hasher) byShape.set(key, (hasher = createHasher(sqlite, table, columns)));
  return hasher;
}
