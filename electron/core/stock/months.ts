// Month close (月结): an approver locks a month; locks are cumulative - locking a month closes it and every
// month before it, so nothing posts with a document date on or before the latest locked month.
// Unlocking voids the locks of that month and every later one with a reason, so the audit shows who reopened
// it and why (a later lock left standing would keep the reopened month closed).
import { and, desc, eq, gte } from 'drizzle-orm';
import { stockMonthLocks } from '@db/schema';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecord, voidRecord } from '../records/write';
import type { MonthLockRow } from './contract';
import { officeCodeOf, requireRole } from './office';

/** The office's live locks (of `fromMonth` and later), latest first. */
function liveLocks(ctx: CoreContext, fromMonth?: string) {
  const t = stockMonthLocks;
  return ctx.store.orm
    .select({ id: t.id, month: t.month, lockedByName: t.lockedByName, lockedAt: t.createdAt, createdBy: t.createdBy })
    .from(t)
    .where(
      and(eq(t.officeCode, officeCodeOf(ctx)), eq(t.voided, false), fromMonth ? gte(t.month, fromMonth) : undefined),
    )
    .orderBy(desc(t.month));
}

/** The live lock that closes `month`: the latest lock on or after it. */
function closingLock(ctx: CoreContext, month: string): MonthLockRow | undefined {
  return liveLocks(ctx, month).limit(1).get();
}

export function listMonthLocks(ctx: CoreContext): MonthLockRow[] {
  return liveLocks(ctx).all();
}

/** Fails MONTH_LOCKED when the month of `documentDate` is closed by a lock of that or a later month. Call inside the posting transaction. */
export function refuseLockedMonth(ctx: CoreContext, documentDate: string): void {
  const month = documentDate.slice(0, 7);
  const lock = closingLock(ctx, month);
  if (lock) fail('MONTH_LOCKED', { month, lockedThrough: lock.month });
}

export function lockMonth(ctx: CoreContext, month: string): MonthLockRow {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  const officeCode = officeCodeOf(ctx);
  const lock = closingLock(ctx, month);
  if (lock) fail('MONTH_ALREADY_LOCKED', { month, lockedThrough: lock.month });
  insertRecord(ctx, stockMonthLocks, officeCode, { month, lockedByName: ctx.actor?.displayName ?? 'system' });
  return closingLock(ctx, month)!;
}

/** Reopens `month`: voids its lock and every later one (all or none); returns the earliest lock voided. */
export function unlockMonth(ctx: CoreContext, month: string, reason: string): MonthLockRow {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  const locks = liveLocks(ctx, month).all();
  if (locks.length === 0) fail('MONTH_NOT_LOCKED', { month });
  for (const lock of locks) voidRecord(ctx, stockMonthLocks, lock.id, reason);
  return locks.at(-1)!;
}
