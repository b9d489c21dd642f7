// Business records: row_version, change journal in the same transaction, hash-chained audit log.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { verifyAuditChain } from '@core/audit/chain';
import { insertRecord, updateRecord, voidRecord } from '@core/records/write';
import { people } from '@db/schema';
import { officeBackend } from '../support';

const person = (idNumber: string) => ({
  name: '张三',
  gender: 'M' as const,
  idNumber,
  idConverted: false,
  birthDate: '1990-01-01',
  mobile: null,
  phone: null,
  township: '蔡集镇',
  village: null,
  workUnit: null,
  notes: null,
  idReversed: [...idNumber].reverse().join(''),
  pinyinFull: 'zhangsan',
  pinyinInitials: 'zs',
});

describe('record writes', () => {
  it('journals insert, update and void with growing row versions', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk'], 'people.create');
    const row = store.sqlite.transaction(() => insertRecord(ctx, people, '321302', person('321302199001011234')))();
    store.sqlite.transaction(() =>
      updateRecord({ ...ctx, method: 'people.update' }, people, row.id, { mobile: '13800000000' }, 1),
    )();
    store.sqlite.transaction(() => voidRecord({ ...ctx, method: 'people.void' }, people, row.id, '重复录入'))();

    const journal = store.sqlite
      .prepare('SELECT table_name, record_id, row_version, operation FROM change_journal ORDER BY seq')
      .all();
    expect(journal).toEqual([
      { table_name: 'people', record_id: row.id, row_version: 1, operation: 'insert' },
      { table_name: 'people', record_id: row.id, row_version: 2, operation: 'update' },
      { table_name: 'people', record_id: row.id, row_version: 3, operation: 'void' },
    ]);
    const stored = store.sqlite
      .prepare('SELECT row_version, voided, void_reason, voided_by FROM people WHERE id = ?')
      .get(row.id);
    expect(stored).toEqual({ row_version: 3, voided: 1, void_reason: '重复录入', voided_by: 'user-clerk' });
    const update = store.sqlite.prepare(`SELECT before, after FROM audit_log WHERE method = 'people.update'`).get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(update.before)).toEqual({ mobile: null });
    expect(JSON.parse(update.after)).toEqual({ mobile: '13800000000' });
  });

  it('leaves neither record nor journal row when the transaction fails', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk'], 'people.create');
    const journalBefore = store.sqlite.prepare('SELECT count(*) FROM change_journal').pluck().get();
    expect(() =>
      store.sqlite.transaction(() => {
        insertRecord(ctx, people, '321302', person('321302199001011234'));
        insertRecord(ctx, people, '321302', person('321302199001011234')); // same live ID: unique index fails
      })(),
    ).toThrow();
    expect(store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    expect(store.sqlite.prepare('SELECT count(*) FROM change_journal').pluck().get()).toBe(journalBefore);
  });

  it('refuses an update based on an old row version', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk']);
    const row = store.sqlite.transaction(() => insertRecord(ctx, people, '321302', person('321302199001011234')))();
    updateRecord(ctx, people, row.id, { notes: 'first window' }, 1);
    expect(() => updateRecord(ctx, people, row.id, { notes: 'second window' }, 1)).toThrow(/RECORD_CHANGED/);
  });
});

describe('audit hash chain', () => {
  it('verifies, and reports the first edited entry', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk']);
    for (const tail of ['1234', '2345', '3456']) {
      store.sqlite.transaction(() => insertRecord(ctx, people, '321302', person(`32130219900101${tail}`)))();
    }
    const clean = verifyAuditChain(store.sqlite);
    expect(clean.ok).toBe(true);
    expect(clean.entries).toBeGreaterThanOrEqual(4);
    expect(checkDatabase(store).ok).toBe(true);

    const target = store.sqlite
      .prepare(`SELECT seq FROM audit_log WHERE table_name = 'people' ORDER BY seq LIMIT 1 OFFSET 1`)
      .pluck()
      .get() as number;
    store.sqlite.prepare(`UPDATE audit_log SET after = '{"name":"李四"}' WHERE seq = ?`).run(target);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, firstBrokenSeq: target });
    expect(checkDatabase(store)).toMatchObject({ ok: false, integrity: 'ok', audit: { firstBrokenSeq: target } });
  });

  it('detects a removed entry', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk']);
    for (const tail of ['1234', '2345'])
      store.sqlite.transaction(() => insertRecord(ctx, people, '321302', person(`32130219900101${tail}`)))();
    const seqs = store.sqlite.prepare('SELECT seq FROM audit_log ORDER BY seq').pluck().all() as number[];
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = ?').run(seqs[1]);
    expect(verifyAuditChain(store.sqlite)).toMatchObject({ ok: false, firstBrokenSeq: seqs[2] });
  });
});
