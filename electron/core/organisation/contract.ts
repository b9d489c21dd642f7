// Types of the organisation dashboard (组织概览) shared by core and renderer: the office's Red Cross rosters in a few
// figures of the current year, each the total of the list it opens where that list exists.
import type { MemberStats } from '../members/roster/contract';

export interface OrganisationDashboard {
  officeCode: string;
  /** The current calendar year at the office (China time): "this year" of every figure. */
  year: number;
  /** On the roster as 在册 (not suspended, deregistered or voided); registered this year, whatever their status. */
  volunteers: { active: number; registeredThisYear: number };
  /** Approved hours of the year, in all and by month (January first), in half-hours. */
  approvedHalfHours: number;
  approvedByMonth: number[];
  /** Service records of any date waiting for approval, and their hours in half-hours. */
  pending: { records: number; halfHours: number };
  /** Live members by kind and lapsed (members.stats), and those one unpaid year from lapsing (the list to call). */
  members: MemberStats & { aboutToLapse: number };
}
