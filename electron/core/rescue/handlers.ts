// Rescue teams -> core.
import { fail } from '../errors';
import type { HandlersFor } from '../handler';
import type { HandlerContext } from '../handlerContext';
import { readOfficeOf } from '../stock/office';
import { getDrill, listDrills } from './drillList';
import { recordDrill, updateDrill, voidDrill } from './drills';
import { assignEquipment, returnEquipment, teamEquipment, voidEquipment } from './equipment';
import { exportTeamMembers } from './memberExport';
import { listTeamMembers } from './memberList';
import { addTeamMember, leaveTeam, updateTeamMember, voidTeamMember } from './members';
import type { RescueMethodName } from './methods';
import { rescueSettingsOf, setRescueList } from './settings';
import { getTeam, listTeams } from './teamList';
import { createTeam, updateTeam, voidTeam } from './teams';

/** One office's settings: the own office, or a county the city names. */
function oneOffice(ctx: HandlerContext, requested?: string): string {
  const code = readOfficeOf(ctx, requested);
  return code === 'all' ? fail('FORBIDDEN') : code;
}

export const rescueHandlers: HandlersFor<RescueMethodName> = {
  'rescue.settings.get': (ctx, input) => rescueSettingsOf(ctx, oneOffice(ctx, input.officeCode)),
  'rescue.settings.set': (ctx, input) => setRescueList(ctx, input),
  'rescue.teams.list': (ctx, input) => listTeams(ctx, input),
  'rescue.teams.get': (ctx, input) => getTeam(ctx, input.id),
  'rescue.teams.create': (ctx, input) => createTeam(ctx, input),
  'rescue.teams.update': (ctx, input) => updateTeam(ctx, input.id, input.rowVersion, input.patch),
  'rescue.teams.void': (ctx, input) => voidTeam(ctx, input.id, input.reason),
  'rescue.members.list': (ctx, input) => listTeamMembers(ctx, input),
  'rescue.members.export': (ctx, input) => exportTeamMembers(ctx, input),
  'rescue.members.add': (ctx, input) => addTeamMember(ctx, input),
  'rescue.members.update': (ctx, input) => updateTeamMember(ctx, input.id, input.rowVersion, input.patch),
  'rescue.members.leave': (ctx, input) => leaveTeam(ctx, input.id, input.rowVersion, input.leftDate, input.reason),
  'rescue.members.void': (ctx, input) => voidTeamMember(ctx, input.id, input.reason),
  'rescue.equipment.list': (ctx, input) => teamEquipment(ctx, input.teamId, input.includeReturned),
  'rescue.equipment.assign': (ctx, input) => assignEquipment(ctx, input),
  'rescue.equipment.return': (ctx, input) => returnEquipment(ctx, input.id, input.returnedDate),
  'rescue.equipment.void': (ctx, input) => voidEquipment(ctx, input.id, input.reason),
  'rescue.drills.list': (ctx, input) => listDrills(ctx, input),
  'rescue.drills.get': (ctx, input) => getDrill(ctx, input.id),
  'rescue.drills.record': (ctx, { teamId, ...input }) => recordDrill(ctx, teamId, input),
  'rescue.drills.update': (ctx, { id, rowVersion, ...input }) => updateDrill(ctx, id, rowVersion, input),
  'rescue.drills.void': (ctx, input) => voidDrill(ctx, input.id, input.reason),
};
