// The grid's queries: search by pinyin, ID tail, mobile and name; filters; sort in pinyin order; paging; facets.
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '@core/people/contract';
import { prefixUpperBound } from '@core/people/keyRange';
import { listPeople, peopleFacets, peoplePageSql, peopleWhere, type PeoplePageQuery } from '@core/people/query';
import { createPerson, voidPerson } from '@core/people/service';
import type { Role } from '@rules/roles';
import { generatePeople } from '../../fixtures/people';
import { officeBackend } from '../support';

const PEOPLE: PersonInput[] = [
  { name: '张三', idNumber: '321302199001011234', mobile: '13812345678', township: '蔡集镇', village: '张圩村' },
  { name: '李四', idNumber: '32131119700101001X', mobile: '13900001111', township: '蔡集镇', village: '王庄村' },
  { name: '王五', idNumber: '321302198506150024', mobile: '15012340000', township: '耿车镇', village: '红旗村' },
  { name: '曾小芳', idNumber: '321302200002290015', township: '耿车镇' },
  { name: '单田芳', idNumber: '320802199001011230', township: '王官集镇' },
  { name: '赵敏', idNumber: '321302199001016000', mobile: '18800001234', township: '王官集镇' },
];

function registry() {
  const { as } = officeBackend();
  const clerk = as(['clerk'], 'people.create');
  const ids = new Map(PEOPLE.map((p) => [p.name, createPerson(clerk, p).person.id]));
  const list = (query: Partial<PeoplePageQuery>, roles: Role[] = ['viewer']) =>
    listPeople(as(roles, 'people.list'), { offset: 0, limit: 100, ...query });
  const names = (query: Partial<PeoplePageQuery>, roles?: Role[]) => list(query, roles).rows.map((r) => r.name);
  return { clerk, ids, list, names, as };
}

describe('listPeople', () => {
  it('sorts by name in pinyin order, both ways, and masks every ID', () => {
    const { list, names } = registry();
    expect(names({})).toEqual(['李四', '单田芳', '王五', '曾小芳', '张三', '赵敏']);
    expect(names({ sort: [{ column: 'name', direction: 'desc' }] })).toEqual([
      '赵敏',
      '张三',
      '曾小芳',
      '王五',
      '单田芳',
      '李四',
    ]);
    const page = list({});
    expect(page.total).toBe(6);
    expect(page.rows.every((r) => r.idMasked && /^\d{6}\*{8}[\dX]{4}$/.test(r.idNumber))).toBe(true);
  });

  it.each([
    ['pinyin initials', 'zs', ['张三']],
    ['pinyin initials, upper case', 'ZS', ['张三']],
    ['the start of the full pinyin', 'zhang', ['张三']],
    ['a surname read as a surname (单 shan)', 'shan', ['单田芳']],
    ['a surname read as a surname (曾 zeng)', 'zengx', ['曾小芳']],
    ['the tail of the ID number', '1234', ['张三']],
    ['an ID tail ending in x', '001x', ['李四']],
    ['the start of a mobile', '139', ['李四']],
    ['digits matching a mobile start and an ID tail', '15', ['王五', '曾小芳']],
    ['a Han surname', '王', ['王五']],
    ['a given name inside the name', '小芳', ['曾小芳']],
    ['a full-width query', 'ｚｓ', ['张三']],
    ['glob characters taken literally', '张*', []],
  ])('searches by %s', (_label, search, expected) => {
    const { names, list } = registry();
    expect(names({ search })).toEqual(expected);
    expect(list({ search }).total).toBe(expected.length);
  });

  it('filters by township, village and gender, and sorts by township then name', () => {
    const { names } = registry();
    expect(names({ township: '蔡集镇' })).toEqual(['李四', '张三']);
    expect(names({ township: '蔡集镇', village: '张圩村' })).toEqual(['张三']);
    expect(names({ gender: 'F' })).toEqual(['王五', '赵敏']);
    // Townships sort by their text (an index walk); within one township by name.
    expect(names({ sort: [{ column: 'township', direction: 'asc' }] })).toEqual([
      '单田芳',
      '赵敏',
      '王五',
      '曾小芳',
      '李四',
      '张三',
    ]);
    // Equal birth dates keep the order of entry (a sort only for users who may reveal ID numbers).
    expect(names({ sort: [{ column: 'birthDate', direction: 'asc' }] }, ['clerk'])).toEqual([
      '李四',
      '王五',
      '张三',
      '单田芳',
      '赵敏',
      '曾小芳',
    ]);
  });

  it('hides voided people unless asked', () => {
    const { clerk, ids, names, list } = registry();
    voidPerson(clerk, ids.get('张三')!, '重复录入');
    expect(names({ search: 'zs' })).toEqual([]);
    expect(list({ includeVoided: true, search: 'zs' }).rows).toMatchObject([{ name: '张三', voided: true }]);
    expect(list({}).total).toBe(5);
  });

  it('pages through many people in a stable order with the same total', () => {
    const { as } = officeBackend();
    const clerk = as(['clerk'], 'people.create');
    // Same names for many people: the tie-break keeps pages from overlapping.
    for (const [i, p] of generatePeople(120, 3).entries()) createPerson(clerk, { ...p, name: i % 2 ? '王伟' : '张伟' });
    const page = (offset: number) =>
      listPeople(as(['viewer']), { offset, limit: 50, sort: [{ column: 'name', direction: 'asc' }] });
    const pages = [page(0), page(50), page(100)];
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(pages.every((p) => p.total === 120)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(120);
    expect(pages[0]!.rows[0]!.name).toBe('王伟');
  });
});

describe('query plans', () => {
  it.each<[string, Partial<PeoplePageQuery>]>([
    ['first page', {}],
    ['name descending, deep', { offset: 5000, sort: [{ column: 'name', direction: 'desc' }] }],
    ['township', { township: '蔡集镇' }],
    ['village', { township: '蔡集镇', village: '张圩村' }],
    ['pinyin search', { search: 'zs' }],
    ['ID tail or mobile', { search: '1234' }],
    ['Han prefix', { search: '王' }],
    ['Han substring', { search: '小芳' }],
    ['township sort', { sort: [{ column: 'township', direction: 'asc' }] }],
    ['updated sort', { sort: [{ column: 'updatedAt', direction: 'desc' }] }],
    ['mobile sort', { sort: [{ column: 'mobile', direction: 'asc' }] }],
    ['voided included', { includeVoided: true }],
  ])('reads %s through an index, page and count', (_label, query) => {
    const { store } = officeBackend();
    const page = peoplePageSql({ offset: 0, limit: 100, ...query });
    const where = peopleWhere(query);
    const plans = [
      [page.sql, page.params],
      [`SELECT count(*) FROM people ${where.sql}`, where.params],
    ] as const;
    for (const [sql, params] of plans) {
      const steps = store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      expect(
        steps.filter((s) => /^SCAN people$/.test(s.detail)),
        sql,
      ).toEqual([]);
    }
  });
});

describe('peopleFacets', () => {
  it('lists townships and villages in use in pinyin order, villages of one township when given', () => {
    const { as } = registry();
    const ctx = as(['viewer']);
    expect(peopleFacets(ctx)).toEqual({
      townships: ['蔡集镇', '耿车镇', '王官集镇'],
      villages: ['红旗村', '王庄村', '张圩村'],
    });
    expect(peopleFacets(ctx, '蔡集镇').villages).toEqual(['王庄村', '张圩村']);
  });
});

describe('prefixUpperBound', () => {
  it('is the next string after every string with the prefix', () => {
    expect(prefixUpperBound('zs')).toBe('zt');
    expect(prefixUpperBound('129')).toBe('12:');
    expect(prefixUpperBound('王')).toBe(String.fromCodePoint('王'.codePointAt(0)! + 1));
  });
});
