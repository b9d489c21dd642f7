// The roster's pages in name order: a wide view walks the people by their pinyin and merges the units in, a narrow
// one is sorted whole; either way every page is the slice of the one order (the export's), ascending and
// descending, with a filter or a pinyin search (a unit's card number among what it finds), and units among the
// people where their names fall.
import { describe, expect, it } from 'vitest';
import type { MemberPageQuery, MemberQuery } from '@core/members/roster/contract';
import { listMembers, membersInOrder } from '@core/members/roster/query';
import { textSearchKeys } from '@core/people/searchKeys';
import { recordInserter } from '@core/records/bulk';
import { sequentialUuids } from '@core/records/ids';
import { members } from '@db/schema';
import { seedPeople } from '../../fixtures/registryPeople';
import { officeBackend } from '../support';

function rosterOf(people: number, units: readonly string[]) {
  const office = officeBackend();
  const ctx = office.as(['clerk']);
  const seeded = seedPeople(office.store, people, 5);
  const nextId = sequentialUuids(Date.now());
  office.store.sqlite.transaction(() => {
    const insert = recordInserter(ctx, members, '321302', [
      'kind',
      'personId',
      'unitName',
      'headcount',
      'unitPinyinFull',
      'unitPinyinInitials',
      'cardNumber',
      'joinDate',
      'status',
    ]);
    seeded.forEach((person, n) =>
      insert(nextId(), {
        kind: n % 3 === 0 ? 'individual' : 'youth',
        personId: person.id,
        cardNumber: `C${n}`,
        joinDate: '2024-01-01',
        status: 'active',
      }),
    );
    units.forEach((unit, n) => {
      const keys = textSearchKeys(unit);
      insert(nextId(), {
        kind: 'group',
        unitName: unit,
        headcount: 10,
        unitPinyinFull: keys.pinyinFull,
        unitPinyinInitials: keys.pinyinInitials,
        cardNumber: n === 0 ? 'ZH' : `U${n}`,
        joinDate: '2024-01-01',
        status: 'active',
      });
    });
  })();
  return ctx;
}

describe('the roster in name order', () => {
  it('pages a wide view as slices of the one order, units merged where their names fall', () => {
    const ctx = rosterOf(600, ['安达机械厂', '宿城区第一中学', '张家港银行', '中心医院', '阿里商行']);
    const cardHolder = [...membersInOrder(ctx, {})].find((m) => m.cardNumber === 'ZH')?.id;
    expect(cardHolder).toBeDefined();
    const views: MemberQuery[] = [
      {},
      { sort: [{ column: 'name', direction: 'desc' }] },
      { kind: 'youth' },
      { search: 'z' },
      { search: 'zh' },
      { search: 'zh', sort: [{ column: 'name', direction: 'desc' }] },
      { search: 'zh', kind: 'youth' },
    ];
    for (const view of views) {
      const whole = [...membersInOrder(ctx, view)].map((m) => m.id);
      expect(whole.length).toBeGreaterThan(20);
      if (view.search === 'zh' && !view.kind) expect(whole).toContain(cardHolder);
      for (const offset of [0, 7, 60, whole.length - 15]) {
        const page = listMembers(ctx, { ...view, offset, limit: 25 } as MemberPageQuery);
        expect(page.total).toBe(whole.length);
        expect(page.rows.map((m) => m.id)).toEqual(whole.slice(offset, offset + 25));
      }
    }
    const names = listMembers(ctx, { offset: 0, limit: 1000 }).rows.map((m) => m.name);
    expect(names.indexOf('安达机械厂')).toBeLessThan(names.indexOf('中心医院'));
    expect(
      names.filter((n) => n.endsWith('厂') || n.endsWith('行') || n.endsWith('院') || n.endsWith('学')),
    ).toHaveLength(5);
  });
});
