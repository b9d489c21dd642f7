// Members travel in packages after the people they are: the members (a unit names no person) with the office's
// custom values, their status history, their dues and the office's dues caps. At the city every reference must
// point at a record of the same county, and custom values have the stored form (rules/customFields.ts). The card
// and receipt number sequences stay local.
import { memberDues, members, memberSettings, memberStatusChanges } from '@db/schema';
import { storedCustomValuesProblem } from '../customFields/recordCheck';
import { registerTravelling } from '../stock/exchange';

registerTravelling([
  { table: members, min: { headcount: 1 }, references: { person_id: 'people' }, extra: storedCustomValuesProblem },
  { table: memberStatusChanges, references: { member_id: 'members' } },
  { table: memberDues, min: { amount_fen: 1, year: 1950 }, references: { member_id: 'members' } },
  { table: memberSettings },
]);
