// The journal head an audit entry records is the same whether its bulk writer's rows were folded as they were
// written or read back from the database, and content hashes keep their definition (stored hashes stay valid).
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { appendAudit } from '@core/audit/chain';
import { foldJournal, JOURNAL_START } from '@core/audit/journalHead';
import { withRunningFold } from '@core/audit/runningFold';
import { contentHashOf, rowHasher } from '@core/records/contentHash';
import {
  batchJournalRows,
  endJournalBatch,
  insertJournalRow,
  journalRow,
  journalStatement,
} from '@core/records/journal';
import { officeBackend } from '../support';

const lastHead = (sqlite: import('better-sqlite3').Database) =>
  sqlite.prepare('SELECT journal_seq AS seq, journal_hash AS hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    hash: string;
  };

/** The head the previous entry recorded, then the journal read back from there. */
function refolded(sqlite: import('better-sqlite3').Database): { seq: number; hash: string } {
  const heads = sqlite
    .prepare('SELECT journal_seq AS seq, journal_hash AS hash FROM audit_log ORDER BY seq DESC LIMIT 2')
    .all() as { seq: number; hash: string }[];
  return foldJournal(sqlite, heads[1] ?? JOURNAL_START, heads[0]!.seq);
}

describe('journal heads', () => {
  it('records the same head from a running fold as from reading the journal back', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk'], 'people.import');
    const journal = journalStatement(store.sqlite);
    // Rows journaled after the last entry but before the fold starts are read back once, at its start.
    store.sqlite
      .prepare(
        `INSERT INTO change_journal (table_name, record_id, row_version, operation, changed_at, content_hash)
      VALUES ('people', 'early', 1, 'insert', '2026-01-01T00:00:00Z', NULL)`,
      )
      .run();
    store.sqlite.transaction(() =>
      withRunningFold(store.sqlite, () => {
        // More rows than one page of the read-back (foldStoredRows reads 4096 at a time): the pages join up.
        for (let i = 0; i < 9000; i++)
          insertJournalRow(journal, 'people', `p-${i}`, 1, 'insert', '2026-01-02T00:00:00Z', `h${i}`);
        appendAudit(ctx, { method: 'people.import', tableName: 'people' });
      }),
    )();
    const head = lastHead(store.sqlite);
    expect(head.seq).toBe(store.sqlite.prepare('SELECT max(seq) FROM change_journal').pluck().get());
    expect(head).toEqual(refolded(store.sqlite));
    // db check refolds the same way (the made-up records themselves are not in the people table: not judged here).
    expect(checkDatabase(store).audit.findings.filter((f) => f.kind !== 'RECORD_MISSING')).toEqual([]);
  });

  it('writes a batch of journal rows in the order they came, folded as they are written', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk'], 'inbox.apply');
    const journal = journalStatement(store.sqlite);
    const ids: string[] = [];
    store.sqlite.transaction(() =>
      withRunningFold(store.sqlite, () => {
        batchJournalRows(store.sqlite);
        // Rows of full statements and a remainder, and a row inserted at once in between: it goes after the batch's.
        for (let i = 0; i < 123; i++) {
          journalRow(store.sqlite, 'people', `p-${i}`, 1 + (i % 3), 'insert', '2026-01-02T00:00:00Z', `h${i}`);
          ids.push(`p-${i}`);
          if (i === 70) {
            insertJournalRow(journal, 'stock_lots', 'between', 1, 'update', '2026-01-02T00:00:00Z', null);
            ids.push('between');
          }
        }
        endJournalBatch(store.sqlite);
        journalRow(store.sqlite, 'people', 'after', 1, 'void', '2026-01-03T00:00:00Z', 'ha'); // no batch: at once
        ids.push('after');
        appendAudit(ctx, { method: 'inbox.apply', tableName: 'people' });
      }),
    )();
    const rows = store.sqlite.prepare('SELECT record_id FROM change_journal ORDER BY seq').pluck().all();
    expect(rows).toEqual(ids);
    const head = lastHead(store.sqlite);
    expect(head.seq).toBe(store.sqlite.prepare('SELECT max(seq) FROM change_journal').pluck().get());
    expect(head).toEqual(refolded(store.sqlite));
  });

  it('falls back to reading the journal when a row was journaled outside the fold', () => {
    const { store, as } = officeBackend();
    const ctx = as(['clerk'], 'people.import');
    const journal = journalStatement(store.sqlite);
    store.sqlite.transaction(() =>
      withRunningFold(store.sqlite, () => {
        insertJournalRow(journal, 'people', 'a', 1, 'insert', '2026-01-02T00:00:00Z', 'ha');
        journal.run('people', 'b', 1, 'insert', '2026-01-02T00:00:00Z', 'hb'); // not handed to the fold
        insertJournalRow(journal, 'people', 'c', 1, 'insert', '2026-01-02T00:00:00Z', 'hc');
        appendAudit(ctx, { method: 'people.import', tableName: 'people' });
      }),
    )();
    expect(lastHead(store.sqlite)).toEqual(refolded(store.sqlite));
    // And after rows journaled past the fold's last one.
    store.sqlite.transaction(() =>
      withRunningFold(store.sqlite, () => {
        insertJournalRow(journal, 'people', 'd', 1, 'insert', '2026-01-03T00:00:00Z', 'hd');
        journal.run('people', 'e', 1, 'insert', '2026-01-03T00:00:00Z', 'he');
        appendAudit(ctx, { method: 'people.import', tableName: 'people' });
      }),
    )();
    expect(lastHead(store.sqlite)).toEqual(refolded(store.sqlite));
    expect(lastHead(store.sqlite).seq).toBe(store.sqlite.prepare('SELECT max(seq) FROM change_journal').pluck().get());
  });

  it('keeps the content hash definition: a fixed row gives the digest stored databases hold', () => {
    const row = {
      id: 'p-1',
      office_code: '321302',
      row_version: 3,
      voided: false,
      voided_at: null,
      name: '张𠀀三',
      gender: 'M',
      quantity: 5,
      note: 'a\u0001b',
      blob: Buffer.from([1, 255]),
      empty: '',
    };
    // Computed by the definition before the hasher was made faster (commit 8827faa).
    expect(contentHashOf(row)).toBe('f704e75d22d87843cc6b6b71ead88a80a4d2df421730052212039adde6e87bd0');
    expect(rowHasher(Object.keys(row).reverse())(Object.values(row).reverse())).toBe(contentHashOf(row));
  });
});
