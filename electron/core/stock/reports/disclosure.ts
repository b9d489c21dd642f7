// 捐赠款物公示表: what was donated in a period (donor, or 匿名 where the donor asked; item; quantity; value)
// and where goods went (by disaster event, township with its number of households, office, internal use).
// It is published, so it carries no household's name, ID number or phone: households are only counted.
// It opens with the period's balance per item (periodBalances.ts), so the notice adds up: opening + in − out = closing.
import type { Disclosure, DisclosureIssued, DisclosureReceived } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { reportOfficeOf } from '../office';
import { issuedTotals } from './issued';
import { collationRanks, itemLabels } from './items';
import { periodBalances } from './periodBalances';

export const ANONYMOUS = '匿名';

interface ReceivedRow {
  donor_id: string | null;
  donor_name: string | null;
  anonymous: number | null;
  item_id: string;
  quantity: number;
  value: number;
}

// Donation receipts posted in the period, net of their reversals; the donor is the lot's.
const RECEIVED = rowRead<ReceivedRow>(`
  SELECT l.donor_id, dn.name AS donor_name, dn.anonymous, m.item_id, SUM(m.quantity) AS quantity, SUM(m.quantity * l.unit_value) AS value
  FROM stock_documents d
  JOIN stock_documents o ON o.id = COALESCE(d.reverses_document_id, d.id)
  JOIN stock_movements m ON m.document_id = d.id
  JOIN stock_lots l ON l.id = m.lot_id
  LEFT JOIN stock_donors dn ON dn.id = l.donor_id
  WHERE d.document_date BETWEEN @from AND @to AND d.status = 'posted' AND d.type IN ('receipt', 'reversal')
    AND o.type = 'receipt' AND o.source_kind = 'donation' AND m.office_code = @office
  GROUP BY l.donor_id, m.item_id`);

export function checkPeriod(from: string, to: string): void {
  if (from > to) fail('REPORT_PERIOD_INVALID', { from, to });
}

export function buildDisclosure(
  ctx: CoreContext,
  input: { from: string; to: string; officeCode?: string },
): Disclosure {
  checkPeriod(input.from, input.to);
  const office = reportOfficeOf(ctx, input.officeCode);
  const params = { office: office.code, from: input.from, to: input.to };
  const receivedRows = RECEIVED.on(ctx.store.sqlite)
    .all(params)
    .filter((r) => r.quantity !== 0);
  const flows = issuedTotals(ctx, { office: office.code, from: input.from, to: input.to });
  const stock = periodBalances(ctx, params);
  const items = itemLabels(ctx, [
    ...receivedRows.map((r) => r.item_id),
    ...flows.totals.map((f) => f.itemId),
    ...stock.map((b) => b.itemId),
  ]);
  const label = (itemId: string) => {
    const item = items.get(itemId)!;
    return { itemName: item.name, specification: item.specification, unit: item.unit };
  };

  // Anonymous donors are merged per item: separate rows would let a reader tell them apart.
  const received = new Map<string, DisclosureReceived>();
  for (const row of receivedRows) {
    const anonymous = row.anonymous === 1 || row.donor_name === null;
    const donor = anonymous ? ANONYMOUS : row.donor_name!;
    const key = `${anonymous ? '' : row.donor_id}\u0000${row.item_id}`;
    const entry = received.get(key) ?? { donor, anonymous, ...label(row.item_id), quantity: 0, value: 0 };
    entry.quantity += row.quantity;
    entry.value += row.value;
    received.set(key, entry);
  }
  const issued: DisclosureIssued[] = flows.totals.map((t) => ({
    kind: t.kind,
    destination: t.destination,
    households: t.households,
    ...label(t.itemId),
    quantity: t.quantity,
    value: t.value,
  }));

  const balances = stock.map(({ itemId, ...figures }) => ({ ...label(itemId), ...figures }));
  const rank = collationRanks([
    ...balances.map((b) => b.itemName),
    ...[...received.values()].flatMap((r) => [r.donor, r.itemName]),
    ...issued.flatMap((r) => [r.destination, r.itemName]),
  ]);
  const order = (text: string) => rank.get(text)!;
  const receivedList = [...received.values()].sort(
    (a, b) =>
      Number(a.anonymous) - Number(b.anonymous) ||
      order(a.donor) - order(b.donor) ||
      order(a.itemName) - order(b.itemName),
  );
  balances.sort((a, b) => order(a.itemName) - order(b.itemName) || a.unit.localeCompare(b.unit));
  const kindOrder = { event: 0, township: 1, office: 2, internal: 3 };
  issued.sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      order(a.destination) - order(b.destination) ||
      order(a.itemName) - order(b.itemName),
  );
  return {
    officeName: office.name,
    from: input.from,
    to: input.to,
    generatedAt: ctx.now().toISOString(),
    balances,
    received: receivedList,
    issued,
    totals: {
      receivedValue: sum(receivedList.map((r) => r.value)),
      issuedValue: sum(issued.map((r) => r.value)),
      households: flows.households,
      balance: {
        opening: sum(balances.map((b) => b.openingValue)),
        received: sum(balances.map((b) => b.receivedValue)),
        issued: sum(balances.map((b) => b.issuedValue)),
        adjusted: sum(balances.map((b) => b.adjustedValue)),
        closing: sum(balances.map((b) => b.closingValue)),
      },
    },
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
