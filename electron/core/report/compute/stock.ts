// The warehouse's indicators: values received, issued and held at the end, from the same per-lot parts the public
// disclosure's balances read (stock_lot_months and the ledger's cut days; a reversal nets against what it reverses
// on its own date), and the households served from the household sums kept at posting (stock_issued_households).
import { rowRead, valueRead } from '../../records/reads';
import { PERIOD_PARTS, periodParts } from '../../stock/reports/periodBalances';
import type { ReportScope } from '../scope';

interface StockValues {
  receivedFen: number;
  issuedFen: number;
  closingFen: number;
}

// Receipts of lots an opening balance created (source 'opening') are the stock the ledger started with, not goods
// received; their reversals are on the same lots.
const VALUES = rowRead<StockValues>(`
  WITH parts AS (${PERIOD_PARTS}),
  per_lot AS (SELECT lot_id, SUM(received) AS received, SUM(issued) AS issued, SUM(closing) AS closing
    FROM parts GROUP BY lot_id)
  SELECT coalesce(SUM(CASE WHEN l.source <> 'opening' THEN p.received * l.unit_value END), 0) AS receivedFen,
    coalesce(SUM(p.issued * l.unit_value), 0) AS issuedFen, coalesce(SUM(p.closing * l.unit_value), 0) AS closingFen
  FROM per_lot p JOIN stock_lots l ON l.id = p.lot_id`);

function stockValues(scope: ReportScope): StockValues {
  return scope.once('stock', () =>
    VALUES.on(scope.ctx.store.sqlite).get({
      office: scope.office,
      from: scope.from,
      to: scope.to,
      ...periodParts(scope.from, scope.to),
    }),
  )!;
}

export const stockReceivedValueFen = (scope: ReportScope) => stockValues(scope).receivedFen;
export const stockIssuedValueFen = (scope: ReportScope) => stockValues(scope).issuedFen;
export const stockValueAtEnd = (scope: ReportScope) => stockValues(scope).closingFen;

// Each recipient stands for the live household they were in on the date (a membership runs from its
// from_date up to, not including, its to_date), else for themself; a unit whose goods net to more than nothing
// was served.
const HOUSEHOLDS_SERVED = valueRead<number, [{ office: string; from: string; to: string }]>(`
  WITH received AS (
    SELECT s.person_id, s.document_date, SUM(s.quantity) AS quantity
    FROM stock_issued_households s INDEXED BY stock_issued_households_period
    WHERE s.office_code = @office AND s.document_date BETWEEN @from AND @to
    GROUP BY s.person_id, s.document_date),
  served AS (
    SELECT coalesce(
      (SELECT hm.household_id FROM household_members hm JOIN households h ON h.id = hm.household_id AND h.voided = 0
        WHERE hm.person_id = r.person_id AND hm.voided = 0 AND hm.from_date <= r.document_date
          AND (hm.to_date IS NULL OR hm.to_date > r.document_date)
        ORDER BY hm.from_date DESC LIMIT 1),
      'person:' || r.person_id) AS unit, SUM(r.quantity) AS quantity
    FROM received r GROUP BY unit)
  SELECT count(*) FROM served WHERE quantity > 0`);

export function householdsServed(scope: ReportScope): number {
  return HOUSEHOLDS_SERVED.on(scope.ctx.store.sqlite).get({ office: scope.office, from: scope.from, to: scope.to })!;
}
