// Which table a page of the household grid is read from first. Sorted by the head's name, a page is found by walking
// the people's name index (office, pinyin) and keeping the heads of a household the query keeps - cheap while those
// households are many among the people. When they are few, reading them and sorting them by name costs less (a read
// of each head's row). The choice compares the two from the grid's total and the registry's size; both give the same
// order (name, then the person's rowid), so pages read either way fit together.
import type { CoreContext } from '../../context';
import { rememberedCount } from '../../records/countCache';
import { valueRead } from '../../records/reads';
import type { HouseholdPageQuery } from './contract';
import { householdConditions, joined, searchParts, type Condition } from './where';

/** Reading a row costs about this many steps of an index walk. */
const ROW_READ_STEPS = 5;

/**
 * The part of the name index a walk covers: all of the office's people, or - for a pinyin search, whose matches all
 * start with its first letter - that letter's. A search by Chinese name or digits is never walked: its matches may
 * sit together anywhere in the name order (all the 张 among the Z's), and it finds few households anyway. Nor is a
 * search that also names a household by its number (its head may be anywhere in the order).
 */
function walkedRange(ctx: CoreContext, query: HouseholdPageQuery, officeCode: string): Condition | null {
  const search = query.search?.normalize('NFKC').replace(/\s+/g, '').toLowerCase() ?? '';
  if (search === '') return { sql: '1', params: [] };
  if (!/^[a-z][a-z0-9]*$/.test(search)) return null;
  const { number } = searchParts(search, officeCode, true)!;
  const numbered = valueRead<number>(
    `SELECT EXISTS (SELECT 1 FROM households h WHERE h.office_code = ? AND ${number.sql})`,
  ).on(ctx.store.sqlite);
  if (numbered.get(officeCode, ...number.params) === 1) return null;
  const letter = search[0]!;
  return {
    sql: 'p.pinyin_full >= ? AND p.pinyin_full < ?',
    params: [letter, String.fromCharCode(letter.charCodeAt(0) + 1)],
  };
}

/**
 * The range of the name index to walk for the page, or null when reading the households and sorting them costs less.
 * Walking costs a step per person until the page is passed; the households' way, a row read per household kept.
 */
export function headsWalk(
  ctx: CoreContext,
  query: HouseholdPageQuery,
  officeCode: string,
  total: number,
): Condition | null {
  // A head of several households (voided ones shown too) would take one place in the walk.
  if (query.includeVoided || (query.sort?.[0]?.column ?? 'headName') !== 'headName' || total === 0) return null;
  const range = walkedRange(ctx, query, officeCode);
  if (!range) return null;
  const people = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM people p WHERE p.office_code = ? AND ${range.sql}`,
    [officeCode, ...range.params],
  );
  // The household's covering index answers office, voided, attribute and the file and category lists; the place
  // and the search need the rows.
  const readsRows = Boolean(
    query.township || query.village || query.villageGroup || query.search || query.customFilters?.length,
  );
  const walk = (((query.offset + query.limit) * people) / total) * (readsRows ? ROW_READ_STEPS : 1);
  return walk < total * ROW_READ_STEPS ? range : null;
}

/** The page's heads in name order, found by walking the people's name index. */
export function headsPageSql(
  query: HouseholdPageQuery,
  officeCode: string,
  masked: boolean,
  range: Condition,
): Condition {
  const conditions: Condition[] = [{ sql: 'p.office_code = ?', params: [officeCode] }, range];
  const search = searchParts(query.search, officeCode, masked);
  if (search) {
    const byNumber = joined([{ sql: 'h.office_code = ?', params: [officeCode] }, search.number], ' AND ');
    const options: Condition[] = [
      { sql: `p.id IN (SELECT h.head_person_id FROM households h WHERE ${byNumber.sql})`, params: byNumber.params },
    ];
    // `+(...)`: checked on each person walked, never an index of its own (the walk is the name index).
    if (search.person) options.push({ sql: `+(${search.person.sql})`, params: search.person.params });
    const either = joined(options, ' OR ');
    conditions.push({ sql: `(${either.sql})`, params: either.params });
  }
  const household = joined(householdConditions(query, officeCode), ' AND ');
  conditions.push({
    sql: `EXISTS (SELECT 1 FROM households h WHERE h.head_person_id = p.id AND ${household.sql})`,
    params: household.params,
  });
  const where = joined(conditions, ' AND ');
  const dir = query.sort?.[0]?.direction === 'desc' ? 'DESC' : 'ASC';
  return {
    sql: `SELECT p.id FROM people p WHERE ${where.sql} ORDER BY p.pinyin_full ${dir}, p.rowid ${dir} LIMIT ? OFFSET ?`,
    params: [...where.params, query.limit, query.offset],
  };
}
