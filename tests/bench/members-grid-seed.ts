// A county's members at the seeds' scale ("会员206,500人（青少年会员165,000人）") for the roster grid's bench, each
// member but the units a person of the registry (the grid sorts and searches by the person's name; members-seed.ts,
// the dashboard's, names none), written through the record layer's inserter: 165,000 youth members in 60 schools
// (60 classes each), 41,000 adult members and 500 units, members since 2010-2024, with the dues of the two years
// before the current one (most paid, so some are about to lapse and some have lapsed) and one custom field (会员等级)
// filled on a third of them.
import { customFields, memberDues, members } from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { syncCustomFieldIndexes } from '../../electron/core/customFields/indexes';
import { textSearchKeys } from '../../electron/core/people/searchKeys';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import { addDays } from '../../rules/dates';
import type { MemberKind } from '../../rules/members';
import { seededRandom } from '../fixtures/people';
import { seedPeople } from '../fixtures/registryPeople';

export const OFFICE = '321302';
export const YOUTH = 165_000;
export const UNITS = 500;
export const MEMBERS = 206_500;
const SCHOOLS = 60;
export const GRADE_FIELD = 'f1';

export const schoolName = (n: number) => `宿城区第${n + 1}实验学校`;
export const className = (n: number) => `${Math.floor(n / 10) + 1}年级(${(n % 10) + 1})班`;

export interface SeededMembers {
  /** The classes as (school, class) of youth member n. */
  classOf(n: number): { school: string; className: string };
  dues: number;
}

/** The members and their dues of `year - 2` and `year - 1`; the card sequence continues after them. */
export function seedMembers(ctx: CoreContext, year: number): SeededMembers {
  const sqlite = ctx.store.sqlite;
  const people = seedPeople(ctx.store, MEMBERS - UNITS, 29, OFFICE);
  const random = seededRandom(31);
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  const classOf = (n: number) => ({
    school: schoolName(n % SCHOOLS),
    className: className(Math.floor(n / SCHOOLS) % 60),
  });
  let dues = 0;
  sqlite.transaction(() => {
    recordInserter(ctx, customFields, OFFICE, [
      'roster',
      'key',
      'labelZh',
      'labelEn',
      'type',
      'choices',
      'required',
      'inGrid',
      'hidden',
      'sortOrder',
    ])(nextId(), {
      roster: 'members',
      key: GRADE_FIELD,
      labelZh: '会员等级',
      labelEn: 'Grade',
      type: 'choice',
      choices: JSON.stringify(['普通', '骨干', '荣誉']),
      required: false,
      inGrid: true,
      hidden: false,
      sortOrder: 1,
    });
    const member = recordInserter(ctx, members, OFFICE, [
      'kind',
      'personId',
      'unitName',
      'headcount',
      'unitPinyinFull',
      'unitPinyinInitials',
      'school',
      'className',
      'cardNumber',
      'joinDate',
      'status',
      'customFields',
    ]);
    const paid = recordInserter(ctx, memberDues, OFFICE, [
      'memberId',
      'year',
      'amountFen',
      'paidDate',
      'receiptNumber',
      'collectedBy',
    ]);
    for (let n = 0; n < MEMBERS; n++) {
      const id = nextId();
      const kind: MemberKind = n < YOUTH ? 'youth' : n < MEMBERS - UNITS ? 'individual' : 'group';
      const unit = kind === 'group' ? `宿城区会员单位${n - (MEMBERS - UNITS) + 1}号` : null;
      const keys = unit ? textSearchKeys(unit) : null;
      const grade = random() < 0.33 ? JSON.stringify({ [GRADE_FIELD]: ['普通', '骨干', '荣誉'][n % 3] }) : null;
      member(id, {
        kind,
        personId: kind === 'group' ? null : people[n]!.id,
        unitName: unit,
        headcount: kind === 'group' ? 50 + (n % 3000) : null,
        unitPinyinFull: keys?.pinyinFull ?? null,
        unitPinyinInitials: keys?.pinyinInitials ?? null,
        ...(kind === 'youth' ? classOf(n) : { school: null, className: null }),
        cardNumber: `${OFFICE}M${String(n + 1).padStart(6, '0')}`,
        joinDate: addDays('2010-01-01', n % 5400),
        status: n % 97 === 0 ? 'withdrawn' : 'active',
        customFields: grade,
      });
      // Youth pay half the time; adults and units mostly, so some are about to lapse and a few have lapsed.
      const chance = kind === 'youth' ? 0.5 : 0.85;
      for (const y of [year - 2, year - 1])
        if (random() < chance) {
          paid(nextId(), {
            memberId: id,
            year: y,
            amountFen: kind === 'youth' ? 500 : kind === 'individual' ? 1_000 : 30_000,
            paidDate: `${y}-06-30`,
            receiptNumber: `${OFFICE}-${y}-${String(n + 1).padStart(6, '0')}`,
            collectedBy: 'bench',
          });
          dues++;
        }
    }
  })();
  sqlite
    .prepare('INSERT INTO member_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)')
    .run(OFFICE, 'card', MEMBERS);
  // The grid field's index, as defining it on the settings page builds it.
  syncCustomFieldIndexes(ctx, 'members');
  sqlite.exec('ANALYZE');
  return { classOf, dues };
}
