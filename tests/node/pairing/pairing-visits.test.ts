// Visits and what a household received: a visit with 500 元 and a quilt creates a DRAFT issue to the household's head
// and moves no stock; only the warehouse's approval and posting move it; on the household's timeline the visit and
// its issue are ONE event, beside a campaign distribution and another issue to a member (each once), and nothing
// given to someone outside the household. A voided visit takes its draft issue with it; an existing issue of the
// household may be linked instead of a new one.
import { describe, expect, it } from 'vitest';
import type { HouseholdTimeline } from '@core/pairing/household/contract';
import type { VisitDetail, VisitPage, VisitRow } from '@core/pairing/visits/contract';
import { createCampaign } from '@core/stock/campaigns/campaigns';
import { addCampaignHouseholds } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import type { DocumentDetail } from '@core/stock/contract';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { valueOf } from '../volunteers/volunteer-support';
import { pairingOffice } from './pairing-support';

type Office = Awaited<ReturnType<typeof pairingOffice>>;

async function pairedHousehold(office: Office) {
  const [head, child, cadrePerson, outsider] = office.people;
  const household = await office.household(head!.id, [child!.id]);
  const cadre = await office.cadre(cadrePerson!.id);
  await office.assign(household.id, cadre.id, '2024-01-01');
  return { household, cadre, head: head!, child: child!, outsider: outsider! };
}

const timelineOf = async (office: Office, householdId: string, year: number | null = null) =>
  valueOf(await office.call<HouseholdTimeline>('viewer', 'pairing.timeline', { householdId, year }));

/** An issue straight from the warehouse to one person, approved and posted. */
function issueTo(office: Office, personId: string, documentDate: string, quantity: number): DocumentDetail {
  const draft = createDocument(
    office.keeper,
    {
      type: 'issue',
      documentDate,
      warehouseId: office.warehouse.id,
      destinationKind: 'household',
      householdPersonId: personId,
    },
    [{ itemId: office.rice.id, lotId: lotOf(office, office.rice.id), quantity }],
  );
  approveDocument(office.approver, draft.document.id);
  return postDocument(office.keeper, draft.document.id);
}

function lotOf(office: Office, itemId: string): string {
  return office.store.sqlite
    .prepare('SELECT lot_id FROM stock_balances WHERE item_id = ? AND quantity > 0')
    .pluck()
    .get(itemId) as string;
}

describe('visits and the household timeline', () => {
  it('moves stock only when the warehouse posts the visit’s issue, and shows the visit once with its goods', async () => {
    const office = await pairingOffice(6);
    const { household, cadre, head, child, outsider } = await pairedHousehold(office);
    const visit = await office.visit(household.id, cadre.id, '2025-03-10', {
      found: '户主腰伤，冬衣不足',
      done: '送慰问金和棉被',
      moneyFen: 50_000,
      acknowledged: true,
      goods: { warehouseId: office.warehouse.id, lines: [{ itemId: office.quilt.id, quantity: 1 }] },
    });
    expect(visit).toMatchObject({ documentStatus: 'draft', goods: '棉被 1 床', moneyFen: 50_000, acknowledged: true });
    const document = valueOf(
      await office.call<DocumentDetail>('keeper', 'stock.documents.get', { id: visit.stockDocumentId }),
    ).document;
    expect(document).toMatchObject({
      type: 'issue',
      destinationKind: 'household',
      householdPersonId: head.id,
      documentDate: '2025-03-10',
    });
    expect(office.onHandOf(office.quilt.id)).toBe(10);
    let timeline = await timelineOf(office, household.id);
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]).toMatchObject({ kind: 'visit', issue: { status: 'draft' } });
    expect(timeline.totals).toEqual({ visits: 1, moneyFen: 50_000, issues: 0, goodsValueFen: 0 });

    // The warehouse approves and posts: now the quilt leaves.
    valueOf(await office.call('head', 'stock.documents.approve', { id: document.id, rowVersion: document.rowVersion }));
    expect(office.onHandOf(office.quilt.id)).toBe(10);
    valueOf(await office.call('keeper', 'stock.documents.post', { id: document.id }));
    expect(office.onHandOf(office.quilt.id)).toBe(9);

    // A campaign serving the head and the outsider, an issue to the child, one to the outsider alone.
    const both = office.as(['warehouse', 'approver'], 'stock.campaigns.post');
    const campaign = createCampaign(both, {
      name: '2025年博爱送万家',
      date: '2025-02-01',
      warehouseId: office.warehouse.id,
      items: [{ itemId: office.rice.id, quantityPerHousehold: 2 }],
    });
    // The head already had the quilt this year: the campaign's yearly repeat warning is accepted on purpose.
    const added = addCampaignHouseholds(both, campaign.campaign.id, [head.id, outsider.id], true);
    expect(added.repeats.map((r) => r.personId)).toEqual([head.id]);
    postCampaign(both, campaign.campaign.id);
    issueTo(office, child.id, '2025-06-01', 1);
    issueTo(office, outsider.id, '2025-06-02', 3);

    timeline = await timelineOf(office, household.id);
    expect(
      timeline.events.map((e) => [
        e.kind,
        e.date,
        e.issue?.campaignName ?? null,
        e.issue?.lines.map((l) => l.quantity),
      ]),
    ).toEqual([
      ['issue', '2025-06-01', null, [1]],
      ['visit', '2025-03-10', null, [1]],
      ['issue', '2025-02-01', '2025年博爱送万家', [2]],
    ]);
    expect(timeline.events[1]).toMatchObject({
      visit: { id: visit.id, cadreName: cadre.name, moneyFen: 50_000, acknowledged: true },
      issue: {
        status: 'posted',
        recipientName: head.name,
        lines: [{ itemName: '棉被', quantity: 1, valueFen: 15_000 }],
      },
    });
    expect(timeline.events[0]!.issue!.recipientName).toBe(child.name);
    expect(timeline.totals).toEqual({ visits: 1, moneyFen: 50_000, issues: 3, goodsValueFen: 15_000 + 3 * 6_000 });
    expect(timeline.years).toEqual([2025]);
    expect((await timelineOf(office, household.id, 2024)).events).toEqual([]);

    const grid = valueOf(await office.call<VisitPage>('viewer', 'pairing.visits.list', { offset: 0, limit: 10 }));
    expect(grid.rows.map((v) => [v.headName, v.cadreName, v.goods, v.documentStatus])).toEqual([
      [head.name, cadre.name, '棉被 1 床', 'posted'],
    ]);
    const search = async (text: string) =>
      valueOf(await office.call<VisitPage>('viewer', 'pairing.visits.list', { search: text, offset: 0, limit: 10 }))
        .rows.length;
    expect([await search(cadre.name), await search(head.pinyinInitials), await search(household.number)]).toEqual([
      1, 1, 1,
    ]);
    expect(await search(outsider.name)).toBe(0);
    // Posted goods are the warehouse's now: the visit may not change them.
    const locked = await office.call('clerk', 'pairing.visits.update', {
      id: visit.id,
      rowVersion: visit.rowVersion,
      patch: {},
      goods: { warehouseId: office.warehouse.id, lines: [{ itemId: office.quilt.id, quantity: 2 }] },
    });
    expect(locked).toMatchObject({ ok: false, error: { code: 'VISIT_GOODS_LOCKED' } });
  });

  it('voids the draft with the visit, changes a draft’s lines, and links an issue the warehouse made', async () => {
    const office = await pairingOffice(6);
    const { household, cadre, child, outsider } = await pairedHousehold(office);
    const visit = await office.visit(household.id, cadre.id, '2025-04-01', {
      goods: { warehouseId: office.warehouse.id, lines: [{ itemId: office.quilt.id, quantity: 2 }] },
    });
    const edited = valueOf(
      await office.call<VisitRow>('clerk', 'pairing.visits.update', {
        id: visit.id,
        rowVersion: visit.rowVersion,
        patch: { visitDate: '2025-04-02', moneyFen: 20_000 },
        goods: { warehouseId: office.warehouse.id, lines: [{ itemId: office.rice.id, quantity: 3 }] },
      }),
    );
    expect(edited).toMatchObject({ goods: '大米 3 袋', moneyFen: 20_000, stockDocumentId: visit.stockDocumentId });
    const detail = valueOf(await office.call<VisitDetail>('clerk', 'pairing.visits.get', { id: visit.id }));
    expect(detail.goodsLines.map((l) => [l.itemName, l.quantity])).toEqual([['大米', 3]]);
    expect(detail.warehouseId).toBe(office.warehouse.id);
    const short = await office.call('clerk', 'pairing.visits.create', {
      householdId: household.id,
      cadreId: cadre.id,
      visitDate: '2025-04-03',
      moneyFen: 0,
      acknowledged: false,
      goods: { warehouseId: office.warehouse.id, lines: [{ itemId: office.quilt.id, quantity: 11 }] },
    });
    expect(short).toMatchObject({ ok: false, error: { code: 'VISIT_GOODS_SHORT', details: { available: 10 } } });

    valueOf(await office.call('clerk', 'pairing.visits.void', { id: visit.id, reason: '重复录入' }));
    const document = valueOf(
      await office.call<DocumentDetail>('keeper', 'stock.documents.get', { id: visit.stockDocumentId }),
    ).document;
    expect(document.voided).toBe(true);
    expect((await timelineOf(office, household.id)).events).toEqual([]);

    // An issue the warehouse made for the child, linked to a visit: one event.
    const made = createDocument(
      office.keeper,
      {
        type: 'issue',
        documentDate: '2025-05-01',
        warehouseId: office.warehouse.id,
        destinationKind: 'household',
        householdPersonId: child.id,
      },
      [{ itemId: office.rice.id, lotId: lotOf(office, office.rice.id), quantity: 1 }],
    );
    const elsewhere = createDocument(
      office.keeper,
      {
        type: 'issue',
        documentDate: '2025-05-01',
        warehouseId: office.warehouse.id,
        destinationKind: 'household',
        householdPersonId: outsider.id,
      },
      [{ itemId: office.rice.id, lotId: lotOf(office, office.rice.id), quantity: 1 }],
    );
    const wrong = await office.call('clerk', 'pairing.visits.create', {
      householdId: household.id,
      cadreId: cadre.id,
      visitDate: '2025-05-01',
      moneyFen: 0,
      acknowledged: true,
      stockDocumentId: elsewhere.document.id,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VISIT_DOCUMENT_OTHER_HOUSEHOLD' } });
    const linked = await office.visit(household.id, cadre.id, '2025-05-01', { stockDocumentId: made.document.id });
    approveDocument(office.approver, made.document.id);
    postDocument(office.keeper, made.document.id);
    const events = (await timelineOf(office, household.id)).events;
    expect(events.map((e) => [e.kind, e.visit?.id ?? null, e.issue?.documentId ?? null])).toEqual([
      ['visit', linked.id, made.document.id],
    ]);
  });
});
