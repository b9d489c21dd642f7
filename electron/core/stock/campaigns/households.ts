// A campaign's list of households (each by its head, a person of the registry). A household already listed or
// served in this campaign - the person, or another of their household - or given goods by any issue in the
// campaign's calendar year is a warning: it is added only when the keeper confirms.
import type { CampaignAddResult, CampaignRepeat } from '@core/stock/campaigns/contract';
import { stockCampaignHouseholds, type people } from '@db/schema';
import { maskIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecords } from '../../records/bulk';
import type { RecordFields } from '../../records/meta';
import { rowRead } from '../../records/reads';
import { voidRecord } from '../../records/write';
import { officeCodeOf } from '../office';
import { immediately } from '../transaction';
import { campaignDetail, findCampaign, SERVED } from './read';
import { householdsOf, receiptsInYear } from './yearReceipts';

type Person = Pick<typeof people.$inferSelect, 'id' | 'name' | 'idNumber'>;

const PERSON = rowRead<Person, [id: string]>(
  'SELECT id, name, id_number AS idNumber FROM people WHERE id = ? AND voided = 0',
);
const NAME = rowRead<{ name: string }, [id: string]>('SELECT name FROM people WHERE id = ?');
const STANDING = rowRead<{ personId: string; received: number }, [campaignId: string]>(
  `SELECT h.person_id AS personId, ${SERVED('h')} AS received
  FROM stock_campaign_households h WHERE h.campaign_id = ? AND h.voided = 0`,
);
const HOUSEHOLD_STATE = rowRead<{ campaignId: string; issued: number }, [householdId: string]>(
  `SELECT h.campaign_id AS campaignId, ${SERVED('h')} AS issued FROM stock_campaign_households h WHERE h.id = ?`,
);

export type Standing = Map<string, { listed: boolean; received: boolean }>;

/** Each person's standing in the campaign: on the list waiting, or served already. */
export function campaignStanding(ctx: CoreContext, campaignId: string): Standing {
  const map: Standing = new Map();
  for (const row of STANDING.on(ctx.store.sqlite).all(campaignId)) {
    const entry = map.get(row.personId) ?? { listed: false, received: false };
    if (row.received) entry.received = true;
    else entry.listed = true;
    map.set(row.personId, entry);
  }
  return map;
}

/** Why a person might not be added: served or listed here (themself first, then a housemate), goods this year. */
function repeatOf(
  ctx: CoreContext,
  person: Person,
  household: readonly string[],
  known: Standing,
  receipt: CampaignRepeat['receipt'],
): CampaignRepeat | null {
  const base = { personId: person.id, name: person.name, idMasked: maskIdNumber(person.idNumber) };
  const own = known.get(person.id);
  if (own?.received) return { ...base, code: 'HOUSEHOLD_ALREADY_RECEIVED' };
  if (own?.listed) return { ...base, code: 'HOUSEHOLD_ALREADY_LISTED' };
  if (receipt) return { ...base, code: 'HOUSEHOLD_RECEIVED_THIS_YEAR', receipt };
  const housemate = household.find((id) => id !== person.id && known.has(id));
  if (housemate)
    return { ...base, code: 'HOUSEHOLD_ALREADY_LISTED', listedAs: NAME.on(ctx.store.sqlite).get(housemate)?.name };
  return null;
}

/** Adds the people as households; those listed or served already, or given goods this year, only when accepted. */
export function addCampaignHouseholds(
  ctx: CoreContext,
  campaignId: string,
  personIds: readonly string[],
  acceptRepeats = false,
): CampaignAddResult {
  const officeCode = officeCodeOf(ctx);
  const result = immediately(ctx.store.sqlite, () => {
    const campaign = findCampaign(ctx, campaignId);
    if (campaign.voided) fail('RECORD_VOIDED', { id: campaignId });
    const unique = [...new Set(personIds)];
    const known = campaignStanding(ctx, campaignId);
    const households = householdsOf(ctx, unique);
    const receipts = receiptsInYear(ctx, officeCode, unique, campaign.date.slice(0, 4));
    const repeats: CampaignRepeat[] = [];
    const rows: RecordFields<typeof stockCampaignHouseholds>[] = [];
    for (const personId of unique) {
      const person = PERSON.on(ctx.store.sqlite).get(personId) ?? fail('NOT_FOUND', { what: 'person', id: personId });
      const repeat = repeatOf(ctx, person, households.get(personId) ?? [], known, receipts.get(personId));
      if (repeat) repeats.push(repeat);
      if (!repeat || acceptRepeats) {
        rows.push({ campaignId, personId, issueDocumentId: null });
        known.set(personId, { listed: true, received: false });
      }
    }
    insertRecords(ctx, stockCampaignHouseholds, officeCode, rows);
    if (rows.length > 0) {
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'stock_campaign_households',
        recordId: campaignId,
        after: { added: rows.length, repeatsAccepted: acceptRepeats ? repeats.length : 0 },
      });
    }
    return { added: rows.length, repeats };
  });
  return { ...result, detail: campaignDetail(ctx, campaignId) };
}

/** Takes a waiting household off the list (voided with the reason); a served one stays on record. */
export function removeCampaignHousehold(ctx: CoreContext, householdId: string, reason: string) {
  const campaignId = immediately(ctx.store.sqlite, () => {
    const row = HOUSEHOLD_STATE.on(ctx.store.sqlite).get(householdId);
    if (!row) fail('NOT_FOUND', { what: 'household', id: householdId });
    if (row.issued) fail('HOUSEHOLD_ALREADY_RECEIVED', { id: householdId });
    voidRecord(ctx, stockCampaignHouseholds, householdId, reason);
    return row.campaignId;
  });
  return campaignDetail(ctx, campaignId);
}
