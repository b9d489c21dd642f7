// The pairing grid as SQL: pairings (x) holding now unless the history is asked for; searched by household number,
// head or cadre, filtered by cadre, household or place, sorted by household number, place, head, cadre (pageWalk.ts)
// or start; a page at a time, its columns (and each cadre's last visit to the household) read for its rows only.
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import { pageRowids, rowsInOrder, sortPlans, type SortPlan } from '../pageWalk';
import {
  CADRE_COLUMNS,
  CADRE_PHONE,
  HOUSEHOLD_COLUMNS,
  joined,
  ROW_JOINS,
  rowConditions,
  type Condition,
} from '../rowSql';
import type { PairingPage, PairingQuery, PairingRow } from './contract';

type StoredPairing = Omit<PairingRow, 'voided'> & { rowid: number; voided: number };

/** The pairing's cadre's last (live) visit to its household. */
const PAIRING_LAST_VISIT = `(SELECT max(v.visit_date) FROM household_visits v
  WHERE v.household_id = x.household_id AND v.cadre_id = x.cadre_id AND v.voided = 0)`;

const PAIRING_COLUMNS = `SELECT x.rowid, x.id, x.office_code AS officeCode, x.row_version AS rowVersion,
  ${HOUSEHOLD_COLUMNS}, h.village_group AS villageGroup, ${CADRE_COLUMNS}, c.unit AS cadreUnit, c.level AS cadreLevel,
  ${CADRE_PHONE} AS cadrePhone, x.from_date AS fromDate, x.to_date AS toDate, x.end_reason AS endReason,
  ${PAIRING_LAST_VISIT} AS lastVisit, x.updated_at AS updatedAt, x.voided, x.void_reason AS voidReason
  FROM household_pairings x ${ROW_JOINS}`;

const toRow = ({ rowid: _, ...stored }: StoredPairing): PairingRow => ({
  ...stored,
  headIdNumber: maskIdNumber(stored.headIdNumber),
  voided: stored.voided === 1,
});

function whereOf(ctx: CoreContext, query: PairingQuery, officeCode: string, masked: boolean): Condition {
  const conditions = rowConditions(ctx, 'household_pairings', query, officeCode, masked);
  if (!query.includeEnded) conditions.push({ sql: 'x.to_date IS NULL', params: [] });
  if (query.cadreId) conditions.push({ sql: 'x.cadre_id = ?', params: [query.cadreId] });
  if (query.householdId) conditions.push({ sql: 'x.household_id = ?', params: [query.householdId] });
  return joined(conditions, ' AND ');
}

function sortPlan(query: PairingQuery, officeCode: string): SortPlan {
  const { column, direction } = query.sort?.[0] ?? { column: 'householdNumber', direction: 'asc' };
  const plans = sortPlans('household_pairings', officeCode, 'x.from_date, x.rowid');
  return column === 'fromDate' ? plans.own('x.from_date', direction) : plans[column](direction);
}

export function pairingOffice(ctx: CoreContext, requested: string | undefined): string {
  const officeCode = readOfficeOf(ctx, requested);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

export function listPairings(ctx: CoreContext, query: PairingQuery & { offset: number; limit: number }): PairingPage {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const where = whereOf(ctx, query, officeCode, masksIds(ctx));
  const total = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM household_pairings x WHERE ${where.sql}`,
    where.params,
  );
  const rowids = pageRowids(ctx, sortPlan(query, officeCode), where, total, query);
  return { rows: rowsInOrder<StoredPairing>(ctx, PAIRING_COLUMNS, rowids).map(toRow), total };
}

/** Every pairing of the view, in its order (the export, a household's cadre history). */
export function allPairings(ctx: CoreContext, query: PairingQuery): PairingRow[] {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const where = whereOf(ctx, query, officeCode, masksIds(ctx));
  const plan = sortPlan(query, officeCode);
  return rowRead<StoredPairing>(
    `${PAIRING_COLUMNS} WHERE x.rowid IN (SELECT x.rowid FROM ${plan.joined} WHERE ${where.sql}) ${plan.orderBy}`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map(toRow);
}

const ONE_PAIRING = rowRead<StoredPairing, [id: string]>(`${PAIRING_COLUMNS} WHERE x.id = ?`);

export function getPairing(ctx: CoreContext, id: string): PairingRow {
  const stored = ONE_PAIRING.on(ctx.store.sqlite).get(id) ?? fail('PAIRING_NOT_FOUND', { id });
  readOfficeOf(ctx, stored.officeCode);
  return toRow(stored);
}

/** The household's cadres from the first, ended ones with the day they ended (its 帮扶责任人 history). */
export function cadreHistory(ctx: CoreContext, householdId: string, officeCode: string): PairingRow[] {
  return allPairings(ctx, {
    householdId,
    officeCode,
    includeEnded: true,
    sort: [{ column: 'fromDate', direction: 'asc' }],
  });
}
