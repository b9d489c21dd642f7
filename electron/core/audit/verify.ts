// The audit trail's checks beyond the hash links: no entry missing in the middle or at the end (against
// sqlite_sequence, which AUTOINCREMENT keeps), the journal still folding to the head every entry recorded,
// and the chain still holding the heads this office sent upward in its packages.
import type Database from 'better-sqlite3';
import type { outboxPackages } from '@db/schema';
import { rowRead, valueRead } from '../records/reads';
import { verifyAuditChain, type ChainCheck } from './chain';
import type { Findings } from './findings';
import { foldJournal, JOURNAL_START, type JournalHead } from './journalHead';

interface Checkpoint {
  seq: number;
  journalSeq: number;
  journalHash: string;
}

/** The hash chain, with every entry's journal head collected on the way. */
export function checkAuditChain(sqlite: Database.Database, findings: Findings): ChainCheck {
  const checkpoints: Checkpoint[] = [];
  const chain = verifyAuditChain(sqlite, (e) => {
    if (e.journalSeq != null) checkpoints.push({ seq: e.seq, journalSeq: e.journalSeq, journalHash: e.journalHash! });
  });
  if (!chain.ok) findings.add({ kind: 'AUDIT_CHAIN_BROKEN', seq: chain.firstBrokenSeq! });
  checkSequence(sqlite, 'audit_log', findings);
  checkJournalHeads(sqlite, checkpoints, findings);
  checkSentHeads(sqlite, findings);
  return chain;
}

const HIGHEST_SEQ = valueRead<number, [table: string]>('SELECT seq FROM sqlite_sequence WHERE name = ?');

/** Gaps in seq (a removed entry) and a shorter log than sqlite_sequence remembers (a removed tail). */
function checkSequence(sqlite: Database.Database, table: 'audit_log' | 'change_journal', findings: Findings): void {
  const seqs = valueRead<number>(`SELECT seq FROM ${table} ORDER BY seq`).fresh(sqlite).iterate();
  let expected = 1;
  for (const seq of seqs) {
    if (seq !== expected && table === 'audit_log')
      findings.add({ kind: 'AUDIT_SEQ_GAP', seq: expected, details: { missing: seq - expected } });
    expected = seq + 1;
  }
  const highest = HIGHEST_SEQ.on(sqlite).get(table);
  if (highest !== undefined && highest >= expected) {
    const where = table === 'audit_log' ? { seq: expected } : { journalSeq: expected };
    findings.add({
      kind: table === 'audit_log' ? 'AUDIT_TAIL_DELETED' : 'JOURNAL_TAIL_DELETED',
      ...where,
      details: { lastSeq: highest },
    });
  }
}

/** Refolds the journal between consecutive heads; a mismatch names the entry whose head no longer holds. */
function checkJournalHeads(sqlite: Database.Database, checkpoints: Checkpoint[], findings: Findings): void {
  let head: JournalHead = JOURNAL_START;
  for (const checkpoint of checkpoints) {
    if (checkpoint.journalSeq === head.seq && checkpoint.journalHash === head.hash) continue;
    const folded = foldJournal(sqlite, head, checkpoint.journalSeq);
    if (folded.seq !== checkpoint.journalSeq || folded.hash !== checkpoint.journalHash) {
      findings.add({
        kind: 'JOURNAL_REWRITTEN',
        seq: checkpoint.seq,
        journalSeq: checkpoint.journalSeq,
        details: { fromJournalSeq: head.seq },
      });
    }
    head = { seq: checkpoint.journalSeq, hash: checkpoint.journalHash };
  }
  // Changes after the last head are not judged here: the next audit entry folds them in (a few writers, such as
  // a campaign's households, are journalled after their operation's entry), and their records are checked below.
  checkSequence(sqlite, 'change_journal', findings);
}

type Package = typeof outboxPackages.$inferSelect;
/** Each package that carried an audit head, with the hash the chain holds at that seq (null: no such entry). */
const SENT_HEADS = rowRead<
  Pick<Package, 'packageId' | 'recipient'> & {
    packageSeq: number;
    auditSeq: number;
    auditHash: string;
    hash: string | null;
  }
>(
  `SELECT o.package_id AS packageId, o.recipient, o.seq AS packageSeq, o.audit_seq AS auditSeq,
  o.audit_hash AS auditHash, a.hash FROM outbox_packages o LEFT JOIN audit_log a ON a.seq = o.audit_seq
  WHERE o.audit_seq IS NOT NULL ORDER BY o.recipient, o.seq`,
);

/** Every audit head a package carried upward must still be in the chain, with the same hash. */
function checkSentHeads(sqlite: Database.Database, findings: Findings): void {
  for (const head of SENT_HEADS.on(sqlite).all()) {
    if (head.hash === head.auditHash) continue;
    findings.add({
      kind: head.hash === null ? 'AUDIT_BEHIND_SENT_HEAD' : 'AUDIT_DIFFERS_AT_SENT_HEAD',
      seq: head.auditSeq,
      details: { packageId: head.packageId, recipient: head.recipient, packageSeq: head.packageSeq },
    });
  }
}
