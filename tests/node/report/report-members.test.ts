// The annual report's year-end and during-the-year definitions for members and the registry: a membership is valid
// at the end by the status it had that day and the dues of that year; it lapsed in the year when set to 失效 then or
// when its second unpaid year ended on a 1 January within it; a person counts when entered by the end and not voided
// by it.
import { describe, expect, it } from 'vitest';
import type { MemberRow } from '@core/members/roster/contract';
import { createPerson, voidPerson } from '@core/people/service';
import { annualReport } from '@core/report/annual';
import { generatePeople } from '../../fixtures/people';
import { memberOffice } from '../members/member-support';
import { officeBackend } from '../support';
import { valueOf } from '../volunteers/volunteer-support';
import { YEAR } from './report-year';

const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function membersOffice() {
  const office = await memberOffice(12);
  const ids = office.people.map((p) => p.id);
  const create = async (n: number, kind: string, joinDate: string, paid: number[]) => {
    const fields = kind === 'youth' ? { school: '实验小学', className: '五(1)班' } : {};
    const member = valueOf(
      await office.call<MemberRow>('clerk', 'members.create', { kind, personId: ids[n], joinDate, ...fields }),
    );
    for (const year of paid)
      valueOf(
        await office.call('clerk', 'members.dues.collect', { memberId: member.id, year, paidDate: `${year}-10-01` }),
      );
    return member;
  };
  const setStatus = async (member: MemberRow, status: string, date: string) => {
    const { rowVersion } = valueOf(await office.call<MemberRow>('clerk', 'members.get', { id: member.id }));
    valueOf(
      await office.call('clerk', 'members.setStatus', { id: member.id, rowVersion, status, date, reason: '测试' }),
    );
  };
  const report = (period: { year?: number; from?: string; to?: string }) =>
    annualReport(office.as(['viewer']), period).indicators;
  return { create, setStatus, report };
}

describe('members in the annual report', () => {
  it('counts a membership valid at the end by its status that day and the dues of that year', async () => {
    const { create, setStatus, report } = await membersOffice();
    const leftSince = await create(0, 'individual', `${YEAR - 1}-03-01`, [YEAR - 1, YEAR]);
    await setStatus(leftSince, 'withdrawn', TODAY); // after the year: valid at its end
    await create(1, 'individual', TODAY, []); // joined after the year
    const returned = await create(2, 'individual', `${YEAR - 1}-03-01`, [YEAR - 1, YEAR]);
    await setStatus(returned, 'withdrawn', `${YEAR}-06-01`);
    await setStatus(returned, 'active', `${YEAR}-09-01`);
    await create(3, 'youth', `${YEAR - 5}-09-01`, []); // youth never lapse for dues
    await create(4, 'individual', `${YEAR - 5}-03-01`, []); // lapsed for dues years ago

    expect(report({ year: YEAR })).toMatchObject({ members: 3, youthMembers: 1, groupMembers: 0, membersLapsed: 0 });
    // At the end of June the returned member had withdrawn.
    expect(report({ from: `${YEAR}-01-01`, to: `${YEAR}-06-30` })).toMatchObject({ members: 2, youthMembers: 1 });
  });

  it('counts a membership lapsed in the year it lapsed, by hand or on the 1 January its second unpaid year ended', async () => {
    const { create, setStatus, report } = await membersOffice();
    await create(0, 'individual', `${YEAR - 4}-03-01`, [YEAR - 3]); // YEAR-1 and YEAR-2 unpaid: lapses in YEAR
    await create(1, 'individual', `${YEAR - 4}-03-01`, [YEAR - 4]); // lapsed in YEAR-1 already
    const left = await create(2, 'individual', `${YEAR - 4}-03-01`, [YEAR - 4, YEAR - 3]);
    await setStatus(left, 'withdrawn', `${YEAR - 1}-05-01`); // gone before its dues lapsed
    const byHand = await create(3, 'individual', `${YEAR - 1}-03-01`, [YEAR - 1]);
    await setStatus(byHand, 'lapsed', `${YEAR}-05-01`);
    const later = await create(4, 'individual', `${YEAR - 1}-03-01`, [YEAR - 1]);
    await setStatus(later, 'lapsed', TODAY);

    expect(report({ year: YEAR }).membersLapsed).toBe(2);
    expect(report({ year: YEAR - 1 }).membersLapsed).toBe(1);
    // Within one year no 1 January passes: only the one set to 失效 in the range.
    expect(report({ from: `${YEAR}-02-01`, to: `${YEAR}-12-31` }).membersLapsed).toBe(1);
  });
});

describe('people in the annual report', () => {
  it('counts a person entered by the end and not voided by it', () => {
    const office = officeBackend();
    const at = (date: string) => ({ ...office.as(['clerk']), now: () => new Date(`${date}T02:00:00.000Z`) });
    const [a, b, c, d] = generatePeople(4, 5);
    const enter = (date: string, person: typeof a) => createPerson(at(date), person!, true).person.id;
    enter(`${YEAR}-03-01`, a);
    voidPerson(at(`${YEAR}-07-01`), enter(`${YEAR}-03-01`, b), '重复登记'); // voided in the year
    voidPerson(office.as(['clerk']), enter(`${YEAR}-03-01`, c), '重复登记'); // voided after it
    enter(TODAY, d); // entered after it
    const registered = (year: number) => annualReport(office.as(['viewer']), { year }).indicators.peopleRegistered;
    expect(registered(YEAR)).toBe(2);
    expect(registered(YEAR - 1)).toBe(0);
    expect(registered(Number(TODAY.slice(0, 4)))).toBe(2);
  });

  it('counts the last day of the year in China: entered at 23:30 on 31 December there is in the year', () => {
    const office = officeBackend();
    const [late, early] = generatePeople(2, 9);
    createPerson({ ...office.as(['clerk']), now: () => new Date(`${YEAR}-12-31T15:30:00.000Z`) }, late!, true);
    createPerson({ ...office.as(['clerk']), now: () => new Date(`${YEAR}-12-31T16:30:00.000Z`) }, early!, true);
    expect(annualReport(office.as(['viewer']), { year: YEAR }).indicators.peopleRegistered).toBe(1);
  });
});
