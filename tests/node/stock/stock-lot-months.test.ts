// Each lot's month sums (stock_lot_months) are what a period's balance reads: kept at posting - a late entry into
// an earlier month included - they equal the sums rebuilt from the ledger, and a period cutting months anywhere
// gets exactly the figures of the ledger's own movements.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildBalances } from '@core/stock/balances';
import type { DocumentHeaderInput } from '@core/stock/contract';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { periodBalances } from '@core/stock/reports/periodBalances';
import { reverseDocument } from '@core/stock/reversal';
import { stockOffice, type StockOffice } from './stock-reports-support';

const lotMonths = (office: StockOffice) =>
  office.store.sqlite
    .prepare(
      'SELECT office_code, month, lot_id, item_id, received, issued, adjusted, net FROM stock_lot_months ORDER BY lot_id, month',
    )
    .all();

interface Movement {
  itemId: string;
  kind: string;
  quantity: number;
  date: string;
  unitValue: number;
}

/** The period's balance per item straight from the movements, one by one. */
function fromLedger(office: StockOffice, from: string, to: string) {
  const movements = office.store.sqlite
    .prepare(
      `SELECT m.item_id AS itemId, m.kind, m.quantity, m.document_date AS date, l.unit_value AS unitValue
    FROM stock_movements m JOIN stock_lots l ON l.id = m.lot_id WHERE m.voided = 0`,
    )
    .all() as Movement[];
  const items = new Map<string, Record<string, number>>();
  for (const m of movements.filter((x) => x.date <= to)) {
    const row = items.get(m.itemId) ?? {
      opening: 0,
      received: 0,
      issued: 0,
      adjusted: 0,
      closing: 0,
      openingValue: 0,
      receivedValue: 0,
      issuedValue: 0,
      adjustedValue: 0,
      closingValue: 0,
    };
    const add = (key: string, quantity: number) => {
      row[key]! += quantity;
      row[`${key}Value`]! += quantity * m.unitValue;
    };
    if (m.date < from) add('opening', m.quantity);
    else if (m.kind === 'receipt') add('received', m.quantity);
    else if (m.kind === 'issue') add('issued', -m.quantity);
    else if (m.kind === 'count' || m.kind === 'adjustment') add('adjusted', m.quantity);
    add('closing', m.quantity);
    items.set(m.itemId, row);
  }
  return [...items].map(([itemId, row]) => ({ itemId, ...row })).sort((a, b) => a.itemId.localeCompare(b.itemId));
}

describe('lot month sums', () => {
  it('are kept at posting as the ledger says, and a period cut anywhere balances as the movements do', () => {
    const office = stockOffice();
    const { quilt, rice, donorA } = office;
    const issue = (date: string, lines: { itemId: string; lotId: string; quantity: number }[]) =>
      office.post(
        {
          type: 'issue',
          documentDate: date,
          warehouseId: office.warehouse.id,
          destinationKind: 'internal',
          internalUse: '演练',
        } satisfies DocumentHeaderInput,
        lines,
      );
    const first = office.receive('2026-01-10', donorA.id, [
      { itemId: quilt.id, lotNumber: 'Q1', quantity: 100, unitValue: 8000 },
      { itemId: rice.id, lotNumber: 'R1', expiryDate: '2099-01-01', quantity: 50, unitValue: 5000 },
    ]);
    const [q1, r1] = first.lines.map((l) => l.lotId!) as [string, string];
    issue('2026-02-15', [
      { itemId: quilt.id, lotId: q1, quantity: 30 },
      { itemId: rice.id, lotId: r1, quantity: 5 },
    ]);
    office.receive('2026-03-02', null, [{ itemId: quilt.id, lotNumber: 'Q2', quantity: 10, unitValue: 9000 }]);
    const wrong = office.receive('2026-03-03', null, [
      { itemId: rice.id, lotNumber: 'R2', expiryDate: '2099-01-01', quantity: 7, unitValue: 5000 },
    ]);
    const reversal = reverseDocument(office.admin, wrong.document.id, '录错了', '2026-04-04');
    approveDocument(office.admin, reversal.document.id);
    postDocument(office.admin, reversal.document.id);
    issue('2026-01-25', [{ itemId: quilt.id, lotId: q1, quantity: 4 }]); // paper entered late, into January
    office.post({ type: 'adjustment', documentDate: '2026-03-20', warehouseId: office.warehouse.id }, [
      { itemId: rice.id, lotId: r1, quantity: -2, reason: 'loss' },
    ]);

    const kept = lotMonths(office);
    expect(kept).toContainEqual(
      expect.objectContaining({ lot_id: q1, month: '2026-01', received: 100, issued: 4, net: 96 }),
    );
    rebuildBalances(office.admin);
    expect(lotMonths(office)).toEqual(kept);
    // Migration 0005 fills the table from a ledger written before it: the same sums.
    const migration = fs
      .readFileSync(
        path.join(import.meta.dirname, '../../../db/migrations/0005_grid_indexes_and_lot_months.sql'),
        'utf8',
      )
      .split('--> statement-breakpoint');
    office.store.sqlite.prepare('DELETE FROM stock_lot_months').run();
    office.store.sqlite.exec(migration.at(-1)!);
    expect(lotMonths(office)).toEqual(kept);

    for (const [from, to] of [
      ['2026-01-01', '2026-12-31'],
      ['2026-01-15', '2026-03-02'],
      ['2026-02-01', '2026-02-28'],
      ['2026-02-10', '2026-03-31'],
      ['2026-03-01', '2026-03-10'],
      ['2026-03-03', '2026-04-30'],
      ['2026-02-20', '2026-02-21'],
      ['2026-05-01', '2026-05-31'],
    ]) {
      const figures = periodBalances(office.admin, { office: '321302', from: from!, to: to! }).sort((a, b) =>
        a.itemId.localeCompare(b.itemId),
      );
      expect({ from, to, figures }).toEqual({ from, to, figures: fromLedger(office, from!, to!) });
    }
  });
});
