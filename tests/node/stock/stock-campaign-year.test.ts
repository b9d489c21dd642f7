// A distribution campaign and households (issue #14): the repeat warning covers the campaign's calendar year - goods
// from any issue to the household or any of its members, a reversed issue not counted, last year not counted - and
// a campaign chooses households by beneficiary category on its date (a household's own membership or a member's,
// narrowed by the household's village), while the public disclosure still counts households without naming them.
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { listCategories } from '@core/households/beneficiaries/categories';
import { addBeneficiary, endBeneficiary } from '@core/households/beneficiaries/memberships';
import { addMember } from '@core/households/members/membership';
import type { HouseholdDetail } from '@core/households/roster/contract';
import { createHousehold } from '@core/households/roster/households';
import { createCampaign } from '@core/stock/campaigns/campaigns';
import { campaignCandidates } from '@core/stock/campaigns/candidates';
import { addCampaignHouseholds } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { reverseDocument } from '@core/stock/reversal';
import { seedPeople, signedInStockOffice, stockOffice, type SeededPerson } from './stock-reports-support';

type Office = ReturnType<typeof stockOffice>;

function household(
  ctx: CoreContext,
  head: SeededPerson,
  members: SeededPerson[],
  place: { township?: string; village?: string } = {},
): HouseholdDetail {
  let detail = createHousehold(ctx, {
    headPersonId: head.id,
    attribute: 'minimumLiving',
    fromDate: '2020-01-01',
    ...place,
  });
  for (const member of members)
    detail = addMember(ctx, { householdId: detail.id, personId: member.id, relation: 'child', fromDate: '2020-01-01' });
  return detail;
}

function stocked(office: Office) {
  const receipt = office.receive('2024-01-10', office.donorA.id, [
    { itemId: office.quilt.id, lotNumber: 'MB-A', quantity: 200, unitValue: 8000 },
  ]);
  const lotId = receipt.lines[0]!.lotId!;
  /** A single issue of one quilt to a household member (the warehouse's 发放 to a person, not a campaign). */
  const issueTo = (person: SeededPerson, date: string) =>
    office.post(
      {
        type: 'issue',
        documentDate: date,
        warehouseId: office.warehouse.id,
        destinationKind: 'household',
        householdPersonId: person.id,
      },
      [{ itemId: office.quilt.id, lotId, quantity: 1 }],
    );
  const campaign = (name: string, date: string) =>
    createCampaign(office.admin, {
      name,
      date,
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
    }).campaign;
  return { issueTo, campaign };
}

describe('a campaign and the households of the year', () => {
  it('warns of goods any issue gave the household or its members in the calendar year', () => {
    const office = stockOffice();
    const people = seedPeople(office.store, 12);
    const [headA, wifeA, sonA, headB, headC, headD] = people;
    household(office.admin, headA!, [wifeA!, sonA!]);
    household(office.admin, headB!, []);
    household(office.admin, headC!, []);
    const { issueTo, campaign } = stocked(office);
    const toWife = issueTo(wifeA!, '2025-03-10');
    issueTo(headB!, '2024-11-01'); // last year: no warning this year
    const mistaken = issueTo(headC!, '2025-04-01');
    const reversal = reverseDocument(office.admin, mistaken.document.id, '发错了户', '2025-04-02');
    approveDocument(office.admin, reversal.document.id);
    postDocument(office.admin, reversal.document.id);

    const winter = campaign('2025年冬季送温暖', '2025-12-20');
    const found = campaignCandidates(office.admin, winter.id, {
      idNumbers: [headA, headB, headC, headD].map((p) => p!.idNumber).join('\n'),
    });
    expect(found.candidates.map((c) => [c.name, c.receivedThisYear])).toEqual([
      [headA!.name, { documentNumber: toWife.document.number, documentDate: '2025-03-10', name: wifeA!.name }],
      [headB!.name, null],
      [headC!.name, null],
      [headD!.name, null],
    ]);
    expect(found.candidates[0]!.householdNumber).toMatch(/^321302H\d{6}$/);
    expect(found.candidates[3]!.householdNumber).toBeNull();

    const added = addCampaignHouseholds(office.admin, winter.id, [headA!.id, headB!.id, headC!.id]);
    expect(added.added).toBe(2);
    expect(added.repeats).toEqual([
      {
        personId: headA!.id,
        name: headA!.name,
        idMasked: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/),
        code: 'HOUSEHOLD_RECEIVED_THIS_YEAR',
        receipt: { documentNumber: toWife.document.number, documentDate: '2025-03-10', name: wifeA!.name },
      },
    ]);
    // Confirmed, the head is listed; the son of the same household is then a repeat of this campaign's list.
    expect(addCampaignHouseholds(office.admin, winter.id, [headA!.id], true).added).toBe(1);
    const son = addCampaignHouseholds(office.admin, winter.id, [sonA!.id]);
    expect(son).toMatchObject({
      added: 0,
      repeats: [{ personId: sonA!.id, code: 'HOUSEHOLD_RECEIVED_THIS_YEAR' }],
    });
    const posted = postCampaign(office.admin, winter.id);

    // Another campaign of the same year warns of this one's goods; one of the next year does not.
    const lateWinter = campaign('2025年岁末慰问', '2025-12-28');
    expect(addCampaignHouseholds(office.admin, lateWinter.id, [headB!.id]).repeats).toEqual([
      expect.objectContaining({
        code: 'HOUSEHOLD_RECEIVED_THIS_YEAR',
        receipt: { documentNumber: posted.documentNumber, documentDate: '2025-12-20', name: headB!.name },
      }),
    ]);
    const spring = campaign('2026年春节慰问', '2026-01-05');
    expect(addCampaignHouseholds(office.admin, spring.id, [headA!.id, headB!.id, headC!.id])).toMatchObject({
      added: 3,
      repeats: [],
    });
  });

  it('chooses households by beneficiary category on its date, narrowed by village; the disclosure names nobody', async () => {
    const office = await signedInStockOffice({ keeper: ['warehouse', 'approver'], viewer: ['viewer'] });
    const people = seedPeople(office.store, 16);
    const [a, b, c, cMember, d, e, loner] = people;
    const inVillage = (village: string) => ({ township: '蔡集镇', village });
    const A = household(office.admin, a!, [], inVillage('张圩村'));
    const B = household(office.admin, b!, [], inVillage('李庄村'));
    household(office.admin, c!, [cMember!], inVillage('李庄村'));
    const D = household(office.admin, d!, [], inVillage('张圩村'));
    const E = household(office.admin, e!, [], inVillage('张圩村'));
    const categories = listCategories(office.admin);
    const id = (name: string) => categories.find((cat) => cat.name === name)!.id;
    const join = (categoryId: string, target: { householdId: string } | { personId: string }, fromDate: string) =>
      addBeneficiary(office.admin, { categoryId, ...target, fromDate }).find((m) => m.categoryId === categoryId)!;
    join(id('低保'), { householdId: A.id }, '2025-01-01');
    join(id('低保'), { householdId: B.id }, '2025-01-01');
    const ended = join(id('低保'), { householdId: D.id }, '2025-01-01');
    endBeneficiary(office.admin, ended.id, ended.rowVersion, '2025-06-01');
    join(id('低保'), { householdId: E.id }, '2026-01-01'); // after the campaign's date
    join(id('残疾'), { personId: cMember!.id }, '2024-05-01');
    join(id('残疾'), { personId: loner!.id }, '2024-05-01');

    const { issueTo, campaign } = stocked(office);
    issueTo(b!, '2025-02-01');
    const winter = campaign('2025年冬季送温暖', '2025-12-20');
    const candidates = async (query: Record<string, string>) => {
      const result = await office.call('keeper', 'stock.campaigns.candidates', { campaignId: winter.id, ...query });
      if (!result.ok) throw new Error(result.error.code);
      return (
        result.value as { candidates: { name: string; householdNumber: string | null; village: string | null }[] }
      ).candidates;
    };
    const minimum = await candidates({ categoryId: id('低保') });
    expect(minimum.map((h) => [h.name, h.householdNumber, h.village]).sort()).toEqual(
      [
        [a!.name, A.number, '张圩村'],
        [b!.name, B.number, '李庄村'],
      ].sort(),
    );
    expect(
      (await candidates({ categoryId: id('低保'), township: '蔡集镇', village: '张圩村' })).map((h) => h.name),
    ).toEqual([a!.name]);
    // A member in the category brings the household, by its head; a person in no household comes alone.
    expect((await candidates({ categoryId: id('残疾') })).map((h) => [h.name, h.householdNumber]).sort()).toEqual(
      [
        [c!.name, expect.stringMatching(/^321302H/)],
        [loner!.name, null],
      ].sort(),
    );

    const added = await office.call('keeper', 'stock.campaigns.addHouseholds', {
      campaignId: winter.id,
      personIds: minimum.map((h) => people.find((p) => p.name === h.name)!.id),
    });
    expect(added.ok && added.value).toMatchObject({ added: 1, repeats: [{ code: 'HOUSEHOLD_RECEIVED_THIS_YEAR' }] });
    postCampaign(office.admin, winter.id);
    const notice = buildDisclosure(office.admin, { from: '2025-01-01', to: '2025-12-31' });
    const published = JSON.stringify(notice);
    for (const person of [a!, b!]) {
      expect(published).not.toContain(person.name);
      expect(published).not.toContain(person.idNumber.slice(-6));
    }
    // Counted by the township each head's registry entry gives: 1 quilt to 户 B in February, then 户 A's (B, a repeat,
    // was not added).
    const toHouseholds = notice.issued.filter((row) => row.kind === 'township');
    expect(toHouseholds.reduce((sum, row) => sum + row.quantity, 0)).toBe(2);
    expect(toHouseholds.every((row) => typeof row.households === 'number')).toBe(true);
  });
});
