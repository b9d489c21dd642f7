// Goods issued in a period for the public disclosure: net of reversals, per destination and item, with the
// households counted (those whose goods there, net of reversals, came to more than nothing). Read from the sums kept
// at posting (issuedSums.ts): whole months from the month sums, the days of a month the period cuts from the day
// sums, households from each issue's household rows, by document date.
// A household's goods stand under the township it was in when they were issued.
import type { DestinationKind } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { tupleRead } from '../../records/reads';
import { periodParts } from './periodBalances';

export interface IssuedTotal {
  kind: DestinationKind;
  destination: string;
  itemId: string;
  quantity: number;
  value: number;
  /** Households served there; null where no issue there named a household. */
  households: number | null;
}

type Sum = [kind: DestinationKind, destination: string, itemId: string, quantity: number, value: number];

const WHOLE_MONTHS = tupleRead<Sum>(`SELECT kind, destination, item_id, quantity, value FROM stock_issued_months
  WHERE office_code = @office AND month BETWEEN @wholeFrom AND @wholeTo`);
const CUT_DAYS = tupleRead<Sum>(`SELECT kind, destination, item_id, quantity, value FROM stock_issued_days
  WHERE office_code = @office AND document_date BETWEEN @from AND @to`);
const HOUSEHOLDS = tupleRead<[kind: DestinationKind, destination: string, personId: string, quantity: number]>(
  `SELECT kind, destination, person_id, quantity FROM stock_issued_households
  WHERE office_code = @office AND document_date BETWEEN @from AND @to`,
);
const EVENTS = tupleRead<[id: string, name: string], [office: string]>(
  `SELECT id, name FROM stock_events WHERE office_code = ?`,
);

export function issuedTotals(
  ctx: CoreContext,
  filter: { office: string; from: string; to: string },
): { totals: IssuedTotal[]; households: number } {
  const db = ctx.store.sqlite;
  const parts = periodParts(filter.from, filter.to);
  const office = filter.office;
  // The first cut month's days before `from` are not the period's (periodParts gives them for the opening balance).
  const firstFrom = parts.firstDaysFrom < filter.from ? filter.from : parts.firstDaysFrom;
  const sums = [
    ...WHOLE_MONTHS.on(db).all({ office, ...parts }),
    ...CUT_DAYS.on(db).all({ office, from: firstFrom, to: parts.firstDaysTo }),
    ...CUT_DAYS.on(db).all({ office, from: parts.lastDaysFrom, to: parts.lastDaysTo }),
  ];
  const events = new Map(EVENTS.on(db).all(office));
  // Places by what the notice prints: two events of one name are one row, as they read the same.
  const placeName = (kind: DestinationKind, destination: string) =>
    kind === 'event' ? (events.get(destination) ?? destination) : destination;
  const placeKey = (kind: DestinationKind, destination: string) => `${kind}\u0000${placeName(kind, destination)}`;

  const served = new Map<string, Map<string, number>>(); // place -> household -> net quantity
  const householdNet = new Map<string, number>();
  for (const [kind, destination, person, quantity] of HOUSEHOLDS.on(db).all({
    office,
    from: filter.from,
    to: filter.to,
  })) {
    const key = placeKey(kind, destination);
    let there = served.get(key);
    if (!there) served.set(key, (there = new Map()));
    there.set(person, (there.get(person) ?? 0) + quantity);
    householdNet.set(person, (householdNet.get(person) ?? 0) + quantity);
  }
  const positive = (net: Iterable<number>) => [...net].filter((quantity) => quantity > 0).length;
  const households = new Map([...served].map(([key, there]) => [key, positive(there.values())]));

  const totals = new Map<string, IssuedTotal>();
  for (const [kind, destination, itemId, quantity, value] of sums) {
    const key = `${placeKey(kind, destination)}\u0000${itemId}`;
    const total = totals.get(key);
    if (total) {
      total.quantity += quantity;
      total.value += value;
      continue;
    }
    totals.set(key, {
      kind,
      destination: placeName(kind, destination),
      itemId,
      quantity,
      value,
      households: households.get(placeKey(kind, destination)) ?? null,
    });
  }
  return {
    totals: [...totals.values()].filter((t) => t.quantity !== 0 || t.value !== 0),
    households: positive(householdNet.values()),
  };
}
