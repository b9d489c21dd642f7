// Volunteers travel in packages after the people they are: the teams and skills lists and who is in them, the
// office's star thresholds, activities, service records and the proofs issued. At the city every reference must
// point at a record of the same county (a volunteer is that county's person). The number sequences stay local.
import {
  volunteerActivities,
  volunteerGroupMembers,
  volunteerGroups,
  volunteerProofs,
  volunteers,
  volunteerServiceRecords,
  volunteerSettings,
} from '@db/schema';
import { registerTravelling } from '../stock/exchange';

registerTravelling([
  { table: volunteers, references: { person_id: 'people' } },
  { table: volunteerGroups, min: { sort_order: 0 } },
  {
    table: volunteerGroupMembers,
    references: { volunteer_id: 'volunteers', group_id: 'volunteer_groups' },
  },
  { table: volunteerSettings },
  { table: volunteerActivities, min: { half_hours: 1 } },
  {
    table: volunteerServiceRecords,
    min: { half_hours: 1 },
    references: { volunteer_id: 'volunteers', activity_id: 'volunteer_activities' },
  },
  { table: volunteerProofs, min: { half_hours: 1 }, references: { volunteer_id: 'volunteers' } },
]);
