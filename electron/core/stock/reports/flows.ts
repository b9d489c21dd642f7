// Goods that left the office through issues, net of reversals, with where they went in words a published
// table may carry: a disaster event, a township (households are counted, never named), another office,
// internal use. The household's identity is used only to count; it never leaves this module.
import type { DestinationKind } from '../../../api/stockReports';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../people/statements';

export const TOWNSHIP_UNKNOWN = '(未填写乡镇)';
export const INTERNAL_USE = '内部使用';
export const OTHER_OFFICE = '其他单位';

/** One issue (its reversals netted in), one household or none, one item, one donor. */
export interface IssueFlow {
  documentId: string; documentNumber: string; documentDate: string;
  kind: DestinationKind; destination: string;
  /** Only for counting households; not to be copied into any result. */
  personId: string | null;
  itemId: string; donorId: string | null;
  quantity: number; value: number;
}

interface FlowRow {
  origin_id: string; origin_number: string; origin_date: string;
  destination_kind: string | null; event_name: string | null; destination_office: string | null; internal_use: string | null;
  person_id: string | null; township: string | null;
  item_id: string; donor_id: string | null; quantity: number; value: number;
}

// A reversal's movements count against the issue it reverses (o); the household is the line's (campaign)
// or the document's. Grouped per issue, household, item and donor.
const COLUMNS = `
  SELECT o.id AS origin_id, o.number AS origin_number, o.document_date AS origin_date,
    o.destination_kind, e.name AS event_name, o.destination_office, o.internal_use,
    p.id AS person_id, p.township, m.item_id, l.donor_id,
    -SUM(m.quantity) AS quantity, -SUM(m.quantity * l.unit_value) AS value`;
const DESTINATION = `
  JOIN stock_documents o ON o.id = COALESCE(d.reverses_document_id, d.id)
  LEFT JOIN stock_document_lines ln ON ln.id = m.line_id
  LEFT JOIN people p ON p.id = COALESCE(ln.household_person_id, o.household_person_id)
  LEFT JOIN stock_events e ON e.id = o.event_id`;
const ISSUES = `d.status = 'posted' AND d.type IN ('issue', 'reversal') AND o.type = 'issue' AND m.office_code = @office`;
const GROUP = `GROUP BY o.id, p.id, m.item_id, l.donor_id`;

/** Issues whose document (or reversal) date falls in the period: the disclosure's view. */
export function issueFlowsInPeriod(ctx: CoreContext, office: string, from: string, to: string): IssueFlow[] {
  const sql = `${COLUMNS}
    FROM stock_documents d JOIN stock_movements m ON m.document_id = d.id JOIN stock_lots l ON l.id = m.lot_id ${DESTINATION}
    WHERE d.document_date BETWEEN @from AND @to AND ${ISSUES} ${GROUP}`;
  return (cachedStatement(ctx.store.sqlite, sql).all({ office, from, to }) as FlowRow[]).map(toFlow);
}

/** The lots donated in a period (optionally by one donor): the donations report follows them. */
export const DONATED_LOTS = `l.office_code = @office AND l.source = 'donation' AND l.received_date BETWEEN @from AND @to
  AND (@donorId IS NULL OR l.donor_id = @donorId)`;

export interface DonatedLotsFilter { office: string; from: string; to: string; donorId: string | null }

/** Every issue, whenever it was, that drew on the lots donated in the period: where donors' goods went. */
export function issueFlowsOfDonatedLots(ctx: CoreContext, filter: DonatedLotsFilter): IssueFlow[] {
  const sql = `${COLUMNS}
    FROM stock_lots l JOIN stock_movements m ON m.lot_id = l.id JOIN stock_documents d ON d.id = m.document_id ${DESTINATION}
    WHERE ${DONATED_LOTS} AND ${ISSUES} ${GROUP}`;
  return (cachedStatement(ctx.store.sqlite, sql).all(filter) as FlowRow[]).map(toFlow);
}

function toFlow(row: FlowRow): IssueFlow {
  const { kind, destination } = destinationOf(row);
  return {
    documentId: row.origin_id, documentNumber: row.origin_number, documentDate: row.origin_date, kind, destination,
    personId: row.person_id, itemId: row.item_id, donorId: row.donor_id, quantity: row.quantity, value: row.value,
  };
}

function destinationOf(row: FlowRow): { kind: DestinationKind; destination: string } {
  if (row.event_name !== null) return { kind: 'event', destination: row.event_name };
  if (row.destination_kind === 'household' || row.person_id !== null) return { kind: 'township', destination: row.township?.trim() || TOWNSHIP_UNKNOWN };
  if (row.destination_kind === 'office') return { kind: 'office', destination: row.destination_office?.trim() || OTHER_OFFICE };
  return { kind: 'internal', destination: row.internal_use?.trim() || INTERNAL_USE };
}

export interface DestinationTotal {
  kind: DestinationKind; destination: string; itemId: string;
  /** What `key` gave for these flows. */
  key: string;
  quantity: number; value: number; households: number | null; documentIds: Set<string>;
}

/**
 * Flows summed per destination and item (and whatever else `key` adds); households counted per destination:
 * those whose goods, net of reversals, were more than nothing.
 */
export function totalsByDestination(flows: readonly IssueFlow[], key: (flow: IssueFlow) => string = () => ''): DestinationTotal[] {
  const totals = new Map<string, DestinationTotal>();
  const received = new Map<string, Map<string, number>>(); // destination -> person -> quantity
  for (const flow of flows) {
    const group = key(flow);
    const place = `${flow.kind}\u0000${flow.destination}\u0000${group}`;
    const id = `${place}\u0000${flow.itemId}`;
    let total = totals.get(id);
    if (!total) totals.set(id, (total = { kind: flow.kind, destination: flow.destination, itemId: flow.itemId, key: group, quantity: 0, value: 0, households: null, documentIds: new Set() }));
    total.quantity += flow.quantity;
    total.value += flow.value;
    total.documentIds.add(flow.documentId);
    if (flow.personId !== null) {
      let persons = received.get(place);
      if (!persons) received.set(place, (persons = new Map()));
      persons.set(flow.personId, (persons.get(flow.personId) ?? 0) + flow.quantity);
    }
  }
  const households = new Map([...received].map(([place, persons]) => [place, [...persons.values()].filter((q) => q > 0).length]));
  const result: DestinationTotal[] = [];
  for (const [id, total] of totals) {
    if (total.quantity === 0 && total.value === 0) continue;
    const place = id.slice(0, id.lastIndexOf('\u0000'));
    result.push({ ...total, households: households.get(place) ?? null });
  }
  return result;
}
