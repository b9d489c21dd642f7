// A household's members as the detail shows them: every live membership with its person and facts, current ones
// head first (then by relation and age), former ones latest first. ID and disability card numbers are masked;
// birth dates are shown only to who may reveal ID numbers.
import { HOUSEHOLD_RELATIONS, type HouseholdRelation } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { rowRead, valueRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { HouseholdMemberRow } from '../roster/contract';
import type { PersonHouseholdSpell } from './contract';

const MEMBERS = rowRead<HouseholdMemberRow, [householdId: string]>(
  `SELECT m.id AS membershipId, m.row_version AS rowVersion, m.person_id AS personId, p.name, p.gender,
     p.id_number AS idNumber, p.birth_date AS birthDate, m.relation, m.from_date AS fromDate, m.to_date AS toDate,
     m.end_reason AS endReason, m.labour, m.health, m.disability_card_number AS disabilityCardNumber,
     m.disability_grade AS disabilityGrade, m.school_stage AS schoolStage
   FROM household_members m JOIN people p ON p.id = m.person_id
   WHERE m.household_id = ? AND m.voided = 0`,
);

const relationOrder = (relation: HouseholdRelation) => HOUSEHOLD_RELATIONS.indexOf(relation);

const shown = (member: HouseholdMemberRow, masked: boolean): HouseholdMemberRow => ({
  ...member,
  idNumber: maskIdNumber(member.idNumber),
  birthDate: masked ? null : member.birthDate,
  disabilityCardNumber:
    member.disabilityCardNumber && masked ? maskIdNumber(member.disabilityCardNumber) : member.disabilityCardNumber,
});

/** The household's members now and those who left. */
export function membersOf(
  ctx: CoreContext,
  householdId: string,
): { members: HouseholdMemberRow[]; formerMembers: HouseholdMemberRow[] } {
  const masked = masksIds(ctx);
  // Birth dates order the members even when they are not shown.
  const stored = MEMBERS.on(ctx.store.sqlite).all(householdId);
  const current = stored
    .filter((s) => s.toDate === null)
    .sort(
      (a, b) =>
        relationOrder(a.relation) - relationOrder(b.relation) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''),
    );
  const former = stored
    .filter((s) => s.toDate !== null)
    .sort((a, b) => b.toDate!.localeCompare(a.toDate!) || b.fromDate.localeCompare(a.fromDate));
  return {
    members: current.map((s) => shown(s, masked)),
    formerMembers: former.map((s) => shown(s, masked)),
  };
}

const SPELLS = rowRead<PersonHouseholdSpell, [personId: string]>(
  `SELECT m.household_id AS householdId, h.number, p.name AS headName, m.relation, m.from_date AS fromDate,
     m.to_date AS toDate, m.end_reason AS endReason
   FROM household_members m JOIN households h ON h.id = m.household_id JOIN people p ON p.id = h.head_person_id
   WHERE m.person_id = ? AND m.voided = 0
   ORDER BY m.from_date, m.to_date IS NULL, m.to_date, m.rowid`,
);
const OFFICE_OF_PERSON = valueRead<string, [personId: string]>('SELECT office_code FROM people WHERE id = ?');

/** The households a person was or is in, oldest first (moves keep the ended memberships); the city reads a county's. */
export function householdSpellsOf(ctx: CoreContext, personId: string): PersonHouseholdSpell[] {
  const officeCode = OFFICE_OF_PERSON.on(ctx.store.sqlite).get(personId);
  if (officeCode === undefined) return fail('PERSON_NOT_FOUND', { id: personId });
  readOfficeOf(ctx, officeCode);
  return SPELLS.on(ctx.store.sqlite).all(personId);
}
