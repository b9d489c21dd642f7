// The city's grid over several counties: one county's pages by name, a one-character search (whose page walks
// only its pinyin's stretch of the name order), a village filter within a county, and totals remembered
// until the data change. Each page is compared with the same view computed in JavaScript from the stored rows.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PeopleQuery } from '@core/people/contract';
import { listPeople, type PeoplePageQuery } from '@core/people/query';
import { personInsertParams, personInsertStatement } from '@core/people/rows';
import { createPerson } from '@core/people/service';
import { checkPerson } from '@core/people/validate';
import { generatePeople } from '../../fixtures/people';
import { officeBackend } from '../support';

const COUNTIES = ['321302', '321311', '321322'];

interface Stored {
  rowid: number;
  id: string;
  name: string;
  office: string;
  village: string | null;
  pinyin: string;
  voided: number;
}

function cityRegistry() {
  const { store, as } = officeBackend('city', '321300');
  const insert = personInsertStatement(store.sqlite);
  store.sqlite.transaction(() =>
    COUNTIES.forEach((office, c) => {
      // The same generator seed in every county: the same names, townships and villages recur across counties.
      generatePeople(1500, 7 + c).forEach((input, i) => {
        const at = '2026-01-01T00:00:00.000Z';
        insert.run(
          personInsertParams(checkPerson(input).person!, {
            id: randomUUID(),
            officeCode: office,
            createdAt: at,
            updatedAt: at,
            createdBy: 'test',
            updatedBy: 'test',
            rowVersion: 1,
            voided: i % 50 === 0,
            voidedAt: null,
            voidedBy: null,
            voidReason: null,
          }),
        );
      });
    }),
  )();
  const stored = () =>
    store.sqlite
      .prepare(
        `SELECT rowid, id, name, office_code AS office, village, pinyin_full AS pinyin, voided
    FROM people`,
      )
      .all() as Stored[];
  const reviewer = as(['admin'], 'people.list');
  const page = (query: PeopleQuery, offset: number) =>
    listPeople(reviewer, { ...query, offset, limit: 100 } as PeoplePageQuery);
  return { store, as, stored, page };
}

/** The grid's name order: pinyin, then the order rows were written. */
const byName = (a: Stored, b: Stored) => (a.pinyin < b.pinyin ? -1 : a.pinyin > b.pinyin ? 1 : a.rowid - b.rowid);

function expectPages(
  page: (q: PeopleQuery, offset: number) => { rows: { id: string }[]; total: number },
  query: PeopleQuery,
  expected: Stored[],
) {
  const ids = expected.map((p) => p.id);
  for (let offset = 0; offset < Math.max(ids.length, 1); offset += 100) {
    const result = page(query, offset);
    expect(result.total).toBe(ids.length);
    expect(result.rows.map((r) => r.id)).toEqual(ids.slice(offset, offset + 100));
  }
}

describe('the city grid', () => {
  it('pages one county by name, and a one-character search in every county and in one', () => {
    const { stored, page } = cityRegistry();
    const live = stored()
      .filter((p) => p.voided === 0)
      .sort(byName);
    const office = COUNTIES[1]!;
    expectPages(
      page,
      { officeCode: office },
      live.filter((p) => p.office === office),
    );
    // 张 has one reading (its page is bounded by zhang...); 单 and 曾 have several (the plain name range).
    for (const char of ['张', '王', '吕', '单', '曾']) {
      const starting = live.filter((p) => p.name.startsWith(char));
      expect(starting.length).toBeGreaterThan(0);
      expectPages(page, { search: char }, starting);
      expectPages(
        page,
        { search: char, officeCode: office },
        starting.filter((p) => p.office === office),
      );
    }
  });

  it('filters a village within one county', () => {
    const { stored, page } = cityRegistry();
    const live = stored()
      .filter((p) => p.voided === 0)
      .sort(byName);
    const office = COUNTIES[2]!;
    const village = live.find((p) => p.office === office && p.village)!.village!;
    const expected = live.filter((p) => p.office === office && p.village === village);
    expect(live.filter((p) => p.village === village).length).toBeGreaterThan(expected.length); // the same village name in other counties
    expectPages(page, { officeCode: office, village }, expected);
  });

  it('remembers a total until the people change, on this connection or another', () => {
    const { store, as, page } = cityRegistry();
    const office = COUNTIES[0]!;
    const before = page({ officeCode: office }, 0).total;
    expect(page({ officeCode: office }, 100).total).toBe(before);
    createPerson(as(['clerk'], 'people.create'), { name: '张新', idNumber: '321302199001011234', township: '蔡集镇' });
    // The city's own clerk writes under the city's code: the county's total is unchanged, everyone's grows.
    expect(page({}, 0).total).toBe(page({}, 100).total);
    const everyone = page({}, 0).total;
    const other = new (store.sqlite.constructor as typeof import('better-sqlite3'))(store.file);
    other
      .prepare(
        `UPDATE people SET voided = 1 WHERE office_code = ? AND voided = 0 AND rowid = (SELECT min(rowid) FROM people
      WHERE office_code = ? AND voided = 0)`,
      )
      .run(office, office);
    other.close();
    expect(page({ officeCode: office }, 0).total).toBe(before - 1);
    expect(page({}, 0).total).toBe(everyone - 1);
  });
});
