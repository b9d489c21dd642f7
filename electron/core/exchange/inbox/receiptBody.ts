// What the city tells a county in a receipt: the unbroken run applied, what is held for missing packages,
// and what was refused and why (a sentence for the county clerk beside the code).
import type Database from 'better-sqlite3';
import { recordProblemOf, recordProblemText } from '@api/recordLabels';
import { inboxPackages } from '@db/schema';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import type { ReceiptBody } from '../receipt';
import { readStream } from './stream';

/** Newest packages listed one by one; the contiguous seq covers everything before them anyway. */
const LISTED = 200;

const REASONS: Record<string, string> = {
  PKG_SEQUENCE_GAP: '市里缺少更早的数据包，请补发缺少的序号。',
  PKG_REPLAY_MISMATCH: '与市里已收到的同序号数据包不一致（可能恢复过备份），请导出全量数据包。',
  PKG_INCARNATION_CHANGED: '县里的数据库已重建或从备份恢复，请导出全量数据包。',
  PKG_STREAM_FORKED: '数据包接收已暂停，等待全量数据包重新同步。',
  PKG_RECORD_INVALID: '数据包中有无法写入的记录，请检查程序版本后重新导出。',
  PKG_VALUE_INVALID: '数据包中有记录的内容不符合录入要求，请改正后重新导出。',
  PKG_FIELD_TOO_LONG: '数据包中有记录的内容超过长度上限，请改正后重新导出。',
  PKG_REFERENCE_FOREIGN: '数据包中有记录指向其他单位的记录或不存在的记录，请核实本机数据库是否被改动过。',
};

export function reasonFor(code: string): string {
  return REASONS[code] ?? code;
}

/** The refused record and why, so the county clerk knows which one to fix (no full ID number is kept in details). */
function recordNamed(details: string | null): string {
  const problem = recordProblemOf(details ? JSON.parse(details) : null);
  return problem ? recordProblemText(problem, 'zh-CN') : '';
}

const LATEST_INCARNATION = valueRead<string, [county: string]>(
  `SELECT sender_incarnation_id FROM inbox_packages WHERE sender_office_code = ?
  ORDER BY received_at DESC LIMIT 1`,
);
const LISTED_PACKAGES = rowRead<
  Pick<
    typeof inboxPackages.$inferSelect,
    'packageId' | 'seq' | 'packageHash' | 'status' | 'reason' | 'details' | 'summary' | 'appliedAt'
  >,
  [county: string, epoch: number, lastSeq: number, limit: number]
>(
  `SELECT package_id AS packageId, seq, package_hash AS packageHash, status, reason, details, summary,
  applied_at AS appliedAt FROM inbox_packages WHERE sender_office_code = ? AND (epoch = ? OR status = 'held' OR seq > ?)
  ORDER BY seq DESC, received_at DESC LIMIT ?`,
);

export function buildReceiptBody(sqlite: Database.Database, county: string, createdAt: string): ReceiptBody {
  const stream = readStream(sqlite, county);
  const latest = LATEST_INCARNATION.on(sqlite).get(county);
  const incarnationId = stream?.incarnationId ?? latest;
  if (!incarnationId) fail('RECEIPT_NOTHING_RECEIVED', { to: county });
  const rows = LISTED_PACKAGES.on(sqlite).all(county, stream?.epoch ?? 0, stream?.lastSeq ?? 0, LISTED * 3);
  const of = (status: string) =>
    rows
      .filter((r) => r.status === status)
      .slice(0, LISTED)
      .reverse();
  return {
    receipt: 1,
    county,
    incarnationId,
    lastContiguousSeq: stream?.lastSeq ?? 0,
    lastPackageHash: stream?.lastHash ?? null,
    applied: of('applied').map((r) => ({
      seq: r.seq,
      packageId: r.packageId,
      packageHash: r.packageHash,
      appliedAt: r.appliedAt ?? createdAt,
      counts: r.summary ? (JSON.parse(r.summary) as Record<string, Record<string, number>>) : {},
    })),
    held: of('held').map((r) => ({
      seq: r.seq,
      packageId: r.packageId,
      packageHash: r.packageHash,
      reason: reasonFor('PKG_SEQUENCE_GAP'),
      missing: (r.details ? (JSON.parse(r.details) as { missing?: number[] }).missing : undefined) ?? [],
    })),
    rejected: [...of('rejected'), ...of('forked')].map((r) => ({
      seq: r.seq,
      packageId: r.packageId,
      packageHash: r.packageHash,
      code: r.reason ?? 'PKG_RECORD_INVALID',
      reason: reasonFor(r.reason ?? 'PKG_RECORD_INVALID') + recordNamed(r.details),
    })),
    createdAt,
  };
}
