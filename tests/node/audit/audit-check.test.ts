// `db check` against edits made outside the app: a name changed in the SQLite file, the last audit entries
// deleted, and entries deleted with the chain recomputed - each reported with what and where.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { entryHash, GENESIS_HASH, STORED_ENTRIES } from '@core/audit/chain';
import { createPerson, updatePerson } from '@core/people/service';
import { generatePeople } from '../../fixtures/people';
import { cityWith, COUNTY, CITY, exportTo } from '../exchange/exchange-apply-support';
import { stockOffice } from '../stock/stock-support';
import { officeBackend } from '../support';

function countyWithPeople(count = 3) {
  const office = officeBackend();
  const ctx = office.as(['clerk'], 'people.create');
  const ids = generatePeople(count, 5).map((p) => createPerson(ctx, p, true).person.id);
  updatePerson(office.as(['clerk'], 'people.update'), ids[0]!, 1, { workUnit: '宿城区红十字会' }, true);
  return { ...office, ids };
}

/** Rewrites every entry with freshly computed hashes, as someone covering a deletion would. */
function recomputeChain(sqlite: Database.Database): void {
  const rows = STORED_ENTRIES.on(sqlite).all();
  const update = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = entryHash(prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

const lastSeq = (sqlite: Database.Database, table: string) =>
  sqlite.prepare(`SELECT max(seq) FROM ${table}`).pluck().get() as number;

describe('db check catches edits made outside the app', () => {
  it('passes a database written only by the app, with every record checked', () => {
    const { store } = countyWithPeople();
    const result = checkDatabase(store);
    expect(result.audit).toMatchObject({ ok: true, findings: [], recordsChecked: 3, recordsNotVerifiable: 0 });
    expect(result.ok).toBe(true);
  });

  it('passes the warehouse after bulk writes (documents, lines, lots, ledger) and reports a quantity edited in SQLite', () => {
    const s = stockOffice();
    const lot = s.receive([
      { itemId: s.quilt.id, quantity: 30 },
      { itemId: s.rice.id, lotNumber: 'R1', expiryDate: '2099-01-01', quantity: 12 },
    ]).lines[0]!.lotId!;
    s.approveAndPost(s.issueDraft([{ itemId: s.quilt.id, lotId: lot, quantity: 7 }]).document.id);
    expect(checkDatabase(s.store).audit).toMatchObject({ ok: true, findings: [] });
    const movement = s.store.sqlite
      .prepare('SELECT id FROM stock_movements ORDER BY rowid DESC LIMIT 1')
      .pluck()
      .get() as string;
    s.store.sqlite.prepare('UPDATE stock_movements SET quantity = quantity + 1 WHERE id = ?').run(movement);
    expect(checkDatabase(s.store).audit.findings).toEqual([
      expect.objectContaining({ kind: 'RECORD_CHANGED_OUTSIDE', table: 'stock_movements', recordId: movement }),
    ]);
  });

  it('reports a name changed directly in SQLite: the table, the record and its last journalled change', () => {
    const { store, ids } = countyWithPeople();
    const journalSeq = store.sqlite
      .prepare(`SELECT max(seq) FROM change_journal WHERE record_id = ?`)
      .pluck()
      .get(ids[1]);
    store.sqlite.prepare('UPDATE people SET name = ? WHERE id = ?').run('王改名', ids[1]);
    const result = checkDatabase(store);
    expect(result.ok).toBe(false);
    expect(result.audit.findings).toEqual([
      { kind: 'RECORD_CHANGED_OUTSIDE', table: 'people', recordId: ids[1], journalSeq },
    ]);
  });

  it('reports a person deleted outside the app', () => {
    const { store, ids } = countyWithPeople();
    store.sqlite.prepare('DELETE FROM people WHERE id = ?').run(ids[2]);
    const result = checkDatabase(store);
    expect(result.audit.findings).toEqual([
      expect.objectContaining({ kind: 'RECORD_MISSING', table: 'people', recordId: ids[2] }),
    ]);
  });

  it('reports deleted last audit entries, which leave a valid chain behind', () => {
    const { store } = countyWithPeople();
    const last = lastSeq(store.sqlite, 'audit_log');
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq >= ?').run(last - 1);
    const result = checkDatabase(store);
    expect(result.audit.firstBrokenSeq).toBeNull();
    expect(result.audit.findings).toContainEqual({
      kind: 'AUDIT_TAIL_DELETED',
      seq: last - 1,
      details: { lastSeq: last },
    });
    expect(result.ok).toBe(false);
  });

  it('reports entries deleted in the middle and the chain recomputed over the rest', () => {
    const { store, ids } = countyWithPeople();
    const created = store.sqlite
      .prepare(`SELECT seq FROM audit_log WHERE method = 'people.create' AND record_id = ?`)
      .pluck()
      .get(ids[1]) as number;
    store.sqlite.prepare('DELETE FROM audit_log WHERE seq = ?').run(created);
    recomputeChain(store.sqlite);
    const result = checkDatabase(store);
    expect(result.audit.firstBrokenSeq).toBeNull();
    expect(result.audit.findings).toContainEqual({ kind: 'AUDIT_SEQ_GAP', seq: created, details: { missing: 1 } });
    // The next entry's journal head was folded on from the deleted entry's, so it no longer matches either.
    expect(result.audit.findings).toContainEqual(
      expect.objectContaining({ kind: 'JOURNAL_REWRITTEN', seq: created + 1 }),
    );
  });

  it('reports a chain deleted and recomputed from the start, renumbered, against the head sent upward', async () => {
    const {
      counties: [county],
    } = cityWith(COUNTY);
    const id = createPerson(county!.ctx(['clerk'], 'people.create'), generatePeople(1, 3)[0]!, true).person.id;
    await exportTo(county!, CITY);
    const sent = county!.store.sqlite
      .prepare('SELECT audit_seq AS seq, audit_hash AS hash FROM outbox_packages')
      .get() as { seq: number; hash: string };
    expect(sent.seq).toBeGreaterThan(1);
    // Everything before the person's creation is dropped, the rest renumbered from 1 and rehashed, sqlite_sequence reset.
    const sqlite = county!.store.sqlite;
    const created = sqlite
      .prepare(`SELECT seq FROM audit_log WHERE method = 'people.create' AND record_id = ?`)
      .pluck()
      .get(id) as number;
    sqlite.prepare('DELETE FROM audit_log WHERE seq < ?').run(created);
    sqlite.prepare('UPDATE audit_log SET seq = seq - ?').run(created - 1);
    sqlite.prepare(`UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit_log) WHERE name = 'audit_log'`).run();
    recomputeChain(sqlite);
    const result = checkDatabase(county!.store);
    expect(result.audit.firstBrokenSeq).toBeNull();
    const kinds = result.audit.findings.map((f) => f.kind);
    expect(kinds).not.toContain('AUDIT_SEQ_GAP');
    expect(result.audit.findings).toContainEqual(
      expect.objectContaining({
        kind: expect.stringMatching(/^AUDIT_(BEHIND|DIFFERS_AT)_SENT_HEAD$/),
        seq: sent.seq,
        details: expect.objectContaining({ recipient: CITY, packageSeq: 1 }),
      }),
    );
    expect(result.ok).toBe(false);
  });

  it('reports a journal row removed under the audit heads, and counts records older than content hashes as not verifiable', () => {
    const { store, ids } = countyWithPeople();
    const journalSeq = store.sqlite
      .prepare('SELECT min(seq) FROM change_journal WHERE record_id = ?')
      .pluck()
      .get(ids[0]) as number;
    store.sqlite.prepare('UPDATE change_journal SET content_hash = NULL WHERE record_id = ?').run(ids[2]);
    store.sqlite.prepare('DELETE FROM change_journal WHERE seq = ?').run(journalSeq);
    const result = checkDatabase(store);
    expect(result.audit.recordsNotVerifiable).toBe(1);
    expect(result.audit.findings).toContainEqual(
      expect.objectContaining({ kind: 'JOURNAL_REWRITTEN', journalSeq: expect.any(Number) }),
    );
  });
});
