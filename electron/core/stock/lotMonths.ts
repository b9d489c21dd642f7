// Each lot's movements per month, summed by kind (stock_lot_months): a period's balances read a few thousand of
// these instead of every ledger row of the year. Kept like stock_balances: moved in the posting transaction, set
// at the city from the movements it holds when one arrives, and rebuilt from the ledger with the balances.
import type Database from 'better-sqlite3';
import type { stockMovements } from '@db/schema';
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import { cachedStatement } from '../records/statements';
import type { MovementKind } from './contract';

interface Sums {
  received: number;
  issued: number;
  adjusted: number;
  net: number;
}

/** What one movement adds to its lot's month. */
function sumsOf(kind: string, quantity: number): Sums {
  return {
    received: kind === 'receipt' ? quantity : 0,
    issued: kind === 'issue' ? -quantity : 0,
    adjusted: kind === 'count' || kind === 'adjustment' ? quantity : 0,
    net: quantity,
  };
}

/** The same sums in SQL, over movement rows. */
const SUMS_SQL = `coalesce(sum(CASE WHEN kind = 'receipt' THEN quantity ELSE 0 END), 0) AS received,
  coalesce(sum(CASE WHEN kind = 'issue' THEN -quantity ELSE 0 END), 0) AS issued,
  coalesce(sum(CASE WHEN kind IN ('count', 'adjustment') THEN quantity ELSE 0 END), 0) AS adjusted, coalesce(sum(quantity), 0) AS net`;

const COLUMNS = 'office_code, month, lot_id, item_id, received, issued, adjusted, net';

export const monthOf = (date: string) => date.slice(0, 7);

/** Posting: adds a document's movements (all of one document date) to their lots' month. */
export function moveLotMonths(
  ctx: CoreContext,
  officeCode: string,
  documentDate: string,
  movements: readonly { kind: MovementKind; lotId: string; itemId: string; quantity: number }[],
): void {
  const perLot = new Map<string, Sums & { itemId: string }>();
  for (const m of movements) {
    const add = sumsOf(m.kind, m.quantity);
    const sums = perLot.get(m.lotId);
    if (!sums) perLot.set(m.lotId, { itemId: m.itemId, ...add });
    else for (const key of ['received', 'issued', 'adjusted', 'net'] as const) sums[key] += add[key];
  }
  const move = cachedStatement(
    ctx.store.sqlite,
    `INSERT INTO stock_lot_months (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (office_code, month, lot_id) DO UPDATE SET received = received + excluded.received,
    issued = issued + excluded.issued, adjusted = adjusted + excluded.adjusted, net = net + excluded.net`,
  );
  const month = monthOf(documentDate);
  for (const [lotId, s] of perLot)
    move.run(officeCode, month, lotId, s.itemId, s.received, s.issued, s.adjusted, s.net);
}

type MovementFields = Pick<
  typeof stockMovements.$inferSelect,
  'id' | 'officeCode' | 'lotId' | 'itemId' | 'documentDate'
>;

const STORED_MOVEMENT = rowRead<Omit<MovementFields, 'id' | 'officeCode'>, [id: string, officeCode: string]>(
  'SELECT lot_id AS lotId, item_id AS itemId, document_date AS documentDate FROM stock_movements WHERE id = ? AND office_code = ?',
);

/**
 * City side, before a received movement is written: its lot's month is set to the office's other stored movements
 * there plus this one (computed, not added, so a record tried twice counts once). A stored version of the movement
 * in another lot or month leaves that month too.
 */
export function receiveLotMonth(
  ctx: CoreContext,
  movement: MovementFields & { kind: string; quantity: number; voided: boolean },
): void {
  const sqlite = ctx.store.sqlite;
  const stored = STORED_MOVEMENT.on(sqlite).get(movement.id, movement.officeCode);
  if (stored && (stored.lotId !== movement.lotId || monthOf(stored.documentDate) !== monthOf(movement.documentDate))) {
    setLotMonth(sqlite, { ...movement, ...stored }, sumsOf('', 0));
  }
  setLotMonth(sqlite, movement, movement.voided ? sumsOf('', 0) : sumsOf(movement.kind, movement.quantity));
}

function setLotMonth(sqlite: Database.Database, at: MovementFields, plus: Sums): void {
  const month = monthOf(at.documentDate);
  // The item's movements of the month come from the stock card's covering index; the lot and office narrow them.
  cachedStatement(
    sqlite,
    `INSERT INTO stock_lot_months (${COLUMNS})
    SELECT @office, @month, @lot, @item, s.received + @received, s.issued + @issued, s.adjusted + @adjusted, s.net + @net
    FROM (SELECT ${SUMS_SQL} FROM stock_movements INDEXED BY stock_movements_card
      WHERE item_id = @item AND document_date BETWEEN @first AND @last AND lot_id = @lot AND office_code = @office
        AND voided = 0 AND id <> @id) s WHERE true
    ON CONFLICT (office_code, month, lot_id) DO UPDATE SET received = excluded.received, issued = excluded.issued,
      adjusted = excluded.adjusted, net = excluded.net`,
  ).run({
    office: at.officeCode,
    month,
    lot: at.lotId,
    item: at.itemId,
    first: `${month}-01`,
    last: `${month}-31`,
    id: at.id,
    ...plus,
  });
}

/** Every lot's months again from the ledger (inside the caller's transaction). */
export function rebuildLotMonths(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM stock_lot_months').run();
  sqlite
    .prepare(
      `INSERT INTO stock_lot_months (${COLUMNS})
    SELECT office_code, substr(document_date, 1, 7), lot_id, item_id, ${SUMS_SQL}
    FROM stock_movements WHERE voided = 0 GROUP BY office_code, lot_id, substr(document_date, 1, 7)`,
    )
    .run();
}
