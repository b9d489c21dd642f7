// A household's members as the detail shows them: every live membership with its person and facts, current ones
// head first (then by relation and age), former ones latest first. ID and disability card numbers are masked;
// birth dates are shown only to who may reveal ID numbers.
import { HOUSEHOLD_RELATIONS, type HouseholdRelation } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { masksIds } from '../../people/query';
import { rowRead } from '../../records/reads';
import type { HouseholdMemberRow } from '../roster/contract';

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
