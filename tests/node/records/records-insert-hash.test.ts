// Bulk inserts journal a content hash computed from the values bound, not from the row read back: it must be
// the hash `db check` recomputes from the stored row, for every kind of value - and where SQLite stores a value
// otherwise than bound (a number in a TEXT column, digits in an INTEGER one, a lone surrogate), the row is read.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { insertHasher } from '@core/records/insertHash';
import { insertRecords } from '@core/stock/bulk';
import { stockOffice } from '../stock/stock-support';

const LOT_COLUMNS = [
  'id',
  'office_code',
  'item_id',
  'lot_number',
  'unit_value',
  'source',
  'received_date',
  'document_id',
];

describe('content hash of bulk inserts', () => {
  it("equals the stored row's hash for text, numbers, booleans, nulls and defaults, so db check passes", () => {
    const s = stockOffice();
    const sqlite = s.store.sqlite;
    const docId = s.receive([{ itemId: s.quilt.id, quantity: 1 }]).document.id;
    const rows = [
      {
        item_id: s.quilt.id,
        lot_number: '批号 A-1',
        expiry_date: null,
        unit_value: 0,
        source: 'donation',
        received_date: '2025-06-01',
        document_id: docId,
      },
      {
        item_id: s.quilt.id,
        lot_number: 5,
        expiry_date: '2026-01-01',
        unit_value: '007',
        source: 'count',
        received_date: '2025-06-01',
        document_id: docId,
      },
      {
        item_id: s.quilt.id,
        lot_number: 'bad \ud800 text',
        expiry_date: null,
        unit_value: -12,
        source: 'other',
        received_date: '2025-06-01',
        document_id: docId,
      },
    ];
    const ids = insertRecords(s.keeper, 'stock_lots', '321302', rows);
    insertRecords(s.keeper, 'stock_donors', '321302', [{ kind: 'person', name: '张三', anonymous: true }]);
    // `anonymous` left out: its default (false, stored as 0) is what the hash must see.
    insertRecords(s.keeper, 'stock_donors', '321302', [{ kind: 'person', name: '李四' }]);
    expect(sqlite.prepare('SELECT lot_number, unit_value FROM stock_lots WHERE id = ?').raw().get(ids[1])).toEqual([
      '5.0',
      7,
    ]); // as SQLite stores them, not as bound
    expect(checkDatabase(s.store).audit).toMatchObject({ ok: true, findings: [] });
  });

  it('answers null (read the row) only for values SQLite would store otherwise than bound', () => {
    const s = stockOffice();
    const hash = insertHasher(s.store.sqlite, 'stock_lots', LOT_COLUMNS);
    const values = (lotNumber: unknown, unitValue: unknown) => [
      'x',
      '321302',
      'i',
      lotNumber,
      unitValue,
      'donation',
      '2025-06-01',
      'd',
    ];
    expect(hash(values('A-1', 100))).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(values(null, true))).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(values(5, 100))).toBeNull(); // stored as the text '5.0'
    expect(hash(values('A-1', '100'))).toBeNull();
    expect(hash(values('A-1', 1.5))).toBeNull();
    expect(hash(values('\udc00', 100))).toBeNull();
    expect(
      insertHasher(s.store.sqlite, 'stock_lots', [...LOT_COLUMNS, 'no_such_column'])(values('A-1', 100)),
    ).toBeNull();
  });
});
