// Donations received by donor in a period, and where those goods went: the lots keep their donor through
// transfers, counts and issues, so each donor's lots are followed to the issues that drew on them (whenever
// they were), the counts and adjustments that changed them, and what is still on the shelf.
import type { DonationsReport, DonorTrace } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { reportOfficeOf } from '../office';
import { checkPeriod } from './disclosure';
import { issueDocumentLabels, issueTotals, type DestinationTotal } from './flows';
import { collationRanks, itemLabels } from './items';

export const UNNAMED_DONOR = '(未登记捐赠方)';

interface DonatedLot {
  id: string;
  donor_id: string | null;
  donor_name: string | null;
  anonymous: number | null;
  kind: string | null;
  item_id: string;
  unit_value: number;
  received: number;
  on_hand: number;
}

// Per lot: what its receipt brought (net of a reversal of the receipt) and what all warehouses hold now.
const DONATED = rowRead<DonatedLot>(`
  SELECT l.id, l.donor_id, dn.name AS donor_name, dn.anonymous, dn.kind, l.item_id, l.unit_value,
    (SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m WHERE m.document_id = l.document_id AND m.lot_id = l.id)
      + (SELECT coalesce(sum(m.quantity), 0) FROM stock_documents r JOIN stock_movements m ON m.document_id = r.id AND m.lot_id = l.id
         WHERE r.reverses_document_id = l.document_id AND r.status = 'posted') AS received,
    (SELECT coalesce(sum(b.quantity), 0) FROM stock_balances b WHERE b.lot_id = l.id) AS on_hand
  FROM stock_lots l LEFT JOIN stock_donors dn ON dn.id = l.donor_id
  WHERE l.office_code = @office AND l.source = 'donation' AND l.received_date BETWEEN @from AND @to
    AND (@donorId IS NULL OR l.donor_id = @donorId)`);

// Counts and adjustments (and their reversals) since the period began, per lot.
const ADJUSTED = rowRead<{ lotId: string; quantity: number }>(`
  SELECT m.lot_id AS lotId, sum(m.quantity) AS quantity
  FROM stock_documents d
  JOIN stock_documents o ON o.id = COALESCE(d.reverses_document_id, d.id)
  JOIN stock_movements m ON m.document_id = d.id
  WHERE d.document_date >= @from AND d.type IN ('count', 'adjustment', 'reversal') AND d.status = 'posted' AND d.office_code = @office
    AND o.type IN ('count', 'adjustment')
  GROUP BY m.lot_id`);

export function traceDonations(
  ctx: CoreContext,
  input: { from: string; to: string; donorId?: string | null; officeCode?: string },
): DonationsReport {
  checkPeriod(input.from, input.to);
  const filter = {
    office: reportOfficeOf(ctx, input.officeCode).code,
    from: input.from,
    to: input.to,
    donorId: input.donorId ?? null,
  };
  const lots = DONATED.on(ctx.store.sqlite).all(filter);
  const donated = new Set(lots.map((l) => l.id));
  const adjusted = new Map(
    ADJUSTED.on(ctx.store.sqlite)
      .all(filter)
      .filter((row) => donated.has(row.lotId))
      .map((row) => [row.lotId, row.quantity]),
  );
  // Every issue since the period began that drew on these lots: goods cannot leave before they came.
  const since = { office: filter.office, from: input.from, to: '9999-12-31' };
  const issued = issueTotals(
    ctx,
    {
      ...since,
      lots: (lot) =>
        lot.source === 'donation' &&
        lot.received_date >= input.from &&
        lot.received_date <= input.to &&
        (filter.donorId === null || lot.donor_id === filter.donorId),
    },
    true,
  );
  const destinations = new Map<string, DestinationTotal[]>();
  for (const total of issued.totals) {
    const key = `${total.donorId}|${total.itemId}`;
    destinations.set(key, [...(destinations.get(key) ?? []), total]);
  }
  const documents = issueDocumentLabels(ctx, since);
  const items = itemLabels(
    ctx,
    lots.map((l) => l.item_id),
  );

  const donors = new Map<string, DonorTrace>();
  const traces = new Map<string, DonorTrace['items'][number]>();
  for (const lot of lots) {
    const donorKey = lot.donor_id ?? '';
    let donor = donors.get(donorKey);
    if (!donor) {
      donors.set(
        donorKey,
        (donor = {
          donorId: lot.donor_id,
          donorName: lot.donor_name ?? UNNAMED_DONOR,
          anonymous: lot.anonymous === 1,
          kind: lot.kind,
          received: 0,
          receivedValue: 0,
          items: [],
        }),
      );
    }
    const key = `${donorKey}|${lot.item_id}`;
    let trace = traces.get(key);
    if (!trace) {
      const item = items.get(lot.item_id)!;
      const went = destinations.get(`${lot.donor_id}|${lot.item_id}`) ?? [];
      traces.set(
        key,
        (trace = {
          itemId: item.id,
          itemCode: item.code,
          itemName: item.name,
          unit: item.unit,
          received: 0,
          receivedValue: 0,
          issued: went.reduce((a, t) => a + t.quantity, 0),
          issuedValue: went.reduce((a, t) => a + t.value, 0),
          adjusted: 0,
          onHand: 0,
          onHandValue: 0,
          destinations: went.map((t) => ({
            kind: t.kind,
            destination: t.destination,
            households: t.households,
            quantity: t.quantity,
            value: t.value,
            documents: [...t.documentIds]
              .map((id) => documents.get(id)!)
              .sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number)),
          })),
        }),
      );
      donor.items.push(trace);
    }
    trace.received += lot.received;
    trace.receivedValue += lot.received * lot.unit_value;
    trace.adjusted += adjusted.get(lot.id) ?? 0;
    trace.onHand += lot.on_hand;
    trace.onHandValue += lot.on_hand * lot.unit_value;
    donor.received += lot.received;
    donor.receivedValue += lot.received * lot.unit_value;
  }
  const list = [...donors.values()];
  const rank = collationRanks(list.flatMap((d) => [d.donorName, ...d.items.map((i) => i.itemName)]));
  const order = (text: string) => rank.get(text)!;
  for (const donor of list) donor.items.sort((a, b) => order(a.itemName) - order(b.itemName));
  list.sort((a, b) => order(a.donorName) - order(b.donorName));
  return { from: input.from, to: input.to, donors: list };
}
