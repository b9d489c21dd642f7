// Dues -> core.
import type { HandlersFor } from '../../handler';
import { officeCodeOf } from '../../stock/office';
import { duesCaps, setDuesCaps } from '../settings';
import { collectDues, collectDuesBatch, duesOfMember, voidDues } from './dues';
import { membersToCall } from './lists';
import type { DuesMethodName } from './methods';
import { duesReceipts } from './receipts';

export const duesHandlers: HandlersFor<DuesMethodName> = {
  'members.dues.collect': (ctx, input) => collectDues(ctx, input),
  'members.dues.collectBatch': (ctx, input) => collectDuesBatch(ctx, input),
  'members.dues.list': (ctx, input) => duesOfMember(ctx, input.memberId),
  'members.dues.void': (ctx, input) => {
    voidDues(ctx, input.id, input.reason);
    return null;
  },
  'members.dues.receipts': (ctx, input) => duesReceipts(ctx, input),
  'members.dues.toCall': (ctx, input) => membersToCall(ctx, input),
  'members.dues.caps': (ctx) => duesCaps(ctx, officeCodeOf(ctx)),
  'members.dues.setCaps': (ctx, input) => setDuesCaps(ctx, input),
};
