// Goods issued, summed as the public disclosure reads them (stock_issued_months, stock_issued_households): added
// in the posting transaction of an issue or its reversal, kept at the city as movements arrive, rebuilt from the
// ledger with the balances. A year's disclosure then reads a few thousand sums, not 200,000 issue lines.
//
// A household's goods count under the township it was in when the issue was posted: the disclosure states where
// goods went when they went, so a household that moves later does not carry last year's goods with it. That
// township is kept in stock_issued_households; a reversal and a rebuild take it from there, and only goods with no
// row there (the first posting) read the registry. At the city "when posted" is when the movement arrives: the
// township the county's package brought.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { cachedStatement } from '../records/statements';
import { INTERNAL_USE, OTHER_OFFICE, TOWNSHIP_UNKNOWN } from './reports/flows';

/** Movement columns the sums read, as a row source `m`. */
type MovementSource = string;

/**
 * One row per issue movement of `source`: the goods as the disclosure counts them (positive out, a reversal negative,
 * valued at the lot's unit value), the household they went to (the line's, else the document's, when the registry
 * knows it) and the destination. The place comes from the original issue, so a reversal nets against what it reverses.
 */
const issuedLines = (source: MovementSource) => `
  SELECT m.office_code, d.document_date, o.id AS document_id, m.item_id, -m.quantity AS quantity,
    -m.quantity * l.unit_value AS value, coalesce(pl.id, pd.id) AS person_id,
    CASE WHEN e.id IS NOT NULL THEN 'event' WHEN o.destination_kind = 'household' THEN 'township'
      WHEN o.destination_kind = 'office' THEN 'office' ELSE 'internal' END AS kind,
    CASE WHEN e.id IS NOT NULL THEN e.id
      WHEN o.destination_kind = 'household' THEN coalesce(
        (SELECT h.destination FROM stock_issued_households h
          WHERE h.office_code = m.office_code AND h.document_id = o.id AND h.person_id = coalesce(pl.id, pd.id) LIMIT 1),
        nullif(trim(CASE WHEN pl.id IS NOT NULL THEN pl.township ELSE pd.township END), ''), '${TOWNSHIP_UNKNOWN}')
      WHEN o.destination_kind = 'office' THEN coalesce(nullif(trim(o.destination_office), ''), '${OTHER_OFFICE}')
      ELSE coalesce(nullif(trim(o.internal_use), ''), '${INTERNAL_USE}') END AS destination
  FROM ${source} m
  JOIN stock_documents d ON d.id = m.document_id
  JOIN stock_documents o ON o.id = coalesce(d.reverses_document_id, d.id)
  JOIN stock_lots l ON l.id = m.lot_id
  LEFT JOIN stock_document_lines ln ON ln.id = m.line_id
  LEFT JOIN people pl ON pl.id = ln.household_person_id
  LEFT JOIN people pd ON pd.id = o.household_person_id
  LEFT JOIN stock_events e ON e.id = o.event_id
  WHERE m.kind = 'issue' AND m.voided = 0 AND o.type = 'issue'`;

const MONTHS = `SELECT office_code, substr(document_date, 1, 7), kind, destination, item_id, sum(quantity) * @sign,
  sum(value) * @sign`;
const HOUSEHOLDS = `SELECT office_code, document_id, person_id, document_date, kind, destination, sum(quantity) * @sign`;

const addMonths = (source: MovementSource) => `
  INSERT INTO stock_issued_months (office_code, month, kind, destination, item_id, quantity, value)
  ${MONTHS} FROM (${issuedLines(source)}) WHERE true GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (office_code, month, kind, destination, item_id)
  DO UPDATE SET quantity = quantity + excluded.quantity, value = value + excluded.value`;
const addHouseholds = (source: MovementSource) => `
  INSERT INTO stock_issued_households (office_code, document_id, person_id, document_date, kind, destination, quantity)
  ${HOUSEHOLDS} FROM (${issuedLines(source)}) WHERE person_id IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (office_code, document_id, person_id, document_date) DO UPDATE SET quantity = quantity + excluded.quantity`;

/** Adds (sign 1) or takes away (sign -1) the issue movements of `source`; households first records their township. */
function move(sqlite: Database.Database, source: MovementSource, params: Record<string, unknown>): void {
  cachedStatement(sqlite, addHouseholds(source)).run(params);
  cachedStatement(sqlite, addMonths(source)).run(params);
}

const OF_DOCUMENT = '(SELECT * FROM stock_movements WHERE document_id = @document)';

/** Posting: adds a posted document's issue movements (an issue's, or a reversal's of one) to the sums. */
export function addIssued(ctx: CoreContext, documentId: string): void {
  move(ctx.store.sqlite, OF_DOCUMENT, { document: documentId, sign: 1 });
}

/**
 * The movements of an office's issues and reversals dated from..to, as a row source for the cut days of a period.
 * `+office_code`: the days' documents are found by date; by office the planner would walk all of them.
 */
export const ISSUED_IN_DAYS = `(SELECT m.* FROM stock_documents dd JOIN stock_movements m ON m.document_id = dd.id
  WHERE dd.document_date BETWEEN @from AND @to AND dd.type IN ('issue', 'reversal') AND +dd.office_code = @office)`;

/** Issued per destination and item over the movements of a row source (no sums written). */
export const issuedPerPlace = (source: MovementSource) =>
  `SELECT kind, destination, item_id, sum(quantity), sum(value) FROM (${issuedLines(source)}) GROUP BY 1, 2, 3`;

const STORED = '(SELECT * FROM stock_movements WHERE id = @id AND office_code = @office)';
const ARRIVING = `(SELECT @id AS id, @office AS office_code, @document AS document_id, @line AS line_id, @lot AS lot_id,
  @item AS item_id, 'issue' AS kind, @quantity AS quantity, @date AS document_date, 0 AS voided)`;

export interface ArrivingMovement {
  id: string;
  officeCode: string;
  documentId: string;
  lineId: string;
  lotId: string;
  itemId: string;
  kind: string;
  quantity: number;
  documentDate: string;
  voided: boolean;
}

/**
 * City side, before a received movement is written: the stored version (if any) leaves the sums and the arriving
 * one enters them, so a record applied twice counts once. Its document, lot and line arrived before it.
 */
export function receiveIssued(ctx: CoreContext, movement: ArrivingMovement): void {
  if (movement.kind !== 'issue') return;
  const sqlite = ctx.store.sqlite;
  const stored = { id: movement.id, office: movement.officeCode };
  move(sqlite, STORED, { ...stored, sign: -1 });
  if (movement.voided) return;
  move(sqlite, ARRIVING, {
    ...stored,
    document: movement.documentId,
    line: movement.lineId,
    lot: movement.lotId,
    item: movement.itemId,
    quantity: movement.quantity,
    date: movement.documentDate,
    sign: 1,
  });
}

/**
 * Every sum again from the ledger (inside the caller's transaction). Each household's goods keep the township
 * recorded when they were posted; goods with none recorded (before these sums existed) take the registry's.
 */
export function rebuildIssued(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM stock_issued_months').run();
  sqlite.prepare(addMonths('stock_movements')).run({ sign: 1 });
  sqlite.exec('DROP TABLE IF EXISTS temp.issued_households_rebuilt');
  sqlite
    .prepare(
      `CREATE TEMP TABLE issued_households_rebuilt AS ${HOUSEHOLDS} AS quantity
      FROM (${issuedLines('stock_movements')}) WHERE person_id IS NOT NULL GROUP BY 1, 2, 3, 4`,
    )
    .run({ sign: 1 });
  sqlite.prepare('DELETE FROM stock_issued_households').run();
  sqlite.prepare('INSERT INTO stock_issued_households SELECT * FROM temp.issued_households_rebuilt').run();
  sqlite.exec('DROP TABLE temp.issued_households_rebuilt');
}
