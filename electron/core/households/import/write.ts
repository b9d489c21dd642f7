// The household import's writing, inside the import's one transaction: the people the registry lacks, the new
// households (numbered when the file gives none) with their poverty files, and every member's membership from today
// with the member's facts. Each through the record layer's inserter.
import { householdMembers, households, povertyFiles } from '@db/schema';
import type { CoreContext } from '../../context';
import { withIndexesRebuilt } from '../../people/import/indexes';
import { insertMissingPeople } from '../../people/registered';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { takeHouseholdNumbers } from '../numbering';
import type { HouseholdImportRow } from './rows';

/** A valid row and where it goes: the household its head's row forms (null), or one that exists. */
export interface Placed {
  row: HouseholdImportRow;
  existingHouseholdId: string | null;
}

/** Kept while loading: it refuses a member placed twice by a write since the file was checked. */
const KEPT = ['household_members_person_current'];

/** The rows' people, a member the file gives no township or village living where the head's row says. */
function withHouseholdPlace(placed: readonly Placed[]): HouseholdImportRow[] {
  const placeOf = new Map(placed.flatMap(({ row }) => (row.household ? [[row.headIdNumber, row.household]] : [])));
  return placed.map(({ row }) => {
    const household = placeOf.get(row.headIdNumber);
    if (!household || row.household || row.person.township || row.person.village) return row;
    return { ...row, person: { ...row.person, township: household.township, village: household.village } };
  });
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
  insertMissingPeople(ctx, officeCode, withHouseholdPlace(placed), personOf, nextId);
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
      'labour',
      'health',
      'disabilityCardNumber',
      'disabilityGrade',
      'schoolStage',
    ]);
    for (const { row, existingHouseholdId } of placed)
      insertMember(nextId(), {
        householdId: existingHouseholdId ?? householdOf.get(row.headIdNumber)!,
        personId: personOf.get(row.person.idNumber)!,
        relation: row.relation,
        fromDate: today,
        ...row.facts,
      });
  });
  return placed.length;
}
