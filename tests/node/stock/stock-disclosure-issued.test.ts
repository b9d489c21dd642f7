// The disclosure's issued totals (reports/issued.ts, read from the sums kept at posting) against the general
// per-destination totals the donation trace uses (reports/flows.ts, from the lines): nobody moves here, so the two
// ways of summing the same lines must agree on every row and on the households, reversals included.
import { describe, expect, it } from 'vitest';
import { approveDocument } from '@core/stock/documents/workflow';
import { postDocument } from '@core/stock/posting/post';
import { issueTotals } from '@core/stock/reports/flows';
import type { IssuedTotal } from '@core/stock/reports/issued';
import { issuedTotals } from '@core/stock/reports/issued';
import { reverseDocument } from '@core/stock/reversal';
import { seedStockLedger } from '../../fixtures/stockLedger';
import { officeBackend } from '../support';

type Row = Pick<IssuedTotal, 'kind' | 'destination' | 'itemId' | 'quantity' | 'value' | 'households'>;
const rows = (list: readonly Row[]) =>
  list.map((t) => [t.kind, t.destination, t.itemId, t.quantity, t.value, t.households].join('|')).sort();

describe('issued totals for the disclosure', () => {
  it('agree with the per-destination flows on a seeded year, household issues reversed in it', () => {
    const office = officeBackend();
    const admin = office.as(['admin']);
    seedStockLedger(office.store, admin, { items: 60, lots: 400, movements: 6000, people: 400, year: 2025 });
    const households = office.store.sqlite
      .prepare(
        `SELECT id FROM stock_documents WHERE destination_kind = 'household'
      ORDER BY number LIMIT 3`,
      )
      .pluck()
      .all() as string[];
    const year = { office: '321302', from: '2025-01-01', to: '2025-12-31' };
    const issuedQuantity = () => issuedTotals(admin, year).totals.reduce((sum, t) => sum + t.quantity, 0);
    const before = issuedQuantity();
    for (const id of households) {
      const reversal = reverseDocument(admin, id, '登记有误', '2025-12-20');
      approveDocument(admin, reversal.document.id);
      postDocument(admin, reversal.document.id);
    }
    for (const period of [
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2025-08-01', to: '2025-09-30' },
    ]) {
      const filter = { office: '321302', ...period };
      const fast = issuedTotals(admin, filter);
      const general = issueTotals(admin, filter);
      expect(fast.totals.length).toBeGreaterThan(20);
      expect(rows(fast.totals)).toEqual(rows(general.totals));
      expect(fast.households).toBe(general.households);
    }
    // The reversals took exactly their documents' goods back.
    const reversed = office.store.sqlite
      .prepare(
        `SELECT sum(quantity) FROM stock_document_lines
      WHERE document_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(JSON.stringify(households)) as number;
    expect(reversed).toBeGreaterThan(0);
    expect(issuedQuantity()).toBe(before - reversed);
  });
});
