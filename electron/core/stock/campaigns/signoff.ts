// 签收表: the sheet each household signs when it receives its goods - office, campaign, date, and one row per
// household with its name, MASKED ID number, village and goods, the signature column left empty for ink.
import type { SignOffSheet } from '@core/stock/campaigns/contract';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { campaignHouseholds, campaignItems, findCampaign } from './read';

/** The sheet for the households one posting served (documentId), or for the whole list. */
export function signOffSheet(ctx: CoreContext, campaignId: string, documentId?: string | null): SignOffSheet {
  const campaign = findCampaign(ctx, campaignId);
  const items = campaignItems(ctx, campaignId);
  const goods = items.map((i) => `${i.itemName}${i.quantityPerHousehold}${i.unit}`).join('、');
  const households = campaignHouseholds(ctx, campaignId).filter((h) => !documentId || h.issueDocumentId === documentId);
  return {
    officeName: officeOf(ctx).name,
    campaignName: campaign.name,
    date: campaign.date,
    warehouseName: campaign.warehouseName,
    eventName: campaign.eventName,
    documentNumbers: documentId
      ? campaign.documents.filter((d) => d.id === documentId).map((d) => d.number)
      : campaign.documents.map((d) => d.number),
    items: items.map((i) => ({
      itemName: i.itemName,
      specification: i.specification,
      unit: i.unit,
      quantityPerHousehold: i.quantityPerHousehold,
    })),
    rows: households.map((h, index) => ({
      no: index + 1,
      name: h.name,
      idMasked: h.idMasked,
      township: h.township,
      village: h.village,
      goods,
    })),
  };
}
