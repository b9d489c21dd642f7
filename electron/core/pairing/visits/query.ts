// The visit grid as SQL: visits (x) searched by household number, head or cadre; filtered by household, cadre,
// dates, place, goods or signature; sorted by date (newest first unless asked), household number, head or cadre
// (pageWalk.ts); a page at a time, its columns and goods read for its rows only.
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead, valueRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import { goodsOf, goodsWords } from '../goodsLines';
import { pageRowids, rowsInOrder, sortPlans, type SortPlan } from '../pageWalk';
import { pairingOffice } from '../pairings/query';
import { CADRE_COLUMNS, HOUSEHOLD_COLUMNS, joined, ROW_JOINS, rowConditions, type Condition } from '../rowSql';
import type { GoodsLine, VisitPage, VisitQuery, VisitRow } from './contract';

type StoredVisit = Omit<VisitRow, 'acknowledged' | 'voided' | 'goods'> & {
  rowid: number;
  acknowledged: number;
  voided: number;
};

const VISIT_COLUMNS = `SELECT x.rowid, x.id, x.office_code AS officeCode, x.row_version AS rowVersion,
  ${HOUSEHOLD_COLUMNS}, ${CADRE_COLUMNS}, x.visit_date AS visitDate, x.found, x.done, x.money_fen AS moneyFen,
  x.acknowledged, x.stock_document_id AS stockDocumentId, d.number AS documentNumber, d.status AS documentStatus,
  x.created_at AS createdAt, x.updated_at AS updatedAt, x.updated_by AS updatedBy, x.voided,
  x.void_reason AS voidReason
  FROM household_visits x ${ROW_JOINS} LEFT JOIN stock_documents d ON d.id = x.stock_document_id`;

function whereOf(ctx: CoreContext, query: VisitQuery, officeCode: string, masked: boolean): Condition {
  const conditions = rowConditions(ctx, 'household_visits', query, officeCode, masked);
  if (query.householdId) conditions.push({ sql: 'x.household_id = ?', params: [query.householdId] });
  if (query.cadreId) conditions.push({ sql: 'x.cadre_id = ?', params: [query.cadreId] });
  if (query.from) conditions.push({ sql: 'x.visit_date >= ?', params: [query.from] });
  if (query.to) conditions.push({ sql: 'x.visit_date <= ?', params: [query.to] });
  if (query.withGoods !== undefined)
    conditions.push({ sql: `x.stock_document_id IS ${query.withGoods ? 'NOT ' : ''}NULL`, params: [] });
  if (query.acknowledged !== undefined)
    conditions.push({ sql: 'x.acknowledged = ?', params: [query.acknowledged ? 1 : 0] });
  return joined(conditions, ' AND ');
}

function sortPlan(query: VisitQuery, officeCode: string): SortPlan {
  const { column, direction } = query.sort?.[0] ?? { column: 'visitDate', direction: 'desc' };
  const plans = sortPlans('household_visits', officeCode, 'x.visit_date DESC, x.rowid DESC');
  return column === 'visitDate' ? plans.own('x.visit_date', direction) : plans[column](direction);
}

const toRow = (v: StoredVisit, goods: ReadonlyMap<string, GoodsLine[]>): VisitRow => {
  const { rowid: _, ...visit } = v;
  return {
    ...visit,
    headIdNumber: maskIdNumber(v.headIdNumber),
    acknowledged: v.acknowledged === 1,
    goods: v.stockDocumentId ? goodsWords(goods.get(v.stockDocumentId) ?? []) : null,
    voided: v.voided === 1,
  };
};

function toRows(ctx: CoreContext, stored: readonly StoredVisit[]): VisitRow[] {
  const goods = goodsOf(
    ctx,
    stored.flatMap((v) => (v.stockDocumentId ? [v.stockDocumentId] : [])),
  );
  return stored.map((v) => toRow(v, goods));
}

export function listVisits(ctx: CoreContext, query: VisitQuery & { offset: number; limit: number }): VisitPage {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const where = whereOf(ctx, query, officeCode, masksIds(ctx));
  const total = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM household_visits x WHERE ${where.sql}`,
    where.params,
  );
  const rowids = pageRowids(ctx, sortPlan(query, officeCode), where, total, query);
  return { rows: toRows(ctx, rowsInOrder<StoredVisit>(ctx, VISIT_COLUMNS, rowids)), total };
}

/**
 * Every visit of the view, in its order (the export): the goods of all its issues read first, then the visits as one
 * statement iterates (no other statement may run on the connection meanwhile).
 */
export function* allVisits(ctx: CoreContext, query: VisitQuery): Generator<VisitRow> {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const where = whereOf(ctx, query, officeCode, masksIds(ctx));
  const documents = valueRead<string>(
    `SELECT DISTINCT x.stock_document_id FROM household_visits x WHERE ${where.sql} AND x.stock_document_id IS NOT NULL`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params);
  const goods = goodsOf(ctx, documents);
  const plan = sortPlan(query, officeCode);
  const rows = rowRead<StoredVisit>(
    `${VISIT_COLUMNS} WHERE x.rowid IN (SELECT x.rowid FROM ${plan.joined} WHERE ${where.sql}) ${plan.orderBy}`,
  )
    .fresh(ctx.store.sqlite)
    .iterate(...where.params);
  for (const stored of rows) yield toRow(stored, goods);
}

const ONE_VISIT = rowRead<StoredVisit, [id: string]>(`${VISIT_COLUMNS} WHERE x.id = ?`);

export function findVisit(ctx: CoreContext, id: string): VisitRow | undefined {
  const stored = ONE_VISIT.on(ctx.store.sqlite).get(id);
  if (!stored) return undefined;
  readOfficeOf(ctx, stored.officeCode);
  return toRows(ctx, [stored])[0];
}

export function getVisit(ctx: CoreContext, id: string): VisitRow {
  return findVisit(ctx, id) ?? fail('VISIT_NOT_FOUND', { id });
}
