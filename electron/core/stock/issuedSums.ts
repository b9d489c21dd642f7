// Goods issued, summed as the public disclosure reads them (stock_issued_months, _days, _households): added
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
import { tupleRead } from '../records/reads';
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

type IssuedLine = [
  office: string,
  date: string,
  document: string,
  item: string,
  quantity: number,
  value: number,
  person: string | null,
  kind: string,
  destination: string,
];

type Sum = [
  office: string,
  period: string,
  kind: string,
  destination: string,
  item: string,
  quantity: number,
  value: number,
];

const addSum = (table: string, period: string) => `INSERT INTO ${table}
  (office_code, ${period}, kind, destination, item_id, quantity, value) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (office_code, ${period}, kind, destination, item_id)
  DO UPDATE SET quantity = quantity + excluded.quantity, value = value + excluded.value`;
const ADD_MONTH = addSum('stock_issued_months', 'month');
const ADD_DAY = addSum('stock_issued_days', 'document_date');
const ADD_HOUSEHOLD = `INSERT INTO stock_issued_households
  (office_code, document_id, person_id, document_date, kind, destination, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (office_code, document_id, person_id, document_date) DO UPDATE SET quantity = quantity + excluded.quantity`;

const readLines = (sqlite: Database.Database, source: MovementSource, params: Record<string, unknown> = {}) =>
  tupleRead<IssuedLine>(issuedLines(source)).on(sqlite).all(params);

/** Adds (sign 1) or takes away (sign -1) issue lines, summed here first: one write per period and place, per household. */
function addLines(sqlite: Database.Database, lines: readonly IssuedLine[], sign: 1 | -1): void {
  const months = new Map<string, Sum>();
  const days = new Map<string, Sum>();
  const households = new Map<string, [string, string, string, string, string, string, number]>();
  const add = (sums: Map<string, Sum>, office: string, period: string, line: IssuedLine) => {
    const [, , , item, quantity, value, , kind, destination] = line;
    const key = [office, period, kind, destination, item].join('\u0000');
    const sum = sums.get(key) ?? [office, period, kind, destination, item, 0, 0];
    sum[5] += sign * quantity;
    sum[6] += sign * value;
    sums.set(key, sum);
  };
  for (const line of lines) {
    const [office, date, document, , quantity, , person, kind, destination] = line;
    add(months, office, date.slice(0, 7), line);
    add(days, office, date, line);
    if (person === null) continue;
    const at = [office, document, person, date].join('\u0000');
    const served = households.get(at) ?? [office, document, person, date, kind, destination, 0];
    served[6] += sign * quantity;
    households.set(at, served);
  }
  for (const row of households.values()) cachedStatement(sqlite, ADD_HOUSEHOLD).run(...row);
  for (const row of months.values()) cachedStatement(sqlite, ADD_MONTH).run(...row);
  for (const row of days.values()) cachedStatement(sqlite, ADD_DAY).run(...row);
}

const OF_DOCUMENT = '(SELECT * FROM stock_movements WHERE document_id = @document)';

/** Posting: adds a posted document's issue movements (an issue's, or a reversal's of one) to the sums. */
export function addIssued(ctx: CoreContext, documentId: string): void {
  const sqlite = ctx.store.sqlite;
  addLines(sqlite, readLines(sqlite, OF_DOCUMENT, { document: documentId }), 1);
}

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
  addLines(sqlite, readLines(sqlite, STORED, stored), -1);
  if (movement.voided) return;
  const arriving = {
    ...stored,
    document: movement.documentId,
    line: movement.lineId,
    lot: movement.lotId,
    item: movement.itemId,
    quantity: movement.quantity,
    date: movement.documentDate,
  };
  addLines(sqlite, readLines(sqlite, ARRIVING, arriving), 1);
}

/**
 * Every sum again from the ledger (inside the caller's transaction). Each household's goods keep the township
 * recorded when they were posted (read before the rows go); goods with none recorded take the registry's.
 */
export function rebuildIssued(sqlite: Database.Database): void {
  const lines = readLines(sqlite, 'stock_movements');
  for (const table of ['stock_issued_months', 'stock_issued_days', 'stock_issued_households'])
    sqlite.prepare(`DELETE FROM ${table}`).run();
  addLines(sqlite, lines, 1);
}
