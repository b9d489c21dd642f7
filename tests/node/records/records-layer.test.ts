// The record layer names the record columns once, from the drizzle table: the names it binds must be the
// columns every business table really has, and its typed writers must store camelCase fields in their SQL
// columns (booleans as 0/1) with a journal row `db check` accepts; a guarded update refuses a record changed
// or voided since.
import { getTableName } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { appendAudit } from '@core/audit/chain';
import { insertRecords, updateRecordAt, voidRecords } from '@core/records/bulk';
import { RECORD_COLUMNS } from '@core/records/meta';
import * as schema from '@db/schema';
import { stockDonors } from '@db/schema';
import { stockOffice } from '../stock/stock-support';

const recordTables = Object.values(schema).filter(
  (value): value is typeof stockDonors =>
    typeof value === 'object' && value !== null && 'voidReason' in value && 'rowVersion' in value,
);

describe('the record layer', () => {
  it('binds the record columns every business table holds, first and in order', () => {
    const s = stockOffice();
    expect(recordTables.length).toBeGreaterThanOrEqual(16);
    for (const table of recordTables) {
      const columns = s.store.sqlite
        .prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`)
        .pluck()
        .all(getTableName(table));
      expect(columns.slice(0, RECORD_COLUMNS.length), getTableName(table)).toEqual(RECORD_COLUMNS);
    }
  });

  it('stores typed fields in their columns and updates a record only at the version it was read at', () => {
    const s = stockOffice();
    const sqlite = s.store.sqlite;
    const [id] = sqlite
      .transaction(() => {
        const ids = insertRecords(s.keeper, stockDonors, '321302', [
          { kind: 'organisation', name: '爱心单位', contact: '王五', anonymous: true },
        ]);
        expect(updateRecordAt(s.keeper, stockDonors, ids[0]!, 1, { phone: '13800000000' })).toBe(true);
        // Read at version 1 again: another window saved in between.
        expect(updateRecordAt(s.keeper, stockDonors, ids[0]!, 1, { phone: '13900000000' })).toBe(false);
        appendAudit(s.keeper, { method: 'stock.test', tableName: 'stock_donors', after: { donors: 1 } });
        return ids;
      })
      .immediate();
    expect(
      sqlite.prepare('SELECT contact, anonymous, phone, row_version FROM stock_donors WHERE id = ?').get(id),
    ).toEqual({ contact: '王五', anonymous: 1, phone: '13800000000', row_version: 2 });
    sqlite
      .transaction(() => {
        voidRecords(s.keeper, stockDonors, [id!], '重复登记');
        expect(updateRecordAt(s.keeper, stockDonors, id!, 3, { phone: '13700000000' })).toBe(false);
        appendAudit(s.keeper, { method: 'stock.test', tableName: 'stock_donors', after: { voided: 1 } });
      })
      .immediate();
    const journal = sqlite
      .prepare('SELECT row_version, operation FROM change_journal WHERE record_id = ? ORDER BY seq')
      .raw()
      .all(id);
    expect(journal).toEqual([
      [1, 'insert'],
      [2, 'update'],
      [3, 'void'],
    ]);
    expect(checkDatabase(s.store).audit).toMatchObject({ ok: true, findings: [] });
  });
});
