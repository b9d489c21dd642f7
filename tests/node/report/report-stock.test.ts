// The warehouse's figures in the annual report: a reversal nets against what it reverses on its own date (the
// ledger's and the disclosure's rule, so a closed year stays as it was), opening balances are stock held, not goods
// received; a recipient counts as the household they were in on the issue's date, else as themself.
import { describe, expect, it } from 'vitest';
import { annualReport } from '@core/report/annual';
import { householdOffice } from '../households/household-support';
import { valueOf } from '../volunteers/volunteer-support';
import { reportWarehouse } from './report-warehouse';
import { YEAR } from './report-year';

describe('the warehouse in the annual report', () => {
  it('nets a reversal on its own date and leaves opening balances out of goods received', async () => {
    const office = await householdOffice(4);
    const stock = reportWarehouse(office.as(['warehouse']), office.as(['approver']));
    stock.receive(`${YEAR - 1}-01-05`, 3, { sourceKind: 'opening' });
    const late = stock.receive(`${YEAR - 1}-12-20`, 10);
    stock.reverse(late, `${YEAR}-01-05`); // found wrong in the new year
    const kept = stock.receive(`${YEAR}-03-01`, 6);
    const issued = stock.issueTo(office.people[0]!.id, `${YEAR}-04-01`, kept, 2);
    stock.reverse(issued, `${YEAR}-04-02`);
    stock.issueTo(office.people[0]!.id, `${YEAR}-04-03`, kept, 1);

    const figures = (year: number) => annualReport(office.as(['viewer']), { year }).indicators;
    expect(figures(YEAR - 1)).toMatchObject({
      stockReceivedValueFen: 80_000,
      stockIssuedValueFen: 0,
      stockValueAtYearEnd: 13 * 8000,
    });
    expect(figures(YEAR)).toMatchObject({
      stockReceivedValueFen: (6 - 10) * 8000,
      stockIssuedValueFen: 8000,
      householdsServed: 1,
      stockValueAtYearEnd: (3 + 6 - 1) * 8000,
    });
  });

  it('counts the household a recipient was in on the day of the issue, each household once, others as persons', async () => {
    const office = await householdOffice(6);
    const [headA, mover, headB, alone, undone, leaver] = office.people.map((p) => p.id);
    const first = await office.household(headA!, [mover!, leaver!]);
    const left = first.members.find((m) => m.personId === leaver)!;
    valueOf(
      await office.call('clerk', 'households.members.remove', {
        membershipId: left.membershipId,
        rowVersion: left.rowVersion,
        date: `${YEAR}-02-01`,
        reason: '迁出',
      }),
    );
    const second = await office.household(headB!);
    valueOf(
      await office.call('clerk', 'households.members.move', {
        personId: mover,
        toHouseholdId: second.id,
        relation: 'spouse',
        date: `${YEAR}-06-01`,
        reason: '结婚',
      }),
    );
    const stock = reportWarehouse(office.as(['warehouse']), office.as(['approver']));
    const lot = stock.receive(`${YEAR}-01-10`, 20);
    stock.issueTo(headA!, `${YEAR}-03-01`, lot);
    stock.issueTo(mover!, `${YEAR}-05-31`, lot); // still in the first household
    stock.issueTo(mover!, `${YEAR}-06-01`, lot); // moved that day: the second
    stock.issueTo(headB!, `${YEAR}-07-01`, lot);
    stock.issueTo(alone!, `${YEAR}-07-02`, lot);
    stock.reverse(stock.issueTo(undone!, `${YEAR}-07-03`, lot), `${YEAR}-07-04`);
    stock.issueTo(leaver!, `${YEAR}-08-01`, lot); // left the first household in February: a person of none

    const served = (from: string, to: string) =>
      annualReport(office.as(['viewer']), { from, to }).indicators.householdsServed;
    expect(served(`${YEAR}-01-01`, `${YEAR}-12-31`)).toBe(4);
    expect(served(`${YEAR}-05-31`, `${YEAR}-05-31`)).toBe(1);
    expect(served(`${YEAR}-06-01`, `${YEAR}-06-01`)).toBe(1);
  });
});
