// A household's members as the detail shows them: every live membership with its person and the person's facts,
// current ones head first (then by relation and age), former ones latest first. ID and card numbers are masked;
// birth dates are shown only to who may reveal ID numbers.
import { HOUSEHOLD_RELATIONS, type HouseholdRelation } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { masksIds } from '../../people/query';
import { rowRead } from '../../records/reads';
import type { HouseholdMemberRow, MemberFacts } from '../roster/contract';

interface StoredMember extends Omit<HouseholdMemberRow, 'facts'>, MemberFacts {
  factsId: string | null;
  factsVersion: number | null;
}

const MEMBERS = rowRead<StoredMember, [householdId: string]>(
  `SELECT m.id AS membershipId, m.row_version AS rowVersion, m.person_id AS personId, p.name, p.gender,
     p.id_number AS idNumber, p.birth_date AS birthDate, m.relation, m.from_date AS fromDate, m.to_date AS toDate,
     m.end_reason AS endReason, f.id AS factsId, f.row_version AS factsVersion, f.labour, f.health,
     f.disability_card_number AS disabilityCardNumber, f.disability_grade AS disabilityGrade,
     f.school_stage AS schoolStage
   FROM household_members m JOIN people p ON p.id = m.person_id
   LEFT JOIN household_member_facts f ON f.person_id = m.person_id AND f.voided = 0
   WHERE m.household_id = ? AND m.voided = 0`,
);

const relationOrder = (relation: HouseholdRelation) => HOUSEHOLD_RELATIONS.indexOf(relation);

function toRow(stored: StoredMember, masked: boolean): HouseholdMemberRow {
  const { factsId, factsVersion, labour, health, disabilityCardNumber, disabilityGrade, schoolStage, ...member } =
    stored;
  const card = disabilityCardNumber && masked ? maskIdNumber(disabilityCardNumber) : disabilityCardNumber;
  return {
    ...member,
    idNumber: maskIdNumber(member.idNumber),
    birthDate: masked ? null : member.birthDate,
    facts:
      factsId === null
        ? null
        : {
            id: factsId,
            rowVersion: factsVersion!,
            labour,
            health,
            disabilityCardNumber: card,
            disabilityGrade,
            schoolStage,
          },
  };
}

/** The household's members now and those who left. */
export function membersOf(
  ctx: CoreContext,
  householdId: string,
): { members: HouseholdMemberRow[]; formerMembers: HouseholdMemberRow[] } {
  const masked = masksIds(ctx);
  const stored = MEMBERS.on(ctx.store.sqlite).all(householdId);
  // Birth dates order the members even when they are not shown.
  const born = new Map(stored.map((s) => [s.membershipId, s.birthDate ?? '']));
  const current = stored
    .filter((s) => s.toDate === null)
    .sort(
      (a, b) =>
        relationOrder(a.relation) - relationOrder(b.relation) ||
        born.get(a.membershipId)!.localeCompare(born.get(b.membershipId)!),
    );
  const former = stored
    .filter((s) => s.toDate !== null)
    .sort((a, b) => b.toDate!.localeCompare(a.toDate!) || b.fromDate.localeCompare(a.fromDate));
  return {
    members: current.map((s) => toRow(s, masked)),
    formerMembers: former.map((s) => toRow(s, masked)),
  };
}
