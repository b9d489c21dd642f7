// Distribution campaigns (博爱送万家, relief after a disaster): goods per household, households from the people
// registry, posting as one issue, the sign-off sheet (签收表). Keepers prepare; posting also approves the issue.
import { z } from 'zod';
import { FIELD_LIMITS, ID_LIST_MAX, REASON_MAX } from '@api/limits';
import { isoDate, READERS, method, optionalText, text } from '@api/method';
import type { Role } from '@api/roles';
import type {
  CampaignAddResult,
  CampaignCandidates,
  CampaignDetail,
  CampaignPostResult,
  CampaignRow,
  SignOffSheet,
} from './contract';

const KEEPERS: readonly Role[] = ['warehouse'];
/** Posting creates, approves and posts the issue: it needs the approver role (the core checks it). */
const POSTERS: readonly Role[] = ['warehouse', 'approver'];

const id = z.uuid();
const items = z
  .array(z.object({ itemId: id, quantityPerHousehold: z.number().int().min(1).max(100_000) }))
  .min(1)
  .max(50);
const campaignInput = z.object({
  name: text(FIELD_LIMITS.stock_campaigns.name).min(1),
  date: isoDate,
  warehouseId: id,
  eventId: id.nullish(),
  notes: optionalText(FIELD_LIMITS.stock_campaigns.notes),
  items,
});

export const stockCampaignMethods = {
  'stock.campaigns.list': method<CampaignRow[]>()({
    effect: 'read',
    input: z.object({ includeVoided: z.boolean().optional(), from: isoDate.optional(), to: isoDate.optional() }),
    access: READERS,
  }),
  'stock.campaigns.get': method<CampaignDetail>()({ effect: 'read', input: z.object({ id }), access: READERS }),
  'stock.campaigns.create': method<CampaignDetail>()({ effect: 'write', input: campaignInput, access: KEEPERS }),
  'stock.campaigns.update': method<CampaignDetail>()({
    effect: 'write',
    input: z.object({ id, rowVersion: z.number().int().min(1), patch: campaignInput.partial() }),
    access: KEEPERS,
  }),
  'stock.campaigns.void': method<CampaignDetail>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: KEEPERS,
  }),
  /**
   * People to choose from: by township/village, households (their heads) in a beneficiary category on the campaign's
   * date (narrowed by the household's township/village), or a pasted list of ID numbers (one per line).
   */
  'stock.campaigns.candidates': method<CampaignCandidates>()({
    effect: 'read',
    input: z.object({
      campaignId: id,
      categoryId: id.optional(),
      township: text(FIELD_LIMITS.people.township).optional(),
      village: text(FIELD_LIMITS.people.village).optional(),
      idNumbers: z.string().max(ID_LIST_MAX).optional(),
    }),
    access: KEEPERS,
  }),
  'stock.campaigns.addHouseholds': method<CampaignAddResult>()({
    effect: 'write',
    input: z.object({
      campaignId: id,
      personIds: z.array(id).min(1).max(20_000),
      acceptRepeats: z.boolean().optional(),
    }),
    access: KEEPERS,
  }),
  'stock.campaigns.removeHousehold': method<CampaignDetail>()({
    effect: 'write',
    input: z.object({ householdId: id, reason: text(REASON_MAX).min(1) }),
    access: KEEPERS,
  }),
  'stock.campaigns.post': method<CampaignPostResult>()({ effect: 'write', input: z.object({ id }), access: POSTERS }),
  /** The sheet for the households one posting served (documentId), or the whole list. */
  'stock.campaigns.signOff': method<SignOffSheet>()({
    effect: 'read',
    input: z.object({ id, documentId: id.nullish() }),
    access: READERS,
  }),
} as const;

export type StockCampaignMethodName = keyof typeof stockCampaignMethods;
