// The member roster -> core.
import type { HandlersFor } from '../../handler';
import { memberStats } from '../dues/lists';
import { exportMembers } from './export';
import { memberFacets } from './facets';
import { memberHistory } from './history';
import { changeMemberStatus, createMember, updateMember, voidMember } from './members';
import type { MemberRosterMethodName } from './methods';
import { getMember, listMembers } from './query';

export const memberRosterHandlers: HandlersFor<MemberRosterMethodName> = {
  'members.list': (ctx, input) => listMembers(ctx, input),
  'members.export': (ctx, input) => exportMembers(ctx, input),
  'members.facets': (ctx, input) => memberFacets(ctx, input),
  'members.get': (ctx, input) => getMember(ctx, input.id),
  'members.history': (ctx, input) => memberHistory(ctx, getMember(ctx, input.id).id),
  'members.create': (ctx, input) => createMember(ctx, input),
  'members.update': (ctx, input) => updateMember(ctx, input.id, input.rowVersion, input.patch),
  'members.setStatus': (ctx, input) => changeMemberStatus(ctx, input),
  'members.void': (ctx, input) => voidMember(ctx, input.id, input.reason),
  'members.stats': (ctx, input) => memberStats(ctx, input),
};
