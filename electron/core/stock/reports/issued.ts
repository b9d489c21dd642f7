// Goods issued in a period for the public disclosure: net of reversals, per destination and item, with the
// households counted (those whose goods there, net of reversals, came to more than nothing). Same figures as
// issueTotals without its per-donor and per-document bookkeeping, made for a year of 200,000 lines:
// every line is read once as [document, household, lot, quantity] into columns of numbers (lots, items, places,
// households numbered), then summed into numbered slots, so a line costs a few look-ups and no objects; lines are
// read a few hundred documents at a time, in id order, so they die young instead of 200,000 rows at once outliving
// the garbage collector's nursery. Households' townships are looked up once, all together, after the lines.
import type { DestinationKind } from '@api/stockReports';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import { destinationOf, issueDocuments, TOWNSHIP_UNKNOWN } from './flows';

export interface IssuedTotal {
  kind: DestinationKind;
  destination: string;
  itemId: string;
  quantity: number;
  value: number;
  /** Households served there; null where no issue there named a household. */
  households: number | null;
}

const LINES = `
  SELECT j.key, ln.household_person_id, ln.lot_id, ln.quantity
  FROM json_each(?) j
  JOIN stock_document_lines ln ON ln.document_id = j.value AND ln.voided = 0`;
// The ids drive the look-up (CROSS JOIN keeps that order): `id IN (json_each)` lets the planner scan the whole registry per call.
const TOWNSHIPS = `SELECT j.key, p.township FROM json_each(?) j CROSS JOIN people p ON p.id = j.value`;
const LOTS = `SELECT id, item_id, unit_value FROM stock_lots WHERE office_code = ?`;

/** Documents read per statement: a few thousand lines. */
const CHUNK = 200;

type Line = [document: number, person: string | null, lot: string, quantity: number];

/** Numbers things by a text key, in the order first seen. */
class Numbering<T> {
  readonly list: T[] = [];
  private readonly index = new Map<string, number>();
  of(key: string, make: () => T): number {
    let n = this.index.get(key);
    if (n === undefined) this.index.set(key, (n = this.list.push(make()) - 1));
    return n;
  }
}

/** Ids with their position, sorted by id: looked up in this order, an index is read front to back. */
function inIdOrder(ids: readonly string[]): [id: string, position: number][] {
  return ids.map((id, n): [string, number] => [id, n]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The lines as columns of numbers, grown by doubling (a push per column per line costs more than the reading). */
class LineColumns {
  length = 0;
  doc = new Int32Array(1024);
  person = new Int32Array(1024);
  lot = new Int32Array(1024);
  quantity = new Float64Array(1024);
  add(doc: number, person: number, lot: number, quantity: number): void {
    if (this.length === this.doc.length) this.grow();
    const n = this.length++;
    this.doc[n] = doc;
    this.person[n] = person;
    this.lot[n] = lot;
    this.quantity[n] = quantity;
  }
  private grow(): void {
    const size = this.doc.length * 2;
    const widen = <T extends Int32Array | Float64Array>(from: T, to: T) => {
      to.set(from);
      return to;
    };
    this.doc = widen(this.doc, new Int32Array(size));
    this.person = widen(this.person, new Int32Array(size));
    this.lot = widen(this.lot, new Int32Array(size));
    this.quantity = widen(this.quantity, new Float64Array(size));
  }
}

export function issuedTotals(
  ctx: CoreContext,
  filter: { office: string; from: string; to: string },
): { totals: IssuedTotal[]; households: number } {
  const db = ctx.store.sqlite;
  const documents = issueDocuments(ctx, filter);
  if (documents.length === 0) return { totals: [], households: 0 };
  const places = new Numbering<{ kind: DestinationKind; destination: string }>();
  const placeOf = (kind: DestinationKind, destination: string) =>
    places.of(`${kind}\u0000${destination}`, () => ({ kind, destination }));
  const township = (text: string | null | undefined) => placeOf('township', text?.trim() || TOWNSHIP_UNKNOWN);

  const items = new Numbering<string>();
  const lotIndex = new Map<string, number>();
  const lotItem: number[] = [];
  const lotValue: number[] = [];
  for (const [id, itemId, unitValue] of cachedStatement(db, LOTS).raw().all(filter.office) as [
    string,
    string,
    number,
  ][]) {
    lotIndex.set(id, lotItem.length);
    lotItem.push(items.of(itemId, () => itemId));
    lotValue.push(unitValue);
  }
  const itemCount = items.list.length;

  // Households numbered as first seen; their townships are looked up once, after the lines are read.
  const persons = new Map<string, number>();
  const personIds: string[] = [];
  const personOf = (id: string) => {
    let n = persons.get(id);
    if (n === undefined) persons.set(id, (n = personIds.push(id) - 1));
    return n;
  };
  const docSign = documents.map((d) => d.sign);
  const docPerson = documents.map((d) => (d.person_id === null ? -1 : personOf(d.person_id)));
  const docFixed = documents.map((d) => destinationOf(d));

  // Pass 1: every line as numbers (document, household, lot, quantity); no strings outlive their chunk.
  const lines = new LineColumns();
  // Read in id order: the lines' index is by document id, so each chunk walks one stretch of it, not pages all over the file.
  const byId = inIdOrder(documents.map((d) => d.id));
  for (let first = 0; first < byId.length; first += CHUNK) {
    const chunk = byId.slice(first, first + CHUNK);
    const rows = cachedStatement(db, LINES)
      .raw()
      .all(JSON.stringify(chunk.map(([id]) => id))) as Line[];
    for (let n = 0; n < rows.length; n++) {
      const [key, personId, lotId, quantity] = rows[n]!;
      const lot = lotIndex.get(lotId);
      if (lot === undefined) continue; // a lot of another office: not this office's goods
      lines.add(chunk[key]![1], personId === null ? -1 : personOf(personId), lot, quantity);
    }
  }

  // Each household's place (-1: not in the registry, then the document's household counts).
  const personPlace = new Array<number>(personIds.length).fill(-1);
  const personsById = inIdOrder(personIds);
  for (const [n, text] of cachedStatement(db, TOWNSHIPS)
    .raw()
    .all(JSON.stringify(personsById.map(([id]) => id))) as [number, string | null][]) {
    personPlace[personsById[n]![1]] = township(text);
  }
  const docPlace = documents.map((_, n) => {
    const fixed = docFixed[n];
    if (fixed) return placeOf(fixed.kind, fixed.destination);
    return docPerson[n]! >= 0 && personPlace[docPerson[n]!]! >= 0 ? personPlace[docPerson[n]!]! : township(null);
  });

  // Pass 2: sums into numbered slots (place x item), households per place.
  const slots = new Int32Array(places.list.length * itemCount).fill(-1); // place * items + item -> slot (every place is numbered by now)
  const slotKey: number[] = [];
  const quantities: number[] = [];
  const values: number[] = [];
  const served: Map<number, number>[] = []; // per place: person -> net quantity; none where no household was named
  const personNet = new Float64Array(personIds.length);
  const { doc: lineDoc, person: linePerson, lot: lineLot, quantity: lineQuantity } = lines;
  for (let n = 0; n < lines.length; n++) {
    const doc = lineDoc[n]!;
    const lot = lineLot[n]!;
    const known = linePerson[n]! >= 0 && personPlace[linePerson[n]!]! >= 0;
    const person = known ? linePerson[n]! : docPerson[doc]!;
    const place = docFixed[doc] === null && known ? personPlace[linePerson[n]!]! : docPlace[doc]!;
    const quantity = docSign[doc]! * lineQuantity[n]!;
    const at = place * itemCount + lotItem[lot]!;
    let slot = slots[at]!;
    if (slot < 0) {
      slots[at] = slot = slotKey.length;
      slotKey.push(at);
      quantities.push(0);
      values.push(0);
    }
    quantities[slot]! += quantity;
    values[slot]! += quantity * lotValue[lot]!;
    if (person >= 0) {
      const there = served[place] ?? (served[place] = new Map());
      there.set(person, (there.get(person) ?? 0) + quantity);
      personNet[person]! += quantity;
    }
  }

  const households = places.list.map((_, place) => {
    const there = served[place];
    return there ? [...there.values()].filter((quantity) => quantity > 0).length : null;
  });
  const totals: IssuedTotal[] = [];
  for (let slot = 0; slot < slotKey.length; slot++) {
    if (quantities[slot] === 0 && values[slot] === 0) continue;
    const place = Math.floor(slotKey[slot]! / itemCount);
    const { kind, destination } = places.list[place]!;
    totals.push({
      kind,
      destination,
      itemId: items.list[slotKey[slot]! % itemCount]!,
      quantity: quantities[slot]!,
      value: values[slot]!,
      households: households[place]!,
    });
  }
  return { totals, households: personNet.reduce((n, q) => (q > 0 ? n + 1 : n), 0) };
}
