// The disclosure's goods out computed the plain way, for tests: every posted line of the office's issues and their
// reversals dated in the period, one by one, with the township each household had when its issue was posted
// (as the test noted it then), households counted where their goods net to more than nothing.
import type Database from 'better-sqlite3';
import type { IssuedTotal } from '@core/stock/reports/issued';

/** Per issue document: each household it named and the township it was in when the issue was posted. */
export type TownshipsAtPosting = Map<string, Map<string, string>>;

interface Line {
  type: string;
  origin: string;
  destinationKind: string;
  event: string | null;
  destinationOffice: string | null;
  internalUse: string | null;
  person: string | null;
  itemId: string;
  quantity: number;
  unitValue: number;
}

const LINES = `SELECT d.type, o.id AS origin, o.destination_kind AS destinationKind, e.name AS event,
    o.destination_office AS destinationOffice, o.internal_use AS internalUse,
    coalesce(ln.household_person_id, o.household_person_id) AS person, l.item_id AS itemId, ln.quantity, l.unit_value AS unitValue
  FROM stock_documents d JOIN stock_documents o ON o.id = coalesce(d.reverses_document_id, d.id)
  JOIN stock_document_lines ln ON ln.document_id = d.id AND ln.voided = 0
  JOIN stock_lots l ON l.id = ln.lot_id LEFT JOIN stock_events e ON e.id = o.event_id
  WHERE d.office_code = @office AND d.status = 'posted' AND o.type = 'issue' AND d.document_date BETWEEN @from AND @to`;

export function issuedFromLines(
  sqlite: Database.Database,
  period: { office: string; from: string; to: string },
  townships: TownshipsAtPosting,
): { totals: IssuedTotal[]; households: number } {
  const totals = new Map<string, IssuedTotal>();
  const served = new Map<string, Map<string, number>>();
  const everywhere = new Map<string, number>();
  for (const line of sqlite.prepare(LINES).all(period) as Line[]) {
    const quantity = (line.type === 'reversal' ? -1 : 1) * line.quantity;
    const [kind, destination]: [IssuedTotal['kind'], string] = line.event
      ? ['event', line.event]
      : line.destinationKind === 'household'
        ? ['township', townships.get(line.origin)?.get(line.person ?? '') ?? '(未填写乡镇)']
        : line.destinationKind === 'office'
          ? ['office', line.destinationOffice ?? '其他单位']
          : ['internal', line.internalUse ?? '内部使用'];
    const place = `${kind}|${destination}`;
    const key = `${place}|${line.itemId}`;
    const total = totals.get(key) ?? {
      kind,
      destination,
      itemId: line.itemId,
      quantity: 0,
      value: 0,
      households: null,
    };
    total.quantity += quantity;
    total.value += quantity * line.unitValue;
    totals.set(key, total);
    if (line.person) {
      const there = served.get(place) ?? new Map<string, number>();
      there.set(line.person, (there.get(line.person) ?? 0) + quantity);
      served.set(place, there);
      everywhere.set(line.person, (everywhere.get(line.person) ?? 0) + quantity);
    }
  }
  const positive = (nets: Map<string, number>) => [...nets.values()].filter((q) => q > 0).length;
  return {
    totals: [...totals.values()]
      .filter((t) => t.quantity !== 0 || t.value !== 0)
      .map((t) => {
        const there = served.get(`${t.kind}|${t.destination}`);
        return { ...t, households: there ? positive(there) : null };
      }),
    households: positive(everywhere),
  };
}
