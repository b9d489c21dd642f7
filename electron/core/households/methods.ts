// Every household method (register, members, poverty file, beneficiaries, import): the one line
// electron/api/contract.ts takes.
import { beneficiaryMethods } from './beneficiaries/methods';
import { householdImportMethods } from './import/methods';
import { householdMemberMethods } from './members/methods';
import { povertyMethods } from './poverty/methods';
import { householdRosterMethods } from './roster/methods';

export const householdMethods = {
  ...householdRosterMethods,
  ...householdMemberMethods,
  ...povertyMethods,
  ...beneficiaryMethods,
  ...householdImportMethods,
} as const;
