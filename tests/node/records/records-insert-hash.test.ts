// Bulk inserts journal a content hash computed from the values bound, not from the row read back: it must be
// the hash `db check` recomputes from the stored row, for every kind of value - and where SQLite stores a value
// otherwise than bound (a number in a TEXT column, digits in an INTEGER one, a lone surrogate), the row is read.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { insertRecords } from '@core/records/bulk';
import { insertHasher } from '@core/records/insertHash';
import type { RecordFields } from '@core/records/meta';
import { stockDonors, stockLots } from '@db/schema';
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
        itemId: s.quilt.id,
        lotNumber: '批号 A-1',
        expiryDate: null,
        unitValue: 0,
        source: 'donation',
        receivedDate: '2025-06-01',
        documentId: docId,
      },
      {
        itemId: s.quilt.id,
        lotNumber: 5,
        expiryDate: '2026-01-01',
        unitValue: '007',
        source: 'count',
        receivedDate: '2025-06-01',
        documentId: docId,
      },
      {
        itemId: s.quilt.id,
        lotNumber: 'bad \ud800 text',
        expiryDate: null,
        unitValue: -12,
        source: 'other',
        receivedDate: '2025-06-01',
        documentId: docId,
      },
    ];
    // Values of the wrong kind on purpose (a number for text, digits for a number): SQLite converts them as it stores.
    const ids = insertRecords(s.keeper, stockLots, '321302', rows as unknown as RecordFields<typeof stockLots>[]);
    insertRecords(s.keeper, stockDonors, '321302', [{ kind: 'person', name: '张三', anonymous: true }]);
    // `anonymous` left out: its default (false, stored as 0) is what the hash must see.
    insertRecords(s.keeper, stockDonors, '321302', [{ kind: 'person', name: '李四' }]);
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
