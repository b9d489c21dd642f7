// The registry's side of every roster import: which ID numbers it holds already (matched), and the people it
// lacks added in bulk through the record layer (created). Training's legacy register and the volunteer roster use it.
import { people } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { recordInserter } from '../records/bulk';
import { fieldKeysOf } from '../records/meta';
import { tupleRead } from '../records/reads';
import { IN_LIST, inListBatches } from '../records/statements';
import { withIndexesRebuilt } from './import/indexes';
import type { NormalizedPerson } from './validate';

const PERSON_FIELDS = fieldKeysOf(people);
/** Kept while loading: it names the row of a person registered since the file was checked. */
const KEPT = ['people_id_number_live'];

/** The registry's live person for each of the ID numbers it holds, looked up IN_LIST_SIZE at a time. */
export function registeredPeople(
  ctx: CoreContext,
  officeCode: string,
  idNumbers: readonly string[],
): Map<string, string> {
  const find = tupleRead<[string, string]>(
    `SELECT id_number, id FROM people WHERE office_code = ? AND voided = 0 AND id_number IN (${IN_LIST})`,
  ).on(ctx.store.sqlite);
  const found = new Map<string, string>();
  for (const batch of inListBatches(idNumbers))
    for (const [idNumber, id] of find.all(officeCode, ...batch)) found.set(idNumber, id);
  return found;
}

const uniqueFailure = (error: unknown) => (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Adds the people of `rows` that `personOf` (ID number -> person id) lacks, and notes each in it; a person
 * registered since the check fails the caller's transaction with ID_DUPLICATE naming the row. Answers how many.
 */
export function insertMissingPeople(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly { row: number; person: NormalizedPerson }[],
  personOf: Map<string, string>,
  nextId: () => string,
): number {
  const missing = rows.filter((row) => !personOf.has(row.person.idNumber));
  const insertPerson = recordInserter(ctx, people, officeCode, PERSON_FIELDS);
  let added = 0;
  withIndexesRebuilt(ctx.store.sqlite, 'people', KEPT, missing.length, () => {
    for (const row of missing) {
      if (personOf.has(row.person.idNumber)) continue; // a second row of someone added just now
      const id = nextId();
      try {
        insertPerson(id, row.person);
      } catch (error) {
        if (uniqueFailure(error)) fail('ID_DUPLICATE', { row: row.row });
        throw error;
      }
      personOf.set(row.person.idNumber, id);
      added++;
    }
  });
  return added;
}
