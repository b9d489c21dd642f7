// What a household received in a calendar year, from any issue (campaigns, single issues, goods a visit brought):
// the campaign's repeat warning reaches beyond the campaign. A person's household is the one they are in now
// (household_members); its members' goods count for all of them. Read from stock_issued_households, the net goods per
// issue and person kept at posting (a reversed issue nets to nothing), for a whole list of people at once.
import type { YearReceipt } from '@core/stock/campaigns/contract';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';

const HOUSEMATES = rowRead<{ personId: string; memberId: string }, [personIds: string]>(
  `SELECT c.value AS personId, o.person_id AS memberId FROM json_each(?) c
   JOIN household_members m ON m.person_id = c.value AND m.to_date IS NULL AND m.voided = 0
   JOIN household_members o ON o.household_id = m.household_id AND o.to_date IS NULL AND o.voided = 0`,
);

/** Each person's household now, as its members' ids (the person first); a person in none is alone. */
export function householdsOf(ctx: CoreContext, personIds: readonly string[]): Map<string, string[]> {
  const households = new Map(personIds.map((id) => [id, [id]]));
  for (const { personId, memberId } of HOUSEMATES.on(ctx.store.sqlite).all(JSON.stringify(personIds)))
    if (memberId !== personId) households.get(personId)?.push(memberId);
  return households;
}

const RECEIPTS = rowRead<YearReceipt & { personId: string }, [office: string, from: string, to: string, ids: string]>(
  `SELECT r.person_id AS personId, p.name, d.number AS documentNumber, r.document_date AS documentDate
   FROM (SELECT person_id, document_id, min(document_date) AS document_date FROM stock_issued_households
         WHERE office_code = ? AND document_date >= ? AND document_date <= ?
           AND person_id IN (SELECT value FROM json_each(?))
         GROUP BY person_id, document_id HAVING sum(quantity) > 0) r
   JOIN people p ON p.id = r.person_id
   JOIN stock_documents d ON d.id = r.document_id
   ORDER BY r.document_date, d.number`,
);

/**
 * The latest goods each person's household received in `year` (the person's own or a housemate's): only those
 * households that received any.
 */
export function receiptsInYear(
  ctx: CoreContext,
  officeCode: string,
  personIds: readonly string[],
  year: string,
): Map<string, YearReceipt> {
  const households = householdsOf(ctx, personIds);
  const everyone = [...new Set([...households.values()].flat())];
  const latest = new Map<string, YearReceipt>();
  for (const { personId, ...receipt } of RECEIPTS.on(ctx.store.sqlite).all(
    officeCode,
    `${year}-01-01`,
    `${year}-12-31`,
    JSON.stringify(everyone),
  ))
    latest.set(personId, receipt);
  const byHousehold = new Map<string, YearReceipt>();
  for (const [personId, members] of households) {
    const receipts = members.flatMap((m) => latest.get(m) ?? []);
    const last = receipts.sort((a, b) => a.documentDate.localeCompare(b.documentDate)).at(-1);
    if (last) byHousehold.set(personId, last);
  }
  return byHousehold;
}
