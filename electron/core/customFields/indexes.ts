// An index per custom field shown in a roster's grid whose values sort and range (number, date, choice): the
// grid filters and sorts them by json_extract, which otherwise reads every record's JSON twice (the count and
// the page). The index is named after the table and key, built when a field enters the grid and dropped when it
// leaves it or is hidden; the data stays either way. The people import and the city's apply drop and rebuild it
// with the table's other sort indexes (they read sqlite_master).
import { createIndexes } from '@db/indexes';
import { quoteIdentifier } from '@db/sql';
import type { CustomFieldRoster } from '@rules/customFields';
import type { CoreContext } from '../context';
import { customValueSql } from '../people/columnFilters';
import { valueRead } from '../records/reads';

/** The roster's table and the columns its grid sorts after a custom field (so a page is read in index order). */
const INDEXED_ROSTERS: Partial<Record<CustomFieldRoster, { table: string; after: readonly string[] }>> = {
  people: { table: 'people', after: ['pinyin_full', 'voided'] },
  volunteers: { table: 'volunteers', after: [] },
  members: { table: 'members', after: [] },
  households: { table: 'households', after: [] },
};

const KEYS_IN_GRID = valueRead<string, [roster: string]>(
  `SELECT DISTINCT key FROM custom_fields WHERE roster = ? AND voided = 0 AND hidden = 0 AND in_grid = 1
    AND type IN ('number', 'date', 'choice')`,
);
const INDEX_NAMES = valueRead<string, [table: string]>(
  `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`,
);

export function customFieldIndexName(table: string, key: string): string {
  return `cf_${table}_${key}`;
}

/** Builds the indexes the roster's grid fields need and drops those no field needs any more. */
export function syncCustomFieldIndexes(ctx: CoreContext, roster: CustomFieldRoster): void {
  const target = INDEXED_ROSTERS[roster];
  if (!target) return;
  const sqlite = ctx.store.sqlite;
  const wanted = new Map(
    KEYS_IN_GRID.on(sqlite)
      .all(roster)
      .map((key) => [customFieldIndexName(target.table, key), key] as const),
  );
  const prefix = customFieldIndexName(target.table, '');
  const present = INDEX_NAMES.on(sqlite)
    .all(target.table)
    .filter((name) => name.startsWith(prefix));
  for (const name of present) if (!wanted.has(name)) sqlite.exec(`DROP INDEX ${quoteIdentifier(name)}`);
  const missing = [...wanted].filter(([name]) => !present.includes(name));
  createIndexes(
    sqlite,
    missing.map(
      ([name, key]) =>
        `CREATE INDEX ${quoteIdentifier(name)} ON ${quoteIdentifier(target.table)} (${[customValueSql(key), ...target.after].join(', ')})`,
    ),
  );
}
