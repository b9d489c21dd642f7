// Goods issued in a period for the public disclosure: net of reversals, per destination and item, with the
// households counted (those whose goods there, net of reversals, came to more than nothing). Same figures as
// issueTotals without its per-donor and per-document bookkeeping, made for a year of 200,000 lines:
// every line is read once as [document, household, lot, quantity] and summed into numbered slots (lots, items,
// places, households numbered), so a line costs a few look-ups and no objects; lines are read a few hundred
// documents at a time, so they die young instead of 200,000 rows at once outliving the garbage collector's nursery.
import type { DestinationKind } from '../../../api/stockReports';
import type { CoreContext } from '../../context';
import { cachedStatement } from '../../records/statements';
import { destinationOf, issueDocuments, TOWNSHIP_UNKNOWN } from './flows';

export interface IssuedTotal {
  kind: DestinationKind; destination: string; itemId: string; quantity: number; value: number;
  /** Households served there; null where no issue there named a household. */
  households: number | null;
}

const LINES = `
  SELECT j.key, ln.household_person_id, ln.lot_id, ln.quantity
  FROM json_each(?) j
  JOIN stock_document_lines ln ON ln.document_id = j.value AND ln.voided = 0`;
// The ids drive the look-up (CROSS JOIN keeps that order): `id IN (json_each)` lets the planner scan the whole registry per call.
const TOWNSHIPS = `SELECT p.id, p.township FROM json_each(?) j CROSS JOIN people p ON p.id = j.value`;
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

export function issuedTotals(ctx: CoreContext, filter: { office: string; from: string; to: string }): { totals: IssuedTotal[]; households: number } {
  const db = ctx.store.sqlite;
  const documents = issueDocuments(ctx, filter);
  if (documents.length === 0) return { totals: [], households: 0 };
  const places = new Numbering<{ kind: DestinationKind; destination: string }>();
  const placeOf = (kind: DestinationKind, destination: string) => places.of(`${kind}\u0000${destination}`, () => ({ kind, destination }));
  const township = (text: string | null | undefined) => placeOf('township', text?.trim() || TOWNSHIP_UNKNOWN);

  const items = new Numbering<string>();
  const lotIndex = new Map<string, number>();
  const lotItem: number[] = [];
  const lotValue: number[] = [];
  for (const [id, itemId, unitValue] of cachedStatement(db, LOTS).raw().all(filter.office) as [string, string, number][]) {
    lotIndex.set(id, lotItem.length);
    lotItem.push(items.of(itemId, () => itemId));
    lotValue.push(unitValue);
  }
  const itemCount = items.list.length;

  // Households: numbered, each with its township's place (-1: not in the registry, then the document's household counts).
  const persons = new Map<string, number>();
  const personPlace: number[] = [];
  const resolve = (ids: string[]) => {
    for (const id of ids) persons.set(id, -1);
    for (const [id, text] of cachedStatement(db, TOWNSHIPS).raw().all(JSON.stringify(ids)) as [string, string | null][]) {
      persons.set(id, personPlace.length);
      personPlace.push(township(text));
    }
  };
  resolve([...new Set(documents.flatMap((d) => (d.person_id === null ? [] : [d.person_id])))]);
  const docSign = documents.map((d) => d.sign);
  const docPerson = documents.map((d) => (d.person_id === null ? -1 : persons.get(d.person_id)!));
  const docFixed = documents.map((d) => destinationOf(d));
  const docPlace = documents.map((d, n) => {
    const fixed = docFixed[n];
    if (fixed) return placeOf(fixed.kind, fixed.destination);
    return docPerson[n]! >= 0 ? personPlace[docPerson[n]!]! : township(null);
  });
  const toHouseholds = docFixed.map((fixed) => fixed === null);

  const slots: number[] = []; // place * items + item -> slot
  const slotKey: number[] = [];
  const quantities: number[] = [];
  const values: number[] = [];
  const served: Map<number, number>[] = []; // per place: person -> net quantity; none where no household was named
  const personNet: number[] = [];
  for (let first = 0; first < documents.length; first += CHUNK) {
    const rows = cachedStatement(db, LINES).raw().all(JSON.stringify(documents.slice(first, first + CHUNK).map((d) => d.id))) as Line[];
    const fresh = new Set<string>();
    for (const row of rows) if (row[1] !== null && !persons.has(row[1])) fresh.add(row[1]);
    if (fresh.size > 0) resolve([...fresh]);
    for (let n = 0; n < rows.length; n++) {
      const [key, personId, lotId, lineQuantity] = rows[n]!;
      const lot = lotIndex.get(lotId);
      if (lot === undefined) continue; // a lot of another office: not this office's goods
      const doc = first + key;
      const linePerson = personId === null ? -1 : persons.get(personId)!;
      const person = linePerson >= 0 ? linePerson : docPerson[doc]!;
      const place = toHouseholds[doc] && linePerson >= 0 ? personPlace[linePerson]! : docPlace[doc]!;
      const quantity = docSign[doc]! * lineQuantity;
      const at = place * itemCount + lotItem[lot]!;
      let slot = slots[at];
      if (slot === undefined) {
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
        personNet[person] = (personNet[person] ?? 0) + quantity;
      }
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
    totals.push({ kind, destination, itemId: items.list[slotKey[slot]! % itemCount]!, quantity: quantities[slot]!, value: values[slot]!,
      households: households[place]! });
  }
  return { totals, households: personNet.reduce((n, q) => (q > 0 ? n + 1 : n), 0) };
}
