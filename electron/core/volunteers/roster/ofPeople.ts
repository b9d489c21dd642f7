// Which people of the registry are volunteers of the office: for another roster that names people (a rescue
// team's members), to show their volunteer number and to count their hours as volunteer service.
import type { CoreContext } from '../../context';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';

export interface VolunteerOfPerson {
  id: string;
  number: string;
  /** On the active roster (在册): only they may be given new service records. */
  active: boolean;
}

const OF_PEOPLE = tupleRead<[personId: string, id: string, number: string, status: string]>(
  `SELECT person_id, id, number, status FROM volunteers
   WHERE office_code = ? AND voided = 0 AND person_id IN (${IN_LIST})`,
);

/** Each person's live volunteer record of the office (a person is one live volunteer at most). */
export function volunteersOfPeople(
  ctx: CoreContext,
  officeCode: string,
  personIds: readonly string[],
): Map<string, VolunteerOfPerson> {
  const found = new Map<string, VolunteerOfPerson>();
  for (const batch of inListBatches(personIds))
    for (const [personId, id, number, status] of OF_PEOPLE.on(ctx.store.sqlite).all(officeCode, ...batch))
      found.set(personId, { id, number, active: status === 'active' });
  return found;
}
