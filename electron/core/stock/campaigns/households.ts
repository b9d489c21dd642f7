// Choosing a campaign's households from the people registry: by township/village, or from a pasted list of
// ID numbers (one per line, as copied from a spreadsheet column). A household already listed, or already
// served, in this campaign is a warning: it is added again only when the keeper confirms.
import type {
  CampaignAddResult,
  CampaignCandidate,
  CampaignCandidates,
  CampaignRepeatCode,
} from '@core/stock/campaigns/contract';
import { stockCampaignHouseholds, type people } from '@db/schema';
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { limitedIdLookup } from '../../people/lookupLimit';
import { masksIds } from '../../people/query';
import { insertRecords } from '../../records/bulk';
import type { RecordFields } from '../../records/meta';
import { rowRead } from '../../records/reads';
import { voidRecord } from '../../records/write';
import { officeCodeOf } from '../office';
import { immediately } from '../transaction';
import { campaignDetail, findCampaign, SERVED } from './read';

/** More households than one campaign serves; the keeper narrows the filter. */
export const MAX_CANDIDATES = 5000;

export interface CandidateQuery {
  township?: string;
  village?: string;
  idNumbers?: string;
}

type PersonFacts = Pick<typeof people.$inferSelect, 'name' | 'idNumber' | 'township' | 'village'> & {
  personId: string;
};

const PERSON_COLUMNS = 'p.id AS personId, p.name, p.id_number AS idNumber, p.township, p.village';
const personFacts = (where: string) => rowRead<PersonFacts>(`SELECT ${PERSON_COLUMNS} FROM people p ${where}`);
const STANDING = rowRead<{ personId: string; received: number }, [campaignId: string]>(
  `SELECT h.person_id AS personId, ${SERVED('h')} AS received
  FROM stock_campaign_households h WHERE h.campaign_id = ? AND h.voided = 0`,
);
const HOUSEHOLD_STATE = rowRead<{ campaignId: string; issued: number }, [householdId: string]>(
  `SELECT h.campaign_id AS campaignId, ${SERVED('h')} AS issued FROM stock_campaign_households h WHERE h.id = ?`,
);

/** Each person's standing in the campaign: on the list waiting, or served already. */
function standing(ctx: CoreContext, campaignId: string): Map<string, { listed: boolean; received: boolean }> {
  const rows = STANDING.on(ctx.store.sqlite).all(campaignId);
  const map = new Map<string, { listed: boolean; received: boolean }>();
  for (const row of rows) {
    const entry = map.get(row.personId) ?? { listed: false, received: false };
    if (row.received) entry.received = true;
    else entry.listed = true;
    map.set(row.personId, entry);
  }
  return map;
}

function byFilter(ctx: CoreContext, query: CandidateQuery): PersonFacts[] {
  return personFacts(
    `WHERE p.office_code = @office AND p.voided = 0 AND (@township IS NULL OR p.township = @township) AND (@village IS NULL OR p.village = @village)
    ORDER BY p.township, p.village, p.pinyin_full LIMIT @limit`,
  )
    .on(ctx.store.sqlite)
    .all({
      office: officeCodeOf(ctx),
      township: query.township?.trim() || null,
      village: query.village?.trim() || null,
      limit: MAX_CANDIDATES + 1,
    });
}

/**
 * Pasted text: one ID number per line (or separated by commas, tabs, spaces); each line reported by its number.
 * A keeper who may not reveal ID numbers could confirm guesses here, so their lookups count towards the limit.
 */
function byIdNumbers(ctx: CoreContext, text: string, unmatched: CampaignCandidates['unmatched']): PersonFacts[] {
  const find = personFacts('WHERE p.office_code = ? AND p.id_number = ? AND p.voided = 0').on(ctx.store.sqlite);
  const office = officeCodeOf(ctx);
  const masked = masksIds(ctx);
  const found: PersonFacts[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const token of lineText
      .split(/[,，;；\t ]+/)
      .map((t) => t.trim())
      .filter(Boolean)) {
      const parsed = parseIdNumber(token);
      if (!parsed.ok) {
        unmatched.push({ line: index + 1, text: token, code: parsed.code });
        continue;
      }
      const lookUp = () => find.get(office, parsed.idNumber);
      const person = masked ? limitedIdLookup(ctx, parsed.idNumber, lookUp) : lookUp();
      if (person) found.push(person);
      else unmatched.push({ line: index + 1, text: maskIdNumber(parsed.idNumber), code: 'PERSON_NOT_FOUND' });
    }
  });
  return found;
}

export function campaignCandidates(ctx: CoreContext, campaignId: string, query: CandidateQuery): CampaignCandidates {
  findCampaign(ctx, campaignId);
  const unmatched: CampaignCandidates['unmatched'] = [];
  const people = query.idNumbers?.trim() ? byIdNumbers(ctx, query.idNumbers, unmatched) : byFilter(ctx, query);
  const known = standing(ctx, campaignId);
  const seen = new Set<string>();
  const candidates: CampaignCandidate[] = [];
  for (const person of people) {
    if (seen.has(person.personId)) continue;
    seen.add(person.personId);
    const { listed = false, received = false } = known.get(person.personId) ?? {};
    candidates.push({
      personId: person.personId,
      name: person.name,
      idMasked: maskIdNumber(person.idNumber),
      township: person.township,
      village: person.village,
      listed,
      received,
    });
  }
  const truncated = candidates.length > MAX_CANDIDATES;
  return { candidates: candidates.slice(0, MAX_CANDIDATES), unmatched, truncated };
}

/** Adds the people as households; those listed or served already are only reported unless acceptRepeats. */
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
    const known = standing(ctx, campaignId);
    const person = personFacts('WHERE p.id = ? AND p.voided = 0').on(ctx.store.sqlite);
    const repeats: CampaignAddResult['repeats'] = [];
    const rows: RecordFields<typeof stockCampaignHouseholds>[] = [];
    for (const personId of new Set(personIds)) {
      const facts = person.get(personId);
      if (!facts) fail('NOT_FOUND', { what: 'person', id: personId });
      const state = known.get(personId);
      const code: CampaignRepeatCode | null = state?.received
        ? 'HOUSEHOLD_ALREADY_RECEIVED'
        : state?.listed
          ? 'HOUSEHOLD_ALREADY_LISTED'
          : null;
      if (code) repeats.push({ personId, name: facts.name, idMasked: maskIdNumber(facts.idNumber), code });
      if (!code || acceptRepeats) rows.push({ campaignId, personId, issueDocumentId: null });
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
