// 超期未走访: the pairings holding now whose cadre has not visited the household for N months (the office's setting
// unless asked otherwise), counted from the later of the last visit and the pairing's start (rules/pairing.ts): a
// pairing begun on or before the cutoff whose cadre has no visit after it. In the order of the place (a village's
// households together); searched by household number, head or cadre, filtered by place or cadre; a page at a time.
import { maskIdNumber } from '@rules/idNumber';
import { overdueCutoff, overdueFrom } from '@rules/pairing';
import type { CoreContext } from '../../context';
import { masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { localToday } from '../../stock/office';
import { pageRowids, rowsInOrder, sortPlans } from '../pageWalk';
import { pairingOffice } from '../pairings/query';
import { CADRE_COLUMNS, CADRE_PHONE, HOUSEHOLD_COLUMNS, joined, ROW_JOINS, rowConditions } from '../rowSql';
import { pairingSettingsOf } from '../settings';
import type { OverduePage, OverdueQuery, OverdueRow } from './contract';

type StoredOverdue = Omit<OverdueRow, 'overdueSince'> & { rowid: number };

const OVERDUE_COLUMNS = `SELECT x.rowid, x.id, ${HOUSEHOLD_COLUMNS}, ${CADRE_COLUMNS}, ${CADRE_PHONE} AS cadrePhone,
  x.from_date AS fromDate, (SELECT max(v.visit_date) FROM household_visits v
    WHERE v.household_id = x.household_id AND v.cadre_id = x.cadre_id AND v.voided = 0) AS lastVisit
  FROM household_pairings x ${ROW_JOINS}`;

export function overduePairings(
  ctx: CoreContext,
  query: OverdueQuery & { offset: number; limit: number },
): OverduePage {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const months = query.months ?? pairingSettingsOf(ctx, officeCode).overdueMonths;
  const cutoff = overdueCutoff(localToday(ctx), months);
  const conditions = [
    ...rowConditions(ctx, 'household_pairings', { ...query, includeVoided: false }, officeCode, masksIds(ctx)),
    { sql: 'x.to_date IS NULL AND x.from_date <= ?', params: [cutoff] },
    // No visit of its cadre since the cutoff: one probe of the visits' pairing index.
    {
      sql: `NOT EXISTS (SELECT 1 FROM household_visits v WHERE v.household_id = x.household_id
        AND v.cadre_id = x.cadre_id AND v.voided = 0 AND v.visit_date > ?)`,
      params: [cutoff],
    },
  ];
  if (query.cadreId) conditions.push({ sql: 'x.cadre_id = ?', params: [query.cadreId] });
  const where = joined(conditions, ' AND ');
  const total = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM household_pairings x WHERE ${where.sql}`,
    where.params,
  );
  const plan = sortPlans('household_pairings', officeCode, 'x.rowid').place('asc');
  const rows = rowsInOrder<StoredOverdue>(ctx, OVERDUE_COLUMNS, pageRowids(ctx, plan, where, total, query));
  return {
    rows: rows.map(({ rowid: _, ...row }) => ({
      ...row,
      headIdNumber: maskIdNumber(row.headIdNumber),
      overdueSince: overdueFrom(row.fromDate, row.lastVisit, months),
    })),
    total,
    months,
    cutoff,
  };
}
