// Distribution campaigns -> core.
import type { HandlersFor } from '../../handler';
import { createCampaign, updateCampaign, voidCampaign } from './campaigns';
import { campaignCandidates } from './candidates';
import { addCampaignHouseholds, removeCampaignHousehold } from './households';
import type { StockCampaignMethodName } from './methods';
import { postCampaign } from './post';
import { campaignDetail, listCampaigns } from './read';
import { signOffSheet } from './signoff';

export const stockCampaignHandlers: HandlersFor<StockCampaignMethodName> = {
  'stock.campaigns.list': (ctx, input) => listCampaigns(ctx, input),
  'stock.campaigns.get': (ctx, input) => campaignDetail(ctx, input.id),
  'stock.campaigns.create': (ctx, input) => createCampaign(ctx, input),
  'stock.campaigns.update': (ctx, input) => updateCampaign(ctx, input.id, input.rowVersion, input.patch),
  'stock.campaigns.void': (ctx, input) => voidCampaign(ctx, input.id, input.reason),
  'stock.campaigns.candidates': (ctx, input) => campaignCandidates(ctx, input.campaignId, input),
  'stock.campaigns.addHouseholds': (ctx, input) =>
    addCampaignHouseholds(ctx, input.campaignId, input.personIds, input.acceptRepeats),
  'stock.campaigns.removeHousehold': (ctx, input) => removeCampaignHousehold(ctx, input.householdId, input.reason),
  'stock.campaigns.post': (ctx, input) => postCampaign(ctx, input.id),
  'stock.campaigns.signOff': (ctx, input) => signOffSheet(ctx, input.id, input.documentId),
};
