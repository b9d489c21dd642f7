// The household import's writing, inside the import's one transaction: the people the registry lacks, the new
// households (numbered when the file gives none) with their poverty files, every member's membership from today,
// and the members' facts (an update for a person who had facts before). Each through the record layer's inserter.
import { householdMemberFacts, householdMembers, households, povertyFiles } from '@db/schema';
import type { CoreContext } from '../../context';
import { withIndexesRebuilt } from '../../people/import/indexes';
import { insertMissingPeople } from '../../people/registered';
import { recordInserter, updateRecords } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { takeHouseholdNumbers } from '../numbering';
import type { HouseholdImportRow } from './rows';

/** A valid row and where it goes: the household its head's row forms (null), or one that exists. */
export interface Placed {
  row: HouseholdImportRow;
  existingHouseholdId: string | null;
}

/** Kept while loading: they refuse a member placed twice, and facts written twice, by a concurrent write. */
const KEPT = ['household_members_person_current', 'household_member_facts_person'];

const FACTS_OF = tupleRead<[personId: string, factsId: string]>(
  `SELECT person_id, id FROM household_member_facts WHERE voided = 0 AND person_id IN (${IN_LIST})`,
);

function storedFacts(ctx: CoreContext, personIds: readonly string[]): Map<string, string> {
  const read = FACTS_OF.on(ctx.store.sqlite);
  const found = new Map<string, string>();
  for (const batch of inListBatches(personIds))
    for (const [personId, id] of read.all(...batch)) found.set(personId, id);
  return found;
}

export function writeHouseholds(
  ctx: CoreContext,
  officeCode: string,
  placed: readonly Placed[],
  registered: ReadonlyMap<string, string>,
  today: string,
): number {
  const sqlite = ctx.store.sqlite;
  const nextId = sequentialUuids(ctx.now().getTime());
  const personOf = new Map(registered);
  insertMissingPeople(
    ctx,
    officeCode,
    placed.map((p) => p.row),
    personOf,
    nextId,
  );
  const heads = placed.filter((p) => p.row.household !== null);
  const numbers = takeHouseholdNumbers(ctx, officeCode, heads.filter((p) => p.row.household!.number === null).length);
  const householdOf = new Map<string, string>();
  withIndexesRebuilt(sqlite, 'households', [], heads.length, () => {
    const insertHousehold = recordInserter(ctx, households, officeCode, [
      'number',
      'headPersonId',
      'attribute',
      'township',
      'village',
      'villageGroup',
      'address',
    ]);
    const insertFile = recordInserter(ctx, povertyFiles, officeCode, [
      'householdId',
      'mainCause',
      'secondaryCause',
      'status',
      'monitoringCategory',
      'statusDate',
    ]);
    let numbered = 0;
    for (const { row } of heads) {
      const household = row.household!;
      const id = nextId();
      householdOf.set(row.headIdNumber, id);
      insertHousehold(id, {
        number: household.number ?? numbers[numbered++]!,
        headPersonId: personOf.get(row.person.idNumber)!,
        attribute: household.attribute,
        township: household.township,
        village: household.village,
        villageGroup: household.villageGroup,
        address: household.address,
      });
      const file = household.file;
      if (file)
        insertFile(nextId(), {
          householdId: id,
          mainCause: file.mainCause,
          secondaryCause: file.secondaryCause,
          status: file.status,
          monitoringCategory: file.category,
          statusDate: null,
        });
    }
  });
  withIndexesRebuilt(sqlite, 'household_members', KEPT, placed.length, () => {
    const insertMember = recordInserter(ctx, householdMembers, officeCode, [
      'householdId',
      'personId',
      'relation',
      'fromDate',
    ]);
    for (const { row, existingHouseholdId } of placed)
      insertMember(nextId(), {
        householdId: existingHouseholdId ?? householdOf.get(row.headIdNumber)!,
        personId: personOf.get(row.person.idNumber)!,
        relation: row.relation,
        fromDate: today,
      });
  });
  writeFacts(ctx, officeCode, placed, personOf, nextId);
  return placed.length;
}

function writeFacts(
  ctx: CoreContext,
  officeCode: string,
  placed: readonly Placed[],
  personOf: ReadonlyMap<string, string>,
  nextId: () => string,
): void {
  const withFacts = placed.filter((p) => p.row.facts !== null);
  const before = storedFacts(
    ctx,
    withFacts.map((p) => personOf.get(p.row.person.idNumber)!),
  );
  const insertFacts = recordInserter(ctx, householdMemberFacts, officeCode, [
    'personId',
    'labour',
    'health',
    'disabilityCardNumber',
    'disabilityGrade',
    'schoolStage',
  ]);
  const updates: { id: string; set: NonNullable<HouseholdImportRow['facts']> }[] = [];
  withIndexesRebuilt(ctx.store.sqlite, 'household_member_facts', KEPT, withFacts.length, () => {
    for (const { row } of withFacts) {
      const personId = personOf.get(row.person.idNumber)!;
      const stored = before.get(personId);
      if (stored) updates.push({ id: stored, set: row.facts! });
      else insertFacts(nextId(), { personId, ...row.facts! });
    }
  });
  updateRecords(ctx, householdMemberFacts, updates);
}
