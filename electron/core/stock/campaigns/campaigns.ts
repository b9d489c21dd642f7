// Creating, editing and voiding a distribution campaign: its name, date, warehouse, optional disaster
// event, and the goods each household receives. Once goods went out the campaign's goods stay as they were.
import type { CampaignDetail, CampaignInput, CampaignItemInput } from '@core/stock/campaigns/contract';
import { stockCampaignItems, stockCampaigns } from '@db/schema';
import { isIsoDate } from '@rules/dates';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf, requireLive } from '../office';
import { immediately } from '../transaction';
import { campaignDetail, campaignItems, findCampaign } from './read';

function checkCampaign(ctx: CoreContext, input: Omit<CampaignInput, 'items'>): void {
  if (!input.name.trim()) fail('CAMPAIGN_INVALID', { field: 'name', code: 'REQUIRED' });
  if (!isIsoDate(input.date)) fail('CAMPAIGN_INVALID', { field: 'date', code: 'DATE_INVALID' });
  requireLive(ctx, 'stock_warehouses', input.warehouseId, 'warehouse');
  if (input.eventId) requireLive(ctx, 'stock_events', input.eventId, 'event');
}

function checkItems(ctx: CoreContext, items: readonly CampaignItemInput[]): void {
  if (items.length === 0) fail('CAMPAIGN_INVALID', { field: 'items', code: 'REQUIRED' });
  const seen = new Set<string>();
  for (const item of items) {
    requireLive(ctx, 'stock_items', item.itemId, 'item');
    if (seen.has(item.itemId)) fail('CAMPAIGN_INVALID', { field: 'items', code: 'ITEM_TWICE', itemId: item.itemId });
    if (!Number.isInteger(item.quantityPerHousehold) || item.quantityPerHousehold < 1) {
      fail('CAMPAIGN_INVALID', { field: 'items', code: 'QUANTITY_INVALID', itemId: item.itemId });
    }
    seen.add(item.itemId);
  }
}

function writeItems(
  ctx: CoreContext,
  officeCode: string,
  campaignId: string,
  items: readonly CampaignItemInput[],
): void {
  for (const item of items)
    insertRecord(ctx, stockCampaignItems, officeCode, {
      campaignId,
      itemId: item.itemId,
      quantityPerHousehold: item.quantityPerHousehold,
    });
}

const trimmedOrNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

export function createCampaign(ctx: CoreContext, input: CampaignInput): CampaignDetail {
  const officeCode = officeCodeOf(ctx);
  const id = immediately(ctx.store.sqlite, () => {
    checkCampaign(ctx, input);
    checkItems(ctx, input.items);
    const campaign = insertRecord(ctx, stockCampaigns, officeCode, {
      name: input.name.trim(),
      date: input.date,
      warehouseId: input.warehouseId,
      eventId: input.eventId ?? null,
      notes: trimmedOrNull(input.notes),
    });
    writeItems(ctx, officeCode, campaign.id, input.items);
    return campaign.id;
  });
  return campaignDetail(ctx, id);
}

/** Changes the header and, when given, the goods per household; the warehouse and goods are fixed once goods went out. */
export function updateCampaign(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<CampaignInput>,
): CampaignDetail {
  const officeCode = officeCodeOf(ctx);
  immediately(ctx.store.sqlite, () => {
    const current = findCampaign(ctx, id);
    if (current.voided) fail('RECORD_VOIDED', { id });
    const merged = {
      name: patch.name ?? current.name,
      date: patch.date ?? current.date,
      warehouseId: patch.warehouseId ?? current.warehouseId,
      eventId: patch.eventId === undefined ? current.eventId : patch.eventId,
      notes: patch.notes === undefined ? current.notes : patch.notes,
    };
    checkCampaign(ctx, merged);
    const changesGoods = patch.items !== undefined || merged.warehouseId !== current.warehouseId;
    if (changesGoods && current.issued > 0) fail('CAMPAIGN_ALREADY_ISSUED', { id, issued: current.issued });
    updateRecord(
      ctx,
      stockCampaigns,
      id,
      { ...merged, name: merged.name.trim(), notes: trimmedOrNull(merged.notes) },
      rowVersion,
    );
    if (patch.items) {
      checkItems(ctx, patch.items);
      for (const item of campaignItems(ctx, id))
        voidRecord(ctx, stockCampaignItems, item.id, 'goods per household changed');
      writeItems(ctx, officeCode, id, patch.items);
    }
  });
  return campaignDetail(ctx, id);
}

/** Only a campaign that has issued nothing may be voided; one that has is closed by reversing its issues. */
export function voidCampaign(ctx: CoreContext, id: string, reason: string): CampaignDetail {
  immediately(ctx.store.sqlite, () => {
    const current = findCampaign(ctx, id);
    if (current.issued > 0) fail('CAMPAIGN_ALREADY_ISSUED', { id, issued: current.issued });
    voidRecord(ctx, stockCampaigns, id, reason);
  });
  return campaignDetail(ctx, id);
}
