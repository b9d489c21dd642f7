// The office's teams and skills (live ones), for the filters and the form's multi-selects.
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import { call } from '../../api/client';
import { useLoad } from '../stock/useLoad';

export function useGroups(): { teams: VolunteerGroupRow[]; skills: VolunteerGroupRow[] } {
  const [teams] = useLoad(() => call('volunteers.groups.list', { kind: 'team' }), []);
  const [skills] = useLoad(() => call('volunteers.groups.list', { kind: 'skill' }), []);
  return { teams: teams ?? [], skills: skills ?? [] };
}
