// Posting a campaign: ONE issue document with a line per household (and per lot when a household's goods
// come from two lots), lots drawn first-expiring-first-out as of the distribution date, created, approved
// and posted in one transaction with the households marked as served. Stock short for any item: nothing moves.
import type { CampaignItemRow, CampaignPostResult } from '@core/stock/campaigns/contract';
import type { DocumentLineInput } from '@core/stock/contract';
import { stockCampaignHouseholds } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecords } from '../../records/bulk';
import { rowRead } from '../../records/reads';
import { createDraft } from '../documents/drafts';
import { approveDraft } from '../documents/workflow';
import { proposeLots } from '../lots';
import { postApproved } from '../posting/post';
import { immediately } from '../transaction';
import { campaignDetail, campaignItems, findCampaign, SERVED } from './read';

interface Waiting {
  id: string;
  personId: string;
}

const WAITING = rowRead<Waiting, [campaignId: string]>(
  `SELECT h.id, h.person_id AS personId FROM stock_campaign_households h JOIN people p ON p.id = h.person_id
  WHERE h.campaign_id = ? AND h.voided = 0 AND NOT ${SERVED('h')}
  ORDER BY p.township, p.village, p.pinyin_full, h.created_at, h.id`,
);

/** The households not yet served, in the order of the printed list. */
function waitingHouseholds(ctx: CoreContext, campaignId: string): Waiting[] {
  return WAITING.on(ctx.store.sqlite).all(campaignId);
}

/** Each item's FEFO lots as a queue the households draw from in turn; fails listing every item short of stock. */
function lotQueues(
  ctx: CoreContext,
  warehouseId: string,
  date: string,
  items: readonly CampaignItemRow[],
  households: number,
) {
  const short: {
    itemId: string;
    itemCode: string;
    itemName: string;
    unit: string;
    needed: number;
    available: number;
  }[] = [];
  const queues = items.map((item) => {
    const needed = item.quantityPerHousehold * households;
    const proposal = proposeLots(ctx, warehouseId, item.itemId, needed, date);
    if (proposal.shortfall > 0) {
      short.push({
        itemId: item.itemId,
        itemCode: item.itemCode,
        itemName: item.itemName,
        unit: item.unit,
        needed,
        available: needed - proposal.shortfall,
      });
    }
    return { item, picks: proposal.picks.map((pick) => ({ lotId: pick.lotId, left: pick.take })) };
  });
  if (short.length > 0) fail('CAMPAIGN_STOCK_SHORT', { items: short });
  return queues;
}

function campaignLines(queues: ReturnType<typeof lotQueues>, households: readonly Waiting[]): DocumentLineInput[] {
  const lines: DocumentLineInput[] = [];
  for (const household of households) {
    for (const queue of queues) {
      let owed = queue.item.quantityPerHousehold;
      while (owed > 0) {
        const pick = queue.picks.find((p) => p.left > 0)!;
        const take = Math.min(owed, pick.left);
        lines.push({
          itemId: queue.item.itemId,
          lotId: pick.lotId,
          quantity: take,
          householdPersonId: household.personId,
        });
        pick.left -= take;
        owed -= take;
      }
    }
  }
  return lines;
}

export function postCampaign(ctx: CoreContext, campaignId: string): CampaignPostResult {
  const posted = immediately(ctx.store.sqlite, () => {
    const campaign = findCampaign(ctx, campaignId);
    if (campaign.voided) fail('RECORD_VOIDED', { id: campaignId });
    const households = waitingHouseholds(ctx, campaignId);
    if (households.length === 0) fail('CAMPAIGN_NOTHING_TO_ISSUE', { id: campaignId });
    const lines = campaignLines(
      lotQueues(ctx, campaign.warehouseId, campaign.date, campaignItems(ctx, campaignId), households.length),
      households,
    );
    const document = createDraft(
      ctx,
      {
        type: 'issue',
        documentDate: campaign.date,
        warehouseId: campaign.warehouseId,
        destinationKind: campaign.eventId ? 'event' : 'household',
        eventId: campaign.eventId,
        campaignId,
        notes: campaign.name,
      },
      lines,
    );
    approveDraft(ctx, document.id);
    postApproved(ctx, document.id);
    updateRecords(
      ctx,
      stockCampaignHouseholds,
      households.map((h) => ({ id: h.id, set: { issueDocumentId: document.id } })),
    );
    return {
      documentId: document.id,
      documentNumber: document.number,
      households: households.length,
      lines: lines.length,
    };
  });
  return { ...posted, detail: campaignDetail(ctx, campaignId) };
}
