// The warehouse dashboard's figures: lots expiring within N days and already expired, items below their
// reserve quota, stock value by category, and this month's movements.
// Quantities of different items are never added (10 床 + 5 袋 is no number): categories carry value in 元
// and how many items they hold, and the month's movements are valued in 元 by the lots' unit values.
import type { ExpiryAlert, QuotaAlert, StockDashboard } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { localToday, reportOfficeOf } from '../office';
import { listQuotas } from '../quotas';

export const DEFAULT_EXPIRY_DAYS = 90;
const DAY_MS = 86_400_000;

export interface DashboardInput {
  days?: number;
  asOf?: string;
  warehouseId?: string | null;
  officeCode?: string;
}

// A lot's expiry date is its last good day: expired once the day has passed.
const EXPIRY = rowRead<ExpiryAlert>(`
  SELECT b.warehouse_id AS warehouseId, w.name AS warehouseName, b.item_id AS itemId, i.code AS itemCode, i.name AS itemName,
    i.unit, b.lot_id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate,
    CAST(julianday(l.expiry_date) - julianday(@asOf) AS INTEGER) AS daysLeft,
    b.quantity, b.quantity * l.unit_value AS value
  FROM stock_balances b
  JOIN stock_lots l ON l.id = b.lot_id
  JOIN stock_items i ON i.id = b.item_id
  JOIN stock_warehouses w ON w.id = b.warehouse_id
  WHERE b.office_code = @office AND b.quantity > 0 AND l.expiry_date IS NOT NULL AND l.expiry_date <= @until
    AND (@warehouseId IS NULL OR b.warehouse_id = @warehouseId)
  ORDER BY l.expiry_date, i.code, w.name`);

const BY_CATEGORY = rowRead<StockDashboard['valueByCategory'][number]>(`
  SELECT c.id AS categoryId, c.name AS categoryName, COUNT(DISTINCT b.item_id) AS items, SUM(b.quantity * l.unit_value) AS value
  FROM stock_balances b
  JOIN stock_lots l ON l.id = b.lot_id
  JOIN stock_items i ON i.id = b.item_id
  JOIN stock_categories c ON c.id = i.category_id
  WHERE b.office_code = @office AND b.quantity > 0 AND (@warehouseId IS NULL OR b.warehouse_id = @warehouseId)
  GROUP BY c.id
  ORDER BY value DESC, c.sort_order`);

const DOCUMENTS = rowRead<{ type: string; count: number }>(`
  SELECT type, COUNT(*) AS count FROM stock_documents
  WHERE office_code = @office AND status = 'posted' AND document_date BETWEEN @monthStart AND @monthEnd
    AND (@warehouseId IS NULL OR warehouse_id = @warehouseId OR to_warehouse_id = @warehouseId)
  GROUP BY type ORDER BY type`);

// A movement is in or out by the direction of what it records: a reversal's movement counts against the
// movement it negates (a receipt reversal lowers 入库, it is not an 出库). Transfers between the office's own
// warehouses are neither in nor out unless one warehouse is asked about.
const BY_DAY = rowRead<DayRow>(`
  SELECT m.document_date AS date,
    SUM(CASE WHEN (CASE WHEN m.reversal THEN -m.quantity ELSE m.quantity END) > 0 THEN m.quantity * l.unit_value ELSE 0 END) AS inValue,
    SUM(CASE WHEN (CASE WHEN m.reversal THEN -m.quantity ELSE m.quantity END) < 0 THEN -m.quantity * l.unit_value ELSE 0 END) AS outValue
  FROM stock_movements m JOIN stock_lots l ON l.id = m.lot_id
  WHERE m.office_code = @office AND m.voided = 0 AND m.document_date BETWEEN @monthStart AND @monthEnd
    AND (@warehouseId IS NULL AND m.kind NOT IN ('transfer_out', 'transfer_in') OR m.warehouse_id = @warehouseId)
  GROUP BY m.document_date ORDER BY m.document_date`);

interface DayRow {
  date: string;
  inValue: number;
  outValue: number;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export function stockDashboard(ctx: CoreContext, input: DashboardInput = {}): StockDashboard {
  const db = ctx.store.sqlite;
  const asOf = input.asOf ?? localToday(ctx);
  const days = input.days ?? DEFAULT_EXPIRY_DAYS;
  const month = asOf.slice(0, 7);
  const params = {
    office: reportOfficeOf(ctx, input.officeCode).code,
    warehouseId: input.warehouseId ?? null,
    asOf,
    until: addDays(asOf, days),
    monthStart: `${month}-01`,
    monthEnd: monthEnd(month),
  };
  const lots = EXPIRY.on(db).all(params);
  const belowQuota: QuotaAlert[] = listQuotas(ctx, {
    warehouseId: input.warehouseId ?? undefined,
    belowOnly: true,
    officeCode: params.office,
  })
    .map((q) => ({
      warehouseId: q.warehouseId,
      warehouseName: q.warehouseName,
      itemId: q.itemId,
      itemCode: q.itemCode,
      itemName: q.itemName,
      unit: q.unit,
      quota: q.quantity,
      onHand: q.onHand,
      shortBy: q.quantity - q.onHand,
    }))
    .sort((a, b) => b.shortBy / b.quota - a.shortBy / a.quota);
  const byDay = BY_DAY.on(db).all(params);
  const total = (key: keyof Omit<DayRow, 'date'>) => byDay.reduce((a, row) => a + row[key], 0);
  return {
    asOf,
    days,
    expiring: lots.filter((lot) => lot.expiryDate >= asOf),
    expired: lots.filter((lot) => lot.expiryDate < asOf),
    belowQuota,
    valueByCategory: BY_CATEGORY.on(db).all(params),
    movements: {
      month,
      documents: DOCUMENTS.on(db).all(params),
      inValue: total('inValue'),
      outValue: total('outValue'),
      byDay,
    },
  };
}
