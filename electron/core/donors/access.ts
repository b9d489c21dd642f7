// The door of the 三献 register: every donor method but the statistics and the package setting passes here
// (handlers.ts), and every read of donor records - a grid page, a person's record, an export - leaves an audit
// entry naming who read which records.
import { maySeeDonors } from '@rules/roles';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { fail } from '../errors';

/** The context, once its user holds 三献管理员 by name (an admin without it is refused like anyone else). */
export function donorKeeper<C extends CoreContext>(ctx: C): C {
  if (!maySeeDonors(ctx.actor?.roles ?? [])) fail('DONORS_ROLE_REQUIRED');
  return ctx;
}

/**
 * Who read which donor records (the entry itself says when). The person goes inside the entry, not in its record
 * id, so the audit viewer's record filter cannot tell an administrator without the role whom the register holds.
 */
export function auditDonorRead(
  ctx: CoreContext,
  read: { personId?: string; registrationIds: readonly string[]; donationIds?: readonly string[] } & Record<
    string,
    unknown
  >,
): void {
  appendAudit(ctx, { method: ctx.method, tableName: 'donor_registrations', after: read });
}
