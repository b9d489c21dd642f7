// Each business record against its last journalled change: the content hash that change wrote must be
// the hash of the row as it is now. A record edited, inserted or deleted outside the app shows here.
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '@db/sql';
import { rowHasher } from '../records/contentHash';
import { tupleRead, valueRead } from '../records/reads';
import type { Findings } from './findings';

type Last = [journalSeq: number, contentHash: string | null];

export interface ContentCheck {
  recordsChecked: number;
  recordsNotVerifiable: number;
}

const JOURNAL_CHANGES = tupleRead<[table: string, id: string, seq: number, hash: string | null]>(
  'SELECT table_name, record_id, seq, content_hash FROM change_journal ORDER BY seq',
);
const TABLE_NAMES = valueRead<string>(`SELECT name FROM sqlite_master WHERE type = 'table'`);

/** The last journalled change of every record, per table. */
function lastChanges(sqlite: Database.Database): Map<string, Map<string, Last>> {
  const byTable = new Map<string, Map<string, Last>>();
  for (const [table, id, seq, hash] of JOURNAL_CHANGES.fresh(sqlite).iterate()) {
    let records = byTable.get(table);
    if (!records) byTable.set(table, (records = new Map()));
    records.set(id, [seq, hash]);
  }
  return byTable;
}

export function checkRecordContents(sqlite: Database.Database, findings: Findings): ContentCheck {
  const result: ContentCheck = { recordsChecked: 0, recordsNotVerifiable: 0 };
  const known = new Set(TABLE_NAMES.on(sqlite).all());
  for (const [table, records] of lastChanges(sqlite)) {
    if (!known.has(table)) {
      findings.add({ kind: 'RECORD_MISSING', table, details: { records: records.size } });
      continue;
    }
    const select = tupleRead<unknown[]>(`SELECT * FROM ${quoteIdentifier(table)}`).fresh(sqlite);
    const columns = select.columns().map((c) => c.name);
    const hash = rowHasher(columns);
    const idAt = columns.indexOf('id');
    for (const row of select.iterate()) {
      const id = String(row[idAt]);
      const last = records.get(id);
      records.delete(id);
      result.recordsChecked++;
      if (!last) findings.add({ kind: 'RECORD_NOT_JOURNALLED', table, recordId: id });
      else if (last[1] === null) result.recordsNotVerifiable++;
      else if (hash(row) !== last[1])
        findings.add({ kind: 'RECORD_CHANGED_OUTSIDE', table, recordId: id, journalSeq: last[0] });
    }
    for (const [id, [journalSeq]] of records) findings.add({ kind: 'RECORD_MISSING', table, recordId: id, journalSeq });
  }
  return result;
}
