// Bulk updates and voids read the changed records back many per statement to journal them: each journal row
// must still name its own record, the row_version it now has, and the hash `db check` recomputes from the row.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { appendAudit } from '@core/audit/chain';
import { insertRecords, updateRecords, voidRecords } from '@core/records/bulk';
import { contentHashOf } from '@core/records/contentHash';
import { stockDonors } from '@db/schema';
import { stockOffice } from '../stock/stock-support';

// More than one IN list (200) of records, so the read-back spans batches.
const DONORS = 450;

function journalOf(sqlite: ReturnType<typeof stockOffice>['store']['sqlite'], id: string) {
  return sqlite
    .prepare(
      'SELECT row_version AS rowVersion, operation, content_hash AS hash FROM change_journal WHERE record_id = ? ORDER BY seq',
    )
    .all(id) as { rowVersion: number; operation: string; hash: string }[];
}

describe('bulk updates and voids journal each record as stored', () => {
  it('journals every changed record once, with its new row_version and content hash, so db check passes', () => {
    const s = stockOffice();
    const sqlite = s.store.sqlite;
    const ids = sqlite
      .transaction(() => {
        const created = insertRecords(
          s.keeper,
          stockDonors,
          '321302',
          Array.from({ length: DONORS }, (_, i) => ({ kind: 'person' as const, name: `捐赠人${i}`, anonymous: false })),
        );
        updateRecords(
          s.keeper,
          stockDonors,
          created.map((id, i) => ({ id, set: { name: `爱心人士${i}`, phone: i % 2 ? '13800000000' : null } })),
        );
        voidRecords(s.keeper, stockDonors, [...created.slice(0, 250), created[0]!, 'no-such-donor'], '重复登记');
        appendAudit(s.keeper, { method: 'stock.test', tableName: 'stock_donors', after: { donors: DONORS } });
        return created;
      })
      .immediate();

    const storedRow = sqlite.prepare('SELECT * FROM stock_donors WHERE id = ?');
    for (const [at, id] of ids.entries()) {
      const journal = journalOf(sqlite, id);
      const stored = storedRow.get(id) as Record<string, unknown>;
      expect(stored['name']).toBe(`爱心人士${at}`);
      expect(journal.map((row) => [row.operation, row.rowVersion])).toEqual(
        at < 250
          ? [
              ['insert', 1],
              ['update', 2],
              ['void', 3],
            ]
          : [
              ['insert', 1],
              ['update', 2],
            ],
      );
      expect(journal.at(-1)!.hash).toBe(contentHashOf(stored));
    }
    expect(sqlite.prepare("SELECT count(*) FROM change_journal WHERE record_id = 'no-such-donor'").pluck().get()).toBe(
      0,
    );
    expect(checkDatabase(s.store).audit).toMatchObject({ ok: true, findings: [] });
  });

  it('journals a record changed twice in one call after each change', () => {
    const s = stockOffice();
    const sqlite = s.store.sqlite;
    const [id] = sqlite
      .transaction(() => {
        const created = insertRecords(s.keeper, stockDonors, '321302', [
          { kind: 'person' as const, name: '张三', anonymous: false },
        ]);
        updateRecords(s.keeper, stockDonors, [
          { id: created[0]!, set: { name: '张三丰' } },
          { id: created[0]!, set: { phone: '13900000000' } },
        ]);
        appendAudit(s.keeper, { method: 'stock.test', tableName: 'stock_donors', after: { donors: 1 } });
        return created;
      })
      .immediate();
    const journal = journalOf(sqlite, id!);
    expect(journal.map((row) => row.rowVersion)).toEqual([1, 2, 3]);
    expect(new Set(journal.map((row) => row.hash)).size).toBe(3);
    expect(journal[2]!.hash).toBe(
      contentHashOf(sqlite.prepare('SELECT * FROM stock_donors WHERE id = ?').get(id) as Record<string, unknown>),
    );
    expect(checkDatabase(s.store).audit).toMatchObject({ ok: true, findings: [] });
  });
});
