// The households' shared contract: who may do what. Clerks keep households, members, poverty files and
// beneficiaries (admins may too); everyone who reads the office's rosters reads them, and the warehouse keeper, who
// issues relief to households.
import type { Role } from '@rules/roles';

export const HOUSEHOLD_CLERKS: readonly Role[] = ['clerk'];
export const HOUSEHOLD_READERS: readonly Role[] = ['clerk', 'approver', 'viewer', 'trainer', 'warehouse'];
