// SQL the pairing grids share over their rows `x` (pairings or visits, each with household_id and cadre_id): the
// conditions, all on x itself - the household's place and the search (household number, head or cadre: the
// registry's search by name, pinyin, ID tail, mobile) become IN lists - and the columns of a page's rows joined to
// the household (h), its head (hp), the cadre (c) and the cadre's person (cp).
import type { CoreContext } from '../context';
import { joined, searchParts, type Condition } from '../households/roster/where';
import { rememberedRead } from '../records/countCache';
import { valueRead } from '../records/reads';

export const ROW_JOINS = `JOIN households h ON h.id = x.household_id JOIN people hp ON hp.id = h.head_person_id
  JOIN household_cadres c ON c.id = x.cadre_id JOIN people cp ON cp.id = c.person_id`;

export const HOUSEHOLD_COLUMNS = `x.household_id AS householdId, h.number AS householdNumber, hp.name AS headName,
  hp.id_number AS headIdNumber, h.township, h.village`;

export const CADRE_COLUMNS = 'x.cadre_id AS cadreId, cp.name AS cadreName';

/** The cadre's phone: their own, else their mobile. */
export const CADRE_PHONE = 'coalesce(c.phone, cp.mobile)';

const PEOPLE_FOUND = (person: Condition) =>
  valueRead<string>(`SELECT id FROM people WHERE office_code = ? AND ${person.sql}`);
const HEADED_BY = valueRead<string, [officeCode: string, people: string]>(
  `SELECT h.id FROM households h WHERE h.office_code = ? AND h.head_person_id IN (SELECT value FROM json_each(?))`,
);
const CADRES_WHO_ARE = valueRead<string, [officeCode: string, people: string]>(
  'SELECT id FROM household_cadres WHERE office_code = ? AND person_id IN (SELECT value FROM json_each(?))',
);

/** The rows of x that are a household's or a cadre's, found through x's own indexes of each. */
const ROWS_OF = (table: RowTable, live: boolean) =>
  valueRead<number, [households: string, cadres: string]>(
    `SELECT rowid FROM ${table} WHERE household_id IN (SELECT value FROM json_each(?))${live ? ' AND voided = 0' : ''}
     UNION SELECT rowid FROM ${table} WHERE cadre_id IN (SELECT value FROM json_each(?))${live ? ' AND voided = 0' : ''}`,
  );

export type RowTable = 'household_visits' | 'household_pairings';

/**
 * The household number, the head or the cadre matches the search. The households and cadres it finds are looked up
 * once (the registry's search is a scan of the names at worst), then their rows of x, which the grid's count and
 * page read by rowid; the matches are remembered while the grid pages on (until the database changes).
 */
export function rowSearch(
  ctx: CoreContext,
  table: RowTable,
  query: { search?: string; includeVoided?: boolean },
  officeCode: string,
  masked: boolean,
): Condition | null {
  const parts = searchParts(query.search, officeCode, masked);
  if (!parts) return null;
  const sqlite = ctx.store.sqlite;
  const live = !query.includeVoided;
  const key = ['pairing.rowSearch', table, live, officeCode, masked, query.search].join('\u0000');
  const rows = rememberedRead(sqlite, key, () => {
    const households = new Set(
      valueRead<string>(`SELECT h.id FROM households h WHERE h.office_code = ? AND ${parts.number.sql}`)
        .on(sqlite)
        .all(officeCode, ...parts.number.params),
    );
    let cadres: string[] = [];
    if (parts.person) {
      const people = JSON.stringify(
        PEOPLE_FOUND(parts.person)
          .on(sqlite)
          .all(officeCode, ...parts.person.params),
      );
      for (const id of HEADED_BY.on(sqlite).all(officeCode, people)) households.add(id);
      cadres = CADRES_WHO_ARE.on(sqlite).all(officeCode, people);
    }
    return JSON.stringify(
      ROWS_OF(table, live)
        .on(sqlite)
        .all(JSON.stringify([...households]), JSON.stringify(cadres)),
    );
  });
  return { sql: 'x.rowid IN (SELECT value FROM json_each(?))', params: [rows] };
}

/** The household's township and village. */
export function placeCondition(query: { township?: string; village?: string }, officeCode: string): Condition | null {
  const place: Condition[] = [];
  if (query.township) place.push({ sql: 'h.township = ?', params: [query.township] });
  if (query.village) place.push({ sql: 'h.village = ?', params: [query.village] });
  if (place.length === 0) return null;
  const all = joined(place, ' AND ');
  return {
    sql: `x.household_id IN (SELECT h.id FROM households h WHERE h.office_code = ? AND ${all.sql})`,
    params: [officeCode, ...all.params],
  };
}

/** The conditions every grid of x takes: the office, live rows, the place and the search. */
export function rowConditions(
  ctx: CoreContext,
  table: RowTable,
  query: { includeVoided?: boolean; township?: string; village?: string; search?: string },
  officeCode: string,
  masked: boolean,
): Condition[] {
  const conditions: Condition[] = [{ sql: 'x.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'x.voided = 0', params: [] });
  for (const condition of [placeCondition(query, officeCode), rowSearch(ctx, table, query, officeCode, masked)])
    if (condition) conditions.push(condition);
  return conditions;
}

export { joined, type Condition };
