// Goods that left the office through issues, net of reversals, with where they went in words a published
// table may carry: a disaster event, a township (households are counted, never named), another office,
// internal use. The household's identity is used only to count; it never leaves this module.
import type { DestinationKind } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { rowRead, tupleRead } from '../../records/reads';

export const TOWNSHIP_UNKNOWN = '(未填写乡镇)';
export const INTERNAL_USE = '内部使用';
export const OTHER_OFFICE = '其他单位';

/** An issue, or a reversal of one, with the destination the issue named. */
interface IssueDocument {
  id: string;
  sign: 1 | -1;
  origin_id: string;
  origin_number: string;
  origin_date: string;
  destination_kind: string | null;
  event_name: string | null;
  destination_office: string | null;
  internal_use: string | null;
  /** The household an issue to one household names (its row number in people, and its township). */
  person: number | null;
  township: string | null;
  /** The same household's id in people (null when the issue names none or the registry has no such person). */
  person_id: string | null;
}

export interface LotFacts {
  item_id: string;
  donor_id: string | null;
  unit_value: number;
  source: string;
  received_date: string;
}

// Lines read flat (a household as its row number in people) and aggregated here - lots and townships from maps,
// documents by their position in the list: at 200,000 lines a GROUP BY's sort and per-line joins cost more than
// the whole pass in JavaScript. An issue line is exactly one movement of its lot; a reversal copies the lines it negates and
// counts with the opposite sign.
const DOCUMENTS = rowRead<IssueDocument>(`
  SELECT d.id, CASE WHEN d.type = 'reversal' THEN -1 ELSE 1 END AS sign, o.id AS origin_id, o.number AS origin_number,
    o.document_date AS origin_date, o.destination_kind, e.name AS event_name, o.destination_office, o.internal_use,
    p.rowid AS person, p.township, p.id AS person_id
  FROM stock_documents d
  JOIN stock_documents o ON o.id = COALESCE(d.reverses_document_id, d.id)
  LEFT JOIN stock_events e ON e.id = o.event_id
  LEFT JOIN people p ON p.id = o.household_person_id
  WHERE d.document_date BETWEEN @from AND @to AND d.type IN ('issue', 'reversal') AND d.status = 'posted' AND d.office_code = @office
    AND o.type = 'issue'`);
const LINES = tupleRead<Line>(`
  SELECT j.key, p.rowid, ln.lot_id, ln.quantity
  FROM json_each(?) j
  JOIN stock_document_lines ln ON ln.document_id = j.value AND ln.voided = 0
  LEFT JOIN people p ON p.id = ln.household_person_id`);
const TOWNSHIPS = tupleRead<[rowid: number, township: string | null], [rowids: string]>(
  `SELECT rowid, township FROM people WHERE rowid IN (SELECT value FROM json_each(?))`,
);
const LOTS = tupleRead<
  [id: string, itemId: string, donorId: string | null, unitValue: number, source: string, receivedDate: string],
  [office: string]
>(`SELECT id, item_id, donor_id, unit_value, source, received_date FROM stock_lots WHERE office_code = ?`);

/** The issues (and reversals of issues) posted with a document date in the period. */
function issueDocuments(ctx: CoreContext, filter: FlowFilter): IssueDocument[] {
  return DOCUMENTS.on(ctx.store.sqlite).all(filter);
}

/** Issues dated from..to; `lots`, when given, keeps only the goods of the lots it accepts. */
export interface FlowFilter {
  office: string;
  from: string;
  to: string;
  lots?: (lot: LotFacts) => boolean;
}

export interface DestinationTotal {
  kind: DestinationKind;
  destination: string;
  itemId: string;
  /** The donor, when totals are kept per donor. */
  donorId: string | null;
  quantity: number;
  value: number;
  /** Households whose goods here, net of reversals, came to more than nothing; null where no household was named. */
  households: number | null;
  documentIds: Set<string>;
}

type Line = [document: number, person: number | null, lot: string, quantity: number];

interface Place {
  kind: DestinationKind;
  destination: string;
  donorId: string | null;
  items: Map<string, DestinationTotal & { lastDocument?: string }>;
  households: Map<number, number> | null; // person -> net quantity
}

/** Places by destination and donor (when totals are kept per donor). */
class Places {
  readonly all: Place[] = [];
  private readonly byKey = new Map<string, Map<string | null, Place>>();
  get(key: string, kind: DestinationKind, destination: string, donorId: string | null): Place {
    let byDonor = this.byKey.get(key);
    if (!byDonor) this.byKey.set(key, (byDonor = new Map()));
    let place = byDonor.get(donorId);
    if (!place) {
      byDonor.set(donorId, (place = { kind, destination, donorId, items: new Map(), households: null }));
      this.all.push(place);
    }
    return place;
  }
}

/**
 * Goods issued (net of reversals dated in the period) per destination and item - and per donor when asked -
 * with the households counted: those whose goods, net of reversals, came to more than nothing.
 */
export function issueTotals(
  ctx: CoreContext,
  filter: FlowFilter,
  perDonor = false,
): { totals: DestinationTotal[]; households: number } {
  const db = ctx.store.sqlite;
  const documents = issueDocuments(ctx, filter);
  if (documents.length === 0) return { totals: [], households: 0 };
  const lots = new Map(
    LOTS.on(db)
      .all(filter.office)
      .map(([id, item_id, donor_id, unit_value, source, received_date]) => [
        id,
        { item_id, donor_id, unit_value, source, received_date },
      ]),
  );
  const places = new Places();
  const fixed = documents.map((doc) => destinationOf(doc)); // null: goes to households, by township
  const fixedKeys = fixed.map((d) => d && `${d.kind}|${d.destination}`);
  const docPlaces: (Place | undefined)[] = []; // the place of each fixed document, when not kept per donor
  const rows = LINES.on(db).all(JSON.stringify(documents.map((d) => d.id)));
  // Townships looked up once per household, not once per line.
  const persons = new Set<number>();
  for (const row of rows) if (row[1] !== null) persons.add(row[1]);
  const townships = new Map(TOWNSHIPS.on(db).all(JSON.stringify([...persons])));
  for (const [index, linePerson, lotId, lineQuantity] of rows) {
    const lot = lots.get(lotId)!;
    if (filter.lots && !filter.lots(lot)) continue;
    const doc = documents[index]!;
    const person = linePerson ?? doc.person;
    const donorId = perDonor ? lot.donor_id : null;
    const destination = fixed[index];
    let place: Place;
    if (destination)
      place =
        (!perDonor && docPlaces[index]) ||
        (docPlaces[index] = places.get(fixedKeys[index]!, destination.kind, destination.destination, donorId));
    else {
      const township = (linePerson !== null ? townships.get(linePerson) : doc.township)?.trim() || TOWNSHIP_UNKNOWN;
      place = places.get(township, 'township', township, donorId); // fixed destinations' keys hold a '|'
    }
    const quantity = doc.sign * lineQuantity;
    let total = place.items.get(lot.item_id);
    if (!total) {
      place.items.set(
        lot.item_id,
        (total = {
          kind: place.kind,
          destination: place.destination,
          itemId: lot.item_id,
          donorId,
          quantity: 0,
          value: 0,
          households: null,
          documentIds: new Set(),
        }),
      );
    }
    total.quantity += quantity;
    total.value += quantity * lot.unit_value;
    // Lines come document by document: most lines add the document the previous one added.
    if (total.lastDocument !== doc.origin_id) {
      total.documentIds.add(doc.origin_id);
      total.lastDocument = doc.origin_id;
    }
    if (person !== null) {
      place.households ??= new Map();
      place.households.set(person, (place.households.get(person) ?? 0) + quantity);
    }
  }
  const served = new Map<number, number>();
  const totals: DestinationTotal[] = [];
  for (const place of places.all) {
    for (const [person, quantity] of place.households ?? []) served.set(person, (served.get(person) ?? 0) + quantity);
    const households = place.households ? [...place.households.values()].filter((q) => q > 0).length : null;
    for (const { lastDocument: _last, ...total } of place.items.values())
      if (total.quantity !== 0 || total.value !== 0) totals.push({ ...total, households });
  }
  return { totals, households: [...served.values()].filter((q) => q > 0).length };
}

/** The issue documents (not reversals) dated in the period: number and date, for listing where goods went. */
export function issueDocumentLabels(
  ctx: CoreContext,
  filter: FlowFilter,
): Map<string, { id: string; number: string; date: string }> {
  const rows = issueDocuments(ctx, filter);
  return new Map(rows.map((d) => [d.origin_id, { id: d.origin_id, number: d.origin_number, date: d.origin_date }]));
}

/** Where a document's goods went; null for goods to households, which go under their township. */
function destinationOf(doc: IssueDocument): { kind: DestinationKind; destination: string } | null {
  if (doc.event_name !== null) return { kind: 'event', destination: doc.event_name };
  if (doc.destination_kind === 'household') return null;
  if (doc.destination_kind === 'office')
    return { kind: 'office', destination: doc.destination_office?.trim() || OTHER_OFFICE };
  return { kind: 'internal', destination: doc.internal_use?.trim() || INTERNAL_USE };
}
