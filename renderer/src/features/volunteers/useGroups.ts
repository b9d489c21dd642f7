// The office's teams and skills (live ones), for the filters and the form's multi-selects; at the city, a county's.
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import { call } from '../../api/client';
import { useLoad } from '../stock/useLoad';

export function useGroups(officeCode?: string): { teams: VolunteerGroupRow[]; skills: VolunteerGroupRow[] } {
  const [teams] = useLoad(() => call('volunteers.groups.list', { kind: 'team', officeCode }), [officeCode]);
  const [skills] = useLoad(() => call('volunteers.groups.list', { kind: 'skill', officeCode }), [officeCode]);
  return { teams: teams ?? [], skills: skills ?? [] };
}
