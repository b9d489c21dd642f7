// A page of names starting with one character, sorted by name: at a city's million people the 张 are tens of
// thousands, and sorting them all for every page of 100 costs ~250 ms. A character with one reading bounds the
// pinyin those names start with (张 -> zhang...), so the page walks only that stretch of the name-order index.
// Only the page gets the bound: the count (and an export) keep the plain name range, which its index answers alone.
import type { PeopleQuery } from './contract';
import { prefixUpperBound } from './keyRange';
import { readingOf } from './searchKeys';

interface Condition {
  sql: string;
  params: unknown[];
}

/** The single Han character searched for when the page is sorted by name, else null. */
function searchedCharacter(query: PeopleQuery): string | null {
  const byName = !query.sort?.length || query.sort[0]!.column === 'name';
  const text = query.search?.normalize('NFKC').trim() ?? '';
  const chars = [...text];
  return byName && chars.length === 1 && !/^[0-9a-z]$/i.test(text) ? chars[0]! : null;
}

/** `where` (a WHERE clause or '') with the pinyin bound added when it applies. */
export function withPageNarrowing(where: Condition, query: PeopleQuery): Condition {
  const char = searchedCharacter(query);
  const reading = char === null ? null : readingOf(char);
  if (reading === null) return where;
  const bound = `pinyin_full >= ? AND pinyin_full < ?`;
  return {
    sql: where.sql ? `${where.sql} AND ${bound}` : `WHERE ${bound}`,
    params: [...where.params, reading, prefixUpperBound(reading)],
  };
}
