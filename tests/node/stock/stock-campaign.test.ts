// Distribution campaigns: households from the registry (filter or pasted ID numbers), the repeat warning,
// posting 500 households as ONE issue with FEFO lots in one transaction, and the sign-off sheet's masked IDs.
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { createCampaign, updateCampaign, voidCampaign } from '@core/stock/campaigns/campaigns';
import { campaignCandidates } from '@core/stock/campaigns/candidates';
import { addCampaignHouseholds, removeCampaignHousehold } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import { campaignDetail } from '@core/stock/campaigns/read';
import { signOffSheet } from '@core/stock/campaigns/signoff';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { reverseDocument } from '@core/stock/reversal';
import { seedPeople, stockOffice } from './stock-reports-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const daysFromNow = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

function stocked(quilts: number, riceLots: [string, string, number][]) {
  const office = stockOffice();
  office.receive(daysFromNow(-30), office.donorA.id, [
    { itemId: office.quilt.id, lotNumber: 'MB-A', quantity: quilts, unitValue: 8000 },
  ]);
  if (riceLots.length > 0) {
    office.receive(
      daysFromNow(-30),
      office.donorB.id,
      riceLots.map(([lotNumber, expiryDate, quantity]) => ({
        itemId: office.rice.id,
        lotNumber,
        expiryDate,
        quantity,
      })),
    );
  }
  return office;
}

const movementCount = (office: ReturnType<typeof stockOffice>) =>
  office.store.sqlite.prepare('SELECT count(*) FROM stock_movements').pluck().get();

describe('distribution campaigns', () => {
  it('posts 500 households as one issue, FEFO lots, and marks them served', () => {
    // The oldest rice lot expired last week: never proposed. R-1 expires first among the good ones.
    const office = stocked(600, [
      ['R-OLD', daysFromNow(-7), 100],
      ['R-2', daysFromNow(200), 400],
      ['R-1', daysFromNow(60), 300],
    ]);
    const people = seedPeople(office.store, 520);
    const campaign = createCampaign(office.admin, {
      name: '2026年博爱送万家',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [
        { itemId: office.quilt.id, quantityPerHousehold: 1 },
        { itemId: office.rice.id, quantityPerHousehold: 1 },
      ],
    });
    const added = addCampaignHouseholds(
      office.admin,
      campaign.campaign.id,
      people.slice(0, 500).map((p) => p.id),
    );
    expect(added).toMatchObject({ added: 500, repeats: [] });

    const started = performance.now();
    const posted = postCampaign(office.admin, campaign.campaign.id);
    const ms = performance.now() - started;
    console.log(`posting a 500-household campaign (2 items, lots split): ${ms.toFixed(0)} ms`);
    expect(posted).toMatchObject({ households: 500, lines: 1000 });
    expect(posted.detail.campaign).toMatchObject({
      households: 500,
      issued: 500,
      waiting: 0,
      documents: [{ id: posted.documentId, number: posted.documentNumber }],
    });

    const docs = office.store.sqlite
      .prepare(`SELECT type, status, campaign_id, destination_kind FROM stock_documents WHERE campaign_id = ?`)
      .all(campaign.campaign.id);
    expect(docs).toEqual([
      { type: 'issue', status: 'posted', campaign_id: campaign.campaign.id, destination_kind: 'household' },
    ]);
    const perHousehold = office.store.sqlite
      .prepare(`SELECT count(DISTINCT household_person_id) AS households, sum(quantity) AS quantity
      FROM stock_document_lines WHERE document_id = ? AND item_id = ?`);
    expect(perHousehold.get(posted.documentId, office.rice.id)).toEqual({ households: 500, quantity: 500 });
    expect(perHousehold.get(posted.documentId, office.quilt.id)).toEqual({ households: 500, quantity: 500 });
    const rice = Object.fromEntries(
      onHand(office.admin, { itemId: office.rice.id }).map((r) => [r.lotNumber, r.quantity]),
    );
    expect(rice).toEqual({ 'R-OLD': 100, 'R-2': 200 }); // R-1 (300) drawn first, then 200 of R-2; the expired lot untouched
    expect(onHand(office.admin, { itemId: office.quilt.id }).map((r) => r.quantity)).toEqual([100]);
    // One household's goods came from two lots: it has a line for each.
    const split = office.store.sqlite
      .prepare(
        `SELECT household_person_id FROM stock_document_lines WHERE document_id = ? AND item_id = ?
      GROUP BY household_person_id HAVING count(*) > 1`,
      )
      .all(posted.documentId, office.rice.id);
    expect(split).toEqual([]);
  });

  it('warns when a household is listed or served already, and adds it again only when confirmed', () => {
    const office = stocked(50, [['R-1', daysFromNow(90), 50]]);
    const people = seedPeople(office.store, 30);
    const { campaign } = createCampaign(office.admin, {
      name: '冬季送温暖',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 2 }],
    });
    addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.slice(0, 10).map((p) => p.id),
    );
    const listedAgain = addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.slice(8, 12).map((p) => p.id),
    );
    expect(listedAgain.added).toBe(2);
    expect(listedAgain.repeats.map((r) => [r.personId, r.code])).toEqual([
      [people[8]!.id, 'HOUSEHOLD_ALREADY_LISTED'],
      [people[9]!.id, 'HOUSEHOLD_ALREADY_LISTED'],
    ]);
    expect(listedAgain.repeats[0]!.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    postCampaign(office.admin, campaign.id);

    const servedAgain = addCampaignHouseholds(office.admin, campaign.id, [people[0]!.id, people[20]!.id]);
    expect(servedAgain).toMatchObject({
      added: 1,
      repeats: [{ personId: people[0]!.id, code: 'HOUSEHOLD_ALREADY_RECEIVED' }],
    });
    const candidates = campaignCandidates(office.admin, campaign.id, {
      idNumbers: `${people[0]!.idNumber}\n${people[25]!.idNumber}`,
    });
    expect(candidates.candidates.map((c) => [c.personId, c.received, c.listed])).toEqual([
      [people[0]!.id, true, false],
      [people[25]!.id, false, false],
    ]);
    const confirmed = addCampaignHouseholds(office.admin, campaign.id, [people[0]!.id], true);
    expect(confirmed.added).toBe(1);
    expect(confirmed.detail.households.filter((h) => h.personId === people[0]!.id).map((h) => h.repeated)).toEqual([
      false,
      true,
    ]);
    const second = postCampaign(office.admin, campaign.id);
    expect(second.households).toBe(2);
    expect(second.detail.campaign.documents).toHaveLength(2);
  });

  it('chooses households by township and village, or from pasted ID numbers with each bad line reported', () => {
    const office = stocked(10, []);
    const people = seedPeople(office.store, 300);
    const { campaign } = createCampaign(office.admin, {
      name: '洪灾救助',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
    });
    const township = people[0]!.township!;
    const village = people.find((p) => p.township === township)!.village!;
    const byTownship = campaignCandidates(office.admin, campaign.id, { township });
    expect(byTownship.candidates.length).toBe(people.filter((p) => p.township === township).length);
    const byVillage = campaignCandidates(office.admin, campaign.id, { township, village });
    expect(byVillage.candidates.map((c) => c.personId).sort()).toEqual(
      people
        .filter((p) => p.township === township && p.village === village)
        .map((p) => p.id)
        .sort(),
    );
    expect(JSON.stringify(byTownship)).not.toContain(people.find((p) => p.township === township)!.idNumber);

    const unknown = '11010519491231002X';
    const pasted = `${people[3]!.idNumber}\n\n${people[4]!.idNumber.toLowerCase()}, ${people[3]!.idNumber}\n1234\n${unknown}`;
    const fromList = campaignCandidates(office.admin, campaign.id, { idNumbers: pasted });
    expect(fromList.candidates.map((c) => c.personId)).toEqual([people[3]!.id, people[4]!.id]);
    expect(fromList.unmatched).toEqual([
      { line: 4, text: '1234', code: 'ID_LENGTH' },
      { line: 5, text: '110105********002X', code: 'PERSON_NOT_FOUND' },
    ]);
  });

  it('refuses a campaign short of stock, listing the items, and moves nothing', () => {
    const office = stocked(5, [['R-1', daysFromNow(90), 100]]);
    const people = seedPeople(office.store, 8);
    const { campaign } = createCampaign(office.admin, {
      name: '送温暖',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [
        { itemId: office.quilt.id, quantityPerHousehold: 1 },
        { itemId: office.rice.id, quantityPerHousehold: 2 },
      ],
    });
    addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.map((p) => p.id),
    );
    const before = movementCount(office);
    expect(() => postCampaign(office.admin, campaign.id)).toThrow(
      expect.objectContaining({
        code: 'CAMPAIGN_STOCK_SHORT',
        details: {
          items: [
            { itemId: office.quilt.id, itemCode: 'MB-01', itemName: '棉被', unit: '床', needed: 8, available: 5 },
          ],
        },
      }),
    );
    expect(movementCount(office)).toBe(before);
    expect(
      office.store.sqlite
        .prepare('SELECT count(*) FROM stock_documents WHERE campaign_id = ?')
        .pluck()
        .get(campaign.id),
    ).toBe(0);
    const householdId = office.store.sqlite
      .prepare('SELECT id FROM stock_campaign_households WHERE campaign_id = ? LIMIT 1')
      .pluck()
      .get(campaign.id) as string;
    const removed = removeCampaignHousehold(office.admin, householdId, '已搬离本村');
    expect(removed.campaign.households).toBe(7);
    expect(removed.households.map((h) => h.id)).not.toContain(householdId);
  });

  it('fixes the goods once issued, and voids only a campaign that issued nothing', () => {
    const office = stocked(10, []);
    const people = seedPeople(office.store, 3);
    const { campaign } = createCampaign(office.admin, {
      name: '送温暖',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
    });
    const renamed = updateCampaign(office.admin, campaign.id, campaign.rowVersion, {
      name: '送温暖（一批）',
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 2 }],
    });
    expect(renamed.items.map((i) => i.quantityPerHousehold)).toEqual([2]);
    addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.map((p) => p.id),
    );
    postCampaign(office.admin, campaign.id);
    const current = renamed.campaign.rowVersion;
    expect(() =>
      updateCampaign(office.admin, campaign.id, current, {
        items: [{ itemId: office.quilt.id, quantityPerHousehold: 1 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'CAMPAIGN_ALREADY_ISSUED' }));
    expect(() => voidCampaign(office.admin, campaign.id, '错了')).toThrow(
      expect.objectContaining({ code: 'CAMPAIGN_ALREADY_ISSUED' }),
    );
  });

  it('puts the households of a reversed campaign issue back on the waiting list, and serves them again', () => {
    const office = stocked(10, []);
    const people = seedPeople(office.store, 4);
    const { campaign } = createCampaign(office.admin, {
      name: '送温暖',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.quilt.id, quantityPerHousehold: 2 }],
    });
    addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.map((p) => p.id),
    );
    const first = postCampaign(office.admin, campaign.id);
    expect(onHand(office.admin, { itemId: office.quilt.id })[0]!.quantity).toBe(2);
    const reversal = reverseDocument(office.admin, first.documentId, '发放日期填错');
    approveDocument(office.admin, reversal.document.id);
    postDocument(office.admin, reversal.document.id);
    expect(campaignDetail(office.admin, campaign.id).campaign).toMatchObject({ households: 4, issued: 0, waiting: 4 });
    expect(
      campaignCandidates(office.admin, campaign.id, { idNumbers: people[0]!.idNumber }).candidates[0],
    ).toMatchObject({ listed: true, received: false });
    const second = postCampaign(office.admin, campaign.id);
    expect(second).toMatchObject({ households: 4, detail: { campaign: { issued: 4, waiting: 0 } } });
    expect(second.detail.households.every((h) => h.issueDocumentId === second.documentId)).toBe(true);
    expect(onHand(office.admin, { itemId: office.quilt.id })[0]!.quantity).toBe(2);
  });

  it('gives the sign-off sheet: one row per household, masked ID, village, goods; no full ID, phone anywhere', () => {
    const office = stocked(40, [['R-1', daysFromNow(90), 40]]);
    const people = seedPeople(office.store, 20);
    const { campaign } = createCampaign(office.admin, {
      name: '2026年博爱送万家',
      date: today(),
      warehouseId: office.warehouse.id,
      items: [
        { itemId: office.quilt.id, quantityPerHousehold: 1 },
        { itemId: office.rice.id, quantityPerHousehold: 1 },
      ],
    });
    addCampaignHouseholds(
      office.admin,
      campaign.id,
      people.map((p) => p.id),
    );
    const posted = postCampaign(office.admin, campaign.id);
    const sheet = signOffSheet(office.admin, campaign.id, posted.documentId);
    expect(sheet).toMatchObject({
      officeName: '宿城区红十字会',
      campaignName: '2026年博爱送万家',
      date: today(),
      warehouseName: '一号仓库',
      documentNumbers: [posted.documentNumber],
    });
    expect(sheet.rows).toHaveLength(20);
    expect(sheet.rows.map((r) => r.no)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(sheet.rows[0]!.goods).toBe('棉被1床、大米1袋');
    const text = JSON.stringify(sheet);
    for (const person of people) {
      expect(text).not.toContain(person.idNumber);
      if (person.mobile) expect(text).not.toContain(person.mobile);
      const row = sheet.rows.find(
        (r) =>
          r.name === person.name && r.idMasked === `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`,
      );
      expect(row?.village).toBe(person.village);
    }
  });
});
