// Which columns of a travelling table point at another record (column -> table): the drizzle foreign keys, and
// the references a table keeps without one (a lot's document, a household's person). At the city each must
// point at a record of the same sending office; no travelling table is shared between offices.
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';

export type References = Readonly<Record<string, string>>;

export function referencesOf(table: SQLiteTable, without: References = {}): References {
  const found: Record<string, string> = {};
  for (const key of getTableConfig(table).foreignKeys) {
    const reference = key.reference();
    found[reference.columns[0]!.name] = getTableConfig(reference.foreignTable).name;
  }
  return { ...found, ...without };
}
