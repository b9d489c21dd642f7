// A period's balance per item (期初结存, 本期接收, 本期发出, 盘点调整, 期末结存), in the item's own unit and in fen,
// so a public notice adds up: opening + received − issued + adjusted = closing. Every movement of the office
// counts: a reversal carries its original's kind with the opposite sign, so it nets against what it reverses;
// transfers between the office's own warehouses cancel out and are left out of the period's columns.
import type { DisclosureBalance } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { monthOf } from '../lotMonths';

export type PeriodBalance = Omit<DisclosureBalance, 'itemName' | 'specification' | 'unit'> & { itemId: string };

// Whole months come from each lot's month sums (stock_lot_months: a year is a few thousand rows, not 200,000
// movements); the days of a month the period cuts come from the ledger, through the stock card's covering index.
// Everything before the period is opening. Summed per lot, then valued once per lot (a lot has one unit value).
const MONTH_PART = `SELECT lot_id, item_id, CASE WHEN month < @fromMonth THEN net ELSE 0 END AS opening,
    CASE WHEN month < @fromMonth THEN 0 ELSE received END AS received, CASE WHEN month < @fromMonth THEN 0 ELSE issued END AS issued,
    CASE WHEN month < @fromMonth THEN 0 ELSE adjusted END AS adjusted, net AS closing
  FROM stock_lot_months WHERE office_code = @office`;
const DAY_PART = `SELECT m.lot_id, m.item_id, CASE WHEN m.document_date < @from THEN m.quantity ELSE 0 END,
    CASE WHEN m.document_date >= @from AND m.kind = 'receipt' THEN m.quantity ELSE 0 END,
    CASE WHEN m.document_date >= @from AND m.kind = 'issue' THEN -m.quantity ELSE 0 END,
    CASE WHEN m.document_date >= @from AND m.kind IN ('count', 'adjustment') THEN m.quantity ELSE 0 END, m.quantity
  FROM stock_items i JOIN stock_movements m INDEXED BY stock_movements_card ON m.item_id = i.id
  WHERE i.office_code = @office AND m.voided = 0`;
/**
 * The office's movements per lot as (lot_id, item_id, opening, received, issued, adjusted, closing) rows, a lot's in
 * several rows: bound with @office, @from and periodParts(from, to).
 */
export const PERIOD_PARTS = `
    ${MONTH_PART} AND month < @fromMonth
    UNION ALL ${MONTH_PART} AND month BETWEEN @wholeFrom AND @wholeTo
    UNION ALL ${DAY_PART} AND m.document_date BETWEEN @firstDaysFrom AND @firstDaysTo
    UNION ALL ${DAY_PART} AND m.document_date BETWEEN @lastDaysFrom AND @lastDaysTo`;
const BALANCES = rowRead<PeriodBalance>(`
  WITH parts AS (${PERIOD_PARTS}),
  per_lot AS (
    SELECT item_id AS itemId, lot_id AS lotId, SUM(opening) AS opening, SUM(received) AS received, SUM(issued) AS issued,
      SUM(adjusted) AS adjusted, SUM(closing) AS closing
    FROM parts GROUP BY lot_id)
  SELECT p.itemId, SUM(p.opening) AS opening, SUM(p.received) AS received, SUM(p.issued) AS issued,
    SUM(p.adjusted) AS adjusted, SUM(p.closing) AS closing,
    SUM(p.opening * l.unit_value) AS openingValue, SUM(p.received * l.unit_value) AS receivedValue,
    SUM(p.issued * l.unit_value) AS issuedValue, SUM(p.adjusted * l.unit_value) AS adjustedValue,
    SUM(p.closing * l.unit_value) AS closingValue
  FROM per_lot p JOIN stock_lots l ON l.id = p.lotId
  GROUP BY p.itemId`);

/** A range that matches no date. */
const NONE = { from: '1', to: '0' };

const lastDayOf = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const shiftMonth = (month: string, by: number) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1 + by, 1)).toISOString().slice(0, 7);
};

/**
 * The period cut into the whole months it covers and the days of the months it cuts (the first month's days
 * before `from` too: they are opening). Months and days never overlap, so nothing counts twice.
 */
export function periodParts(from: string, to: string) {
  const [fromMonth, toMonth] = [monthOf(from), monthOf(to)];
  const startsWhole = from === `${fromMonth}-01`;
  const endsWhole = to === lastDayOf(toMonth);
  const wholeFrom = startsWhole ? fromMonth : shiftMonth(fromMonth, 1);
  const wholeTo = endsWhole ? toMonth : shiftMonth(toMonth, -1);
  const firstDays =
    !startsWhole || (fromMonth === toMonth && !endsWhole)
      ? { from: `${fromMonth}-01`, to: fromMonth === toMonth ? to : lastDayOf(fromMonth) }
      : NONE;
  const lastDays = !endsWhole && toMonth !== fromMonth ? { from: `${toMonth}-01`, to } : NONE;
  return {
    fromMonth,
    wholeFrom,
    wholeTo,
    firstDaysFrom: firstDays.from,
    firstDaysTo: firstDays.to,
    lastDaysFrom: lastDays.from,
    lastDaysTo: lastDays.to,
  };
}

/** Items with anything to show in the period: a balance at either end or a movement within it. */
export function periodBalances(
  ctx: CoreContext,
  params: { office: string; from: string; to: string },
): PeriodBalance[] {
  const rows = BALANCES.on(ctx.store.sqlite).all({ ...params, ...periodParts(params.from, params.to) });
  return rows.filter((row) => row.opening || row.received || row.issued || row.adjusted || row.closing);
}
