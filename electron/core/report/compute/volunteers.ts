// volunteers and volunteerHours, read by the code of the lists they open: the roster's filter (在册, registered
// by the end) and the approved hours the star page and the dashboard add up.
import { countVolunteers } from '../../volunteers/roster/query';
import { approvedHalfHoursBetween } from '../../volunteers/service/stats';
import type { ReportScope } from '../scope';

export function activeVolunteers(scope: ReportScope): number {
  return countVolunteers(scope.ctx, scope.office, { status: 'active', registeredTo: scope.to });
}

export function volunteerHours(scope: ReportScope): number {
  return approvedHalfHoursBetween(scope.ctx, scope.office, scope.from, scope.to) / 2;
}
