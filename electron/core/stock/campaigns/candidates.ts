// Choosing a campaign's households: people of the registry by township/village, the households (their heads) in a
// beneficiary category on the campaign's date, or a pasted list of ID numbers (one per line, as copied from a
// spreadsheet column). Each is marked when listed or served in this campaign, and with the goods their household
// received this year from any issue, so the keeper sees a repeat before adding it.
import type { CampaignCandidate, CampaignCandidates } from '@core/stock/campaigns/contract';
import type { people } from '@db/schema';
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { limitedIdLookup } from '../../people/lookupLimit';
import { masksIds } from '../../people/query';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../office';
import { campaignStanding } from './households';
import { findCampaign } from './read';
import { receiptsInYear } from './yearReceipts';

/** More households than one campaign serves; the keeper narrows the filter. */
export const MAX_CANDIDATES = 5000;

export interface CandidateQuery {
  township?: string;
  village?: string;
  categoryId?: string;
  idNumbers?: string;
}

type PersonFacts = Pick<typeof people.$inferSelect, 'name' | 'idNumber' | 'township' | 'village'> & {
  personId: string;
  householdNumber: string | null;
};

/** A person with the number of the household they are in now. */
const PERSON_FROM = `p.id AS personId, p.name, p.id_number AS idNumber, p.township, p.village,
  (SELECT h.number FROM household_members m JOIN households h ON h.id = m.household_id
   WHERE m.person_id = p.id AND m.to_date IS NULL AND m.voided = 0) AS householdNumber FROM people p`;
const personFacts = (where: string) => rowRead<PersonFacts>(`SELECT ${PERSON_FROM} ${where}`);

function byArea(ctx: CoreContext, query: CandidateQuery): PersonFacts[] {
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

/** In the category on @date: from that day on, and not ended by it (to_date is the day it ended). */
const IN_CATEGORY_ON = `b.category_id = @category AND b.voided = 0 AND b.from_date <= @date
  AND (b.to_date IS NULL OR b.to_date > @date)`;

/**
 * The category's households on the campaign's date - those in it themselves and those one of whose members is -
 * by their heads, at the household's address; a person in the category who is in no household comes alone.
 */
const IN_CATEGORY = rowRead<PersonFacts>(
  `SELECT personId, name, idNumber, township, village, householdNumber FROM (
     SELECT p.id AS personId, p.name, p.id_number AS idNumber, coalesce(h.township, p.township) AS township,
       coalesce(h.village, p.village) AS village, h.number AS householdNumber, p.pinyin_full AS pinyin
     FROM households h JOIN people p ON p.id = h.head_person_id
     WHERE h.office_code = @office AND h.voided = 0 AND h.id IN (
       SELECT b.household_id FROM beneficiary_memberships b WHERE ${IN_CATEGORY_ON} AND b.household_id IS NOT NULL
       UNION
       SELECT m.household_id FROM beneficiary_memberships b
       JOIN household_members m ON m.person_id = b.person_id AND m.to_date IS NULL AND m.voided = 0
       WHERE ${IN_CATEGORY_ON})
     UNION ALL
     SELECT p.id, p.name, p.id_number, p.township, p.village, NULL, p.pinyin_full
     FROM beneficiary_memberships b JOIN people p ON p.id = b.person_id AND p.voided = 0
     WHERE ${IN_CATEGORY_ON} AND NOT EXISTS (SELECT 1 FROM household_members m
       WHERE m.person_id = b.person_id AND m.to_date IS NULL AND m.voided = 0))
   WHERE (@township IS NULL OR township = @township) AND (@village IS NULL OR village = @village)
   ORDER BY township, village, pinyin LIMIT @limit`,
);

function byCategory(ctx: CoreContext, query: CandidateQuery & { categoryId: string }, date: string): PersonFacts[] {
  return IN_CATEGORY.on(ctx.store.sqlite).all({
    office: officeCodeOf(ctx),
    category: query.categoryId,
    date,
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
  const campaign = findCampaign(ctx, campaignId);
  const unmatched: CampaignCandidates['unmatched'] = [];
  const { categoryId } = query;
  const found = query.idNumbers?.trim()
    ? byIdNumbers(ctx, query.idNumbers, unmatched)
    : categoryId
      ? byCategory(ctx, { ...query, categoryId }, campaign.date)
      : byArea(ctx, query);
  const seen = new Set<string>();
  const unique = found.filter((p) => !seen.has(p.personId) && seen.add(p.personId));
  const listed = unique.slice(0, MAX_CANDIDATES);
  const known = campaignStanding(ctx, campaignId);
  const receipts = receiptsInYear(
    ctx,
    officeCodeOf(ctx),
    listed.map((p) => p.personId),
    campaign.date.slice(0, 4),
  );
  const candidates = listed.map((person): CampaignCandidate => ({
    personId: person.personId,
    name: person.name,
    idMasked: maskIdNumber(person.idNumber),
    township: person.township,
    village: person.village,
    householdNumber: person.householdNumber,
    listed: known.get(person.personId)?.listed ?? false,
    received: known.get(person.personId)?.received ?? false,
    receivedThisYear: receipts.get(person.personId) ?? null,
  }));
  return { candidates, unmatched, truncated: unique.length > MAX_CANDIDATES };
}
