// Rescue teams travel in packages after the people, the warehouse catalog and the volunteer service records they
// point at: the settings, the teams, their members (with their custom values), equipment, drills and attendance.
// At the city every reference must point at a record of the same county, which the city reads and never edits.
import {
  rescueDrillAttendance,
  rescueDrills,
  rescueSettings,
  rescueTeamEquipment,
  rescueTeamMembers,
  rescueTeams,
} from '@db/schema';
import { storedCustomValuesProblem } from '../customFields/recordCheck';
import { registerExchangeTable } from '../exchange/registry';
import { tableRules } from '../exchange/validation/columns';
import { referencesOf } from '../exchange/validation/references';
import { registerTravelling } from '../stock/exchange';

registerTravelling([{ table: rescueSettings }, { table: rescueTeams }]);

registerExchangeTable({
  name: 'rescue_team_members',
  validate: tableRules(rescueTeamMembers, { extra: storedCustomValuesProblem }),
  references: referencesOf(rescueTeamMembers, { team_id: 'rescue_teams', person_id: 'people' }),
});

registerTravelling([
  {
    table: rescueTeamEquipment,
    min: { quantity: 1 },
    references: { team_id: 'rescue_teams', item_id: 'stock_items' },
  },
  {
    table: rescueDrills,
    min: { half_hours: 1 },
    references: { team_id: 'rescue_teams', activity_id: 'volunteer_activities' },
  },
  {
    table: rescueDrillAttendance,
    min: { half_hours: 1 },
    references: {
      drill_id: 'rescue_drills',
      team_member_id: 'rescue_team_members',
      service_record_id: 'volunteer_service_records',
    },
  },
]);
