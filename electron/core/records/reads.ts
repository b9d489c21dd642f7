// Reads written in SQL (what drizzle's builder cannot say well: CTEs, window functions, the report queries, or a
// read in a hot loop): the row type is declared once, beside the SQL, and every call site takes it from the
// statement (better-sqlite3's Statement<Params, Row>), so no call site casts. A read is prepared once per
// connection; its shape (objects, first column, arrays) is fixed when it is declared, so two reads of the same
// SQL in different shapes never toggle one shared statement. Row types name table columns through the drizzle
// tables (`Pick<typeof table.$inferSelect, ...>` with camelCase aliases in the SQL) where SQLite returns them as
// drizzle types them (a boolean column comes back 0/1, so it is declared as a number).
import type Database from 'better-sqlite3';

type Shape = 'rows' | 'values' | 'tuples';

export interface Read<Row, Params extends unknown[] = unknown[]> {
  readonly sql: string;
  /** This read prepared on the connection: `.get()`, `.all()`, `.iterate()` return `Row`. */
  on(sqlite: Database.Database): Database.Statement<Params, Row>;
  /** Prepared anew, not shared: for an `.iterate()` a caller may hold open while the same read runs again. */
  fresh(sqlite: Database.Database): Database.Statement<Params, Row>;
}

const caches = new WeakMap<Database.Database, Record<Shape, Map<string, Database.Statement>>>();

function prepare(sqlite: Database.Database, sql: string, shape: Shape): Database.Statement {
  const statement = sqlite.prepare(sql);
  if (shape === 'values') statement.pluck();
  if (shape === 'tuples') statement.raw();
  return statement;
}

function prepared(sqlite: Database.Database, sql: string, shape: Shape): Database.Statement {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = { rows: new Map(), values: new Map(), tuples: new Map() }));
  let statement = cache[shape].get(sql);
  if (!statement) cache[shape].set(sql, (statement = prepare(sqlite, sql, shape)));
  return statement;
}

function read<Row, Params extends unknown[]>(sql: string, shape: Shape): Read<Row, Params> {
  // The one place a row type meets the SQL it describes: SQLite cannot tell TypeScript what a query returns.
  return {
    sql,
    on: (sqlite) => prepared(sqlite, sql, shape) as Database.Statement<Params, Row>,
    fresh: (sqlite) => prepare(sqlite, sql, shape) as Database.Statement<Params, Row>,
  };
}

/** A read whose rows are objects keyed by the SQL's column names (alias them camelCase). */
export const rowRead = <Row, Params extends unknown[] = unknown[]>(sql: string) => read<Row, Params>(sql, 'rows');

/** A read of one column: each row is its first column's value (better-sqlite3's pluck). */
export const valueRead = <Value, Params extends unknown[] = unknown[]>(sql: string) =>
  read<Value, Params>(sql, 'values');

/** A read whose rows are arrays of the columns in order (better-sqlite3's raw), for the big report loops. */
export const tupleRead = <Tuple extends unknown[], Params extends unknown[] = unknown[]>(sql: string) =>
  read<Tuple, Params>(sql, 'tuples');
