// The volunteers' shared contract: who may do what. Clerks keep the roster and record hours; only an approver (or
// an admin) approves or rejects service records; everyone who reads the office's rosters reads it.
import type { Role } from '@rules/roles';

export const VOLUNTEER_CLERKS: readonly Role[] = ['clerk'];
export const SERVICE_APPROVERS: readonly Role[] = ['approver'];
export const VOLUNTEER_READERS: readonly Role[] = ['clerk', 'approver', 'viewer', 'trainer'];
