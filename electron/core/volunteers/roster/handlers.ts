// The volunteer roster -> core.
import type { HandlersFor } from '../../handler';
import { exportVolunteers } from './export';
import { createGroup, listGroups, updateGroup, voidGroup } from './groups';
import type { VolunteerRosterMethodName } from './methods';
import { listVolunteers } from './query';
import { createVolunteer, getVolunteer, updateVolunteer, voidVolunteer } from './volunteers';

export const volunteerRosterHandlers: HandlersFor<VolunteerRosterMethodName> = {
  'volunteers.list': (ctx, input) => listVolunteers(ctx, input),
  'volunteers.export': (ctx, input) => exportVolunteers(ctx, input),
  'volunteers.get': (ctx, input) => getVolunteer(ctx, input.id),
  'volunteers.create': (ctx, input) => createVolunteer(ctx, input),
  'volunteers.update': (ctx, input) => updateVolunteer(ctx, input.id, input.rowVersion, input.patch),
  'volunteers.void': (ctx, input) => voidVolunteer(ctx, input.id, input.reason),
  'volunteers.groups.list': (ctx, input) => listGroups(ctx, input.kind, input),
  'volunteers.groups.create': (ctx, input) => createGroup(ctx, input),
  'volunteers.groups.update': (ctx, input) => updateGroup(ctx, input.id, input.rowVersion, input.patch),
  'volunteers.groups.void': (ctx, input) => voidGroup(ctx, input.id, input.reason),
};
