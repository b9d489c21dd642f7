// One city's poor population at the seeds' scale (574,700 people, "57.47万人"), as 170,000 households of one office:
// people written straight into the registry (the bulk path the people import uses), households, memberships,
// poverty files and beneficiary memberships through the record layer's inserter, the secondary
// indexes dropped while loading and built once after. For the household benches and, later, pairing and visits.
import { createIndexes, dropIndexes, secondaryIndexes } from '../../db/indexes';
import {
  beneficiaryCategories,
  beneficiaryMemberships,
  householdMembers,
  households,
  povertyFiles,
} from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { personInsertParams, personInsertStatement } from '../../electron/core/people/rows';
import { checkPerson, type NormalizedPerson } from '../../electron/core/people/validate';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import {
  DEFAULT_BENEFICIARY_CATEGORIES,
  formatHouseholdNumber,
  HOUSEHOLD_ATTRIBUTES,
  LABOUR_STATUSES,
  MONITORING_CATEGORIES,
  POVERTY_CAUSES,
  type HouseholdRelation,
} from '../../rules/households';
import { generatePeople } from '../fixtures/people';

export const OFFICE = '321302';
export const HOUSEHOLDS = 170_000;
export const PEOPLE = 574_700;

export type SeededPerson = NormalizedPerson & { id: string };

export interface SeededHouseholds {
  /** The households' ids, in number order ({office}H000001 ...). */
  householdIds: string[];
  /** Each household's head. */
  heads: SeededPerson[];
  categoryIds: string[];
}

/** Household n's size: 3, or 4 for 647 of every 1,700, so 170,000 households hold 574,700 people. */
const sizeOf = (n: number) => (n % 1700 < 647 ? 4 : 3);
const RELATIONS: HouseholdRelation[] = ['self', 'spouse', 'child', 'child'];

/** Loads `table` with its secondary indexes dropped, then builds them once. */
function withoutIndexes(ctx: CoreContext, tables: readonly string[], load: () => void): void {
  const sqlite = ctx.store.sqlite;
  const indexes = tables.flatMap((table) => secondaryIndexes(sqlite, table, []));
  dropIndexes(sqlite, indexes);
  load();
  createIndexes(
    sqlite,
    indexes.map((index) => index.sql),
  );
}

/** The registry's people, checked as entry checks them (search keys included). */
export function seedPeopleFast(ctx: CoreContext, count: number, seed: number, office = OFFICE): SeededPerson[] {
  const today = new Date();
  const nextId = sequentialUuids(Date.now() - 2 * 86_400_000);
  const people = generatePeople(count, seed).map((p) => ({ ...checkPerson(p, today).person!, id: nextId() }));
  const insert = personInsertStatement(ctx.store.sqlite);
  const at = new Date().toISOString();
  const meta = { officeCode: office, createdAt: at, updatedAt: at, createdBy: 'seed', updatedBy: 'seed' };
  const record = { ...meta, rowVersion: 1, voided: false, voidedAt: null, voidedBy: null, voidReason: null };
  ctx.store.sqlite.transaction(() =>
    withoutIndexes(ctx, ['people'], () => {
      for (const person of people) insert.run(personInsertParams(person, { ...record, id: person.id }));
    }),
  )();
  return people;
}

export function seedHouseholds(
  ctx: CoreContext,
  count = HOUSEHOLDS,
  peopleCount = PEOPLE,
  office = OFFICE,
): SeededHouseholds {
  const people = seedPeopleFast(ctx, peopleCount, 57, office);
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  const householdIds: string[] = [];
  const heads: SeededPerson[] = [];
  const categoryIds: string[] = [];
  ctx.store.sqlite.transaction(() => {
    const category = recordInserter(ctx, beneficiaryCategories, office, ['name', 'sortOrder']);
    DEFAULT_BENEFICIARY_CATEGORIES.forEach((name, n) => {
      categoryIds.push(nextId());
      category(categoryIds[n]!, { name, sortOrder: (n + 1) * 10 });
    });
    const tables = ['households', 'household_members', 'poverty_files'];
    withoutIndexes(ctx, [...tables, 'beneficiary_memberships'], () => {
      const household = recordInserter(ctx, households, office, [
        'number',
        'headPersonId',
        'attribute',
        'township',
        'village',
        'villageGroup',
      ]);
      const member = recordInserter(ctx, householdMembers, office, [
        'householdId',
        'personId',
        'relation',
        'fromDate',
        'labour',
        'health',
      ]);
      const file = recordInserter(ctx, povertyFiles, office, [
        'householdId',
        'mainCause',
        'status',
        'monitoringCategory',
        'identifiedDate',
      ]);
      const beneficiary = recordInserter(ctx, beneficiaryMemberships, office, [
        'categoryId',
        'householdId',
        'fromDate',
      ]);
      let at = 0;
      for (let n = 0; n < count && at < people.length; n++) {
        const id = nextId();
        const head = people[at]!;
        householdIds.push(id);
        heads.push(head);
        household(id, {
          number: formatHouseholdNumber(office, n + 1),
          headPersonId: head.id,
          attribute: HOUSEHOLD_ATTRIBUTES[n % 10 < 7 ? 0 : n % 10 < 9 ? 1 : 2]!,
          township: head.township,
          village: head.village,
          villageGroup: `${(n % 8) + 1}组`,
        });
        const size = Math.min(sizeOf(n), people.length - at);
        for (let k = 0; k < size; k++) {
          const person = people[at + k]!;
          member(nextId(), {
            householdId: id,
            personId: person.id,
            relation: RELATIONS[k]!,
            fromDate: '2016-01-01',
            labour: LABOUR_STATUSES[(at + k) % LABOUR_STATUSES.length]!,
            health: (at + k) % 30 === 0 ? 'seriousIllness' : 'healthy',
          });
        }
        at += size;
        const status = n % 10 < 6 ? 'exited' : n % 10 < 9 ? 'assisted' : 'monitored';
        file(nextId(), {
          householdId: id,
          mainCause: POVERTY_CAUSES[n % POVERTY_CAUSES.length]!,
          status,
          monitoringCategory: status === 'monitored' ? MONITORING_CATEGORIES[n % 3]! : null,
          identifiedDate: '2015-10-01',
        });
        if (n % 5 === 0)
          beneficiary(nextId(), { categoryId: categoryIds[n % 7]!, householdId: id, fromDate: '2020-01-01' });
      }
    });
    ctx.store.sqlite
      .prepare('INSERT INTO household_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)')
      .run(office, 'household', householdIds.length);
  })();
  ctx.store.sqlite.exec('ANALYZE');
  return { householdIds, heads, categoryIds };
}
