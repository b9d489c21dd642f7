// Donations received by donor in a period, and where those goods went: the lots keep their donor through
// transfers, counts and issues, so each donor's lots are followed to the issues that drew on them, the
// adjustments that wrote them off, and what is still on the shelf.
import type { DonationsReport, DonorTrace } from '../../../api/stockReports';
import { officeCodeOf } from '../office';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../people/statements';
import { checkPeriod } from './disclosure';
import { DONATED_LOTS, issueFlowsOfDonatedLots, totalsByDestination } from './flows';
import { collator, itemLabels } from './items';

interface LotSums {
  donor_id: string | null; donor_name: string | null; anonymous: number | null; kind: string | null; item_id: string;
  received: number; received_value: number; adjusted: number; on_hand: number; on_hand_value: number;
}

// Transfers net to nothing; everything that is neither a receipt, an issue nor a transfer adjusts.
const SUMS = `
  SELECT l.donor_id, dn.name AS donor_name, dn.anonymous, dn.kind, m.item_id,
    SUM(CASE WHEN o.type = 'receipt' THEN m.quantity ELSE 0 END) AS received,
    SUM(CASE WHEN o.type = 'receipt' THEN m.quantity * l.unit_value ELSE 0 END) AS received_value,
    SUM(CASE WHEN o.type IN ('count', 'adjustment') THEN m.quantity ELSE 0 END) AS adjusted,
    SUM(m.quantity) AS on_hand, SUM(m.quantity * l.unit_value) AS on_hand_value
  FROM stock_lots l
  JOIN stock_movements m ON m.lot_id = l.id
  JOIN stock_documents d ON d.id = m.document_id
  JOIN stock_documents o ON o.id = COALESCE(d.reverses_document_id, d.id)
  LEFT JOIN stock_donors dn ON dn.id = l.donor_id
  WHERE ${DONATED_LOTS} AND d.status = 'posted'
  GROUP BY l.donor_id, m.item_id`;

export const UNNAMED_DONOR = '(未登记捐赠方)';

export function traceDonations(ctx: CoreContext, input: { from: string; to: string; donorId?: string | null }): DonationsReport {
  checkPeriod(input.from, input.to);
  const filter = { office: officeCodeOf(ctx), from: input.from, to: input.to, donorId: input.donorId ?? null };
  const sums = cachedStatement(ctx.store.sqlite, SUMS).all(filter) as LotSums[];
  const flows = issueFlowsOfDonatedLots(ctx, filter);
  const items = itemLabels(ctx, sums.map((s) => s.item_id));
  const destinations = totalsByDestination(flows, (flow) => `${flow.donorId}`);
  const flowsOf = (donorId: string | null, itemId: string) => destinations.filter((t) => t.itemId === itemId && t.key === `${donorId}`);
  const documents = new Map(flows.map((f) => [f.documentId, { id: f.documentId, number: f.documentNumber, date: f.documentDate }]));

  const donors = new Map<string, DonorTrace>();
  for (const row of sums) {
    const key = row.donor_id ?? '';
    let donor = donors.get(key);
    if (!donor) {
      donors.set(key, (donor = { donorId: row.donor_id, donorName: row.donor_name ?? UNNAMED_DONOR, anonymous: row.anonymous === 1,
        kind: row.kind, received: 0, receivedValue: 0, items: [] }));
    }
    const item = items.get(row.item_id)!;
    const went = flowsOf(row.donor_id, row.item_id);
    donor.received += row.received;
    donor.receivedValue += row.received_value;
    donor.items.push({
      itemId: item.id, itemCode: item.code, itemName: item.name, unit: item.unit,
      received: row.received, receivedValue: row.received_value,
      issued: went.reduce((a, t) => a + t.quantity, 0), issuedValue: went.reduce((a, t) => a + t.value, 0),
      adjusted: row.adjusted, onHand: row.on_hand, onHandValue: row.on_hand_value,
      destinations: went.map((t) => ({
        kind: t.kind, destination: t.destination, households: t.households, quantity: t.quantity, value: t.value,
        documents: [...t.documentIds].map((id) => documents.get(id)!).sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number)),
      })),
    });
  }
  const list = [...donors.values()];
  for (const donor of list) donor.items.sort((a, b) => collator.compare(a.itemName, b.itemName));
  list.sort((a, b) => collator.compare(a.donorName, b.donorName));
  return { from: input.from, to: input.to, donors: list };
}
