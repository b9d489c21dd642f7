// Month close (月结): an approver locks a month; nothing posts with a document date in a locked month.
// Unlocking voids the lock with a reason, so the audit shows who reopened it and why.
import { stockMonthLocks } from '../../../db/schema';
import type { MonthLockRow } from '../../api/stock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { insertRecord, voidRecord } from '../records/write';
import { cachedStatement } from '../records/statements';
import { officeCodeOf, requireRole } from './office';

const LOCK_SQL = `SELECT id, month, locked_by_name AS lockedByName, created_at AS lockedAt, created_by AS createdBy
  FROM stock_month_locks WHERE office_code = ? AND voided = 0`;

function findLock(ctx: CoreContext, month: string): MonthLockRow | undefined {
  return cachedStatement(ctx.store.sqlite, `${LOCK_SQL} AND month = ?`).get(officeCodeOf(ctx), month) as MonthLockRow | undefined;
}

export function listMonthLocks(ctx: CoreContext): MonthLockRow[] {
  return cachedStatement(ctx.store.sqlite, `${LOCK_SQL} ORDER BY month DESC`).all(officeCodeOf(ctx)) as MonthLockRow[];
}

/** Fails MONTH_LOCKED when the month of `documentDate` is locked. Call inside the posting transaction. */
export function refuseLockedMonth(ctx: CoreContext, documentDate: string): void {
  const month = documentDate.slice(0, 7);
  if (findLock(ctx, month)) fail('MONTH_LOCKED', { month });
}

export function lockMonth(ctx: CoreContext, month: string): MonthLockRow {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  const officeCode = officeCodeOf(ctx);
  ctx.store.sqlite.transaction(() => {
    if (findLock(ctx, month)) fail('MONTH_ALREADY_LOCKED', { month });
    insertRecord(ctx, stockMonthLocks, officeCode, { month, lockedByName: ctx.actor?.displayName ?? 'system' });
  }).immediate();
  return findLock(ctx, month)!;
}

export function unlockMonth(ctx: CoreContext, month: string, reason: string): MonthLockRow {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  return ctx.store.sqlite.transaction(() => {
    const lock = findLock(ctx, month) ?? fail('MONTH_NOT_LOCKED', { month });
    voidRecord(ctx, stockMonthLocks, lock.id, reason);
    return lock;
  }).immediate();
}
