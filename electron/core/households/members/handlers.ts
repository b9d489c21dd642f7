// A household's members -> core.
import type { HandlersFor } from '../../handler';
import { saveMemberFacts } from './facts';
import { addMember, moveMember, removeMember, setHead, setRelation, voidMembership } from './membership';
import type { HouseholdMemberMethodName } from './methods';
import { householdSpellsOf } from './rows';

export const householdMemberHandlers: HandlersFor<HouseholdMemberMethodName> = {
  'households.members.history': (ctx, input) => householdSpellsOf(ctx, input.personId),
  'households.members.add': (ctx, input) => addMember(ctx, input),
  'households.members.move': (ctx, input) => moveMember(ctx, input),
  'households.members.remove': (ctx, input) => removeMember(ctx, input),
  'households.members.setHead': (ctx, input) => setHead(ctx, input),
  'households.members.setRelation': (ctx, input) => setRelation(ctx, input),
  'households.members.void': (ctx, input) => voidMembership(ctx, input.membershipId, input.reason),
  'households.members.saveFacts': (ctx, input) => saveMemberFacts(ctx, input),
};
