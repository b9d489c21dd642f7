// The review list as the city's reviewer sees it, and what they decide: apply a record that was held back
// (an ID number live in another county, once checked) or dismiss it. A record older than the city's copy
// can only be dismissed.
import type { ReviewEntry, ReviewPage } from '@core/exchange/inbox/contract';
import { maskIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';
import { PackageError } from '../format/errors';
import { trustLookup } from '../keys';
import type { ExchangeRecord, TrustLookup } from '../types';
import { ReferenceGuard } from './references';
import { NEVER_APPLIED } from './review';
import { tableWriter } from './writer';

interface StoredEntry extends Omit<ReviewEntry, 'details' | 'label' | 'senderName'> {
  details: string | null;
  record: string;
}

const COLUMNS = `id, package_id AS packageId, sender_office_code AS sender, table_name AS tableName, record_id AS recordId,
  row_version AS rowVersion, reason, details, record, status, created_at AS createdAt, resolved_at AS resolvedAt, resolved_by AS resolvedBy`;
const ENTRY = rowRead<StoredEntry, [id: number]>(`SELECT ${COLUMNS} FROM inbox_review WHERE id = ?`);
/** A page of entries and their total, of every status or of one (`WHERE status = ?` first among the parameters). */
const pageOf = (where: string) => ({
  rows: rowRead<StoredEntry, (string | number)[]>(
    `SELECT ${COLUMNS} FROM inbox_review ${where} ORDER BY id DESC LIMIT ? OFFSET ?`,
  ),
  total: valueRead<number, string[]>(`SELECT count(*) FROM inbox_review ${where}`),
});
const ALL_ENTRIES = pageOf('');
const ENTRIES_OF_STATUS = pageOf('WHERE status = ?');

/** Enough to recognise the record: its name and masked ID number when it has them. */
function labelOf(record: ExchangeRecord): string {
  const name = typeof record.fields['name'] === 'string' ? record.fields['name'] : '';
  const idNumber = typeof record.fields['id_number'] === 'string' ? maskIdNumber(record.fields['id_number']) : '';
  return [name, idNumber].filter(Boolean).join(' ') || record.id;
}

function toEntry({ record, details, ...row }: StoredEntry, names: TrustLookup): ReviewEntry {
  return {
    ...row,
    senderName: names.office(row.sender)?.name ?? null,
    details: details ? (JSON.parse(details) as Record<string, unknown>) : null,
    label: labelOf(JSON.parse(record) as ExchangeRecord),
  };
}

export function listReview(
  ctx: CoreContext,
  q: { status?: ReviewEntry['status']; offset: number; limit: number },
): ReviewPage {
  const sqlite = ctx.store.sqlite;
  const page = q.status ? ENTRIES_OF_STATUS : ALL_ENTRIES;
  const params = q.status ? [q.status] : [];
  const rows = page.rows.on(sqlite).all(...params, q.limit, q.offset);
  const total = page.total.on(sqlite).get(...params) ?? 0;
  const names = trustLookup(ctx.store);
  return { rows: rows.map((row) => toEntry(row, names)), total };
}

export function resolveReview(ctx: CoreContext, id: number, action: 'apply' | 'dismiss'): ReviewEntry {
  return resolveOne(ctx, id, action, nowIso(ctx));
}

/** Dismisses several entries: all of them, or none when one cannot be - the router's write transaction rolls back. */
export function dismissReviews(ctx: CoreContext, ids: number[]): { dismissed: number } {
  const at = nowIso(ctx);
  for (const id of new Set(ids)) resolveOne(ctx, id, 'dismiss', at);
  return { dismissed: new Set(ids).size };
}

function resolveOne(ctx: CoreContext, id: number, action: 'apply' | 'dismiss', at: string): ReviewEntry {
  const sqlite = ctx.store.sqlite;
  const stored = ENTRY.on(sqlite).get(id);
  if (!stored) fail('REVIEW_NOT_FOUND', { id });
  if (stored.status !== 'open') fail('REVIEW_ALREADY_RESOLVED', { id, status: stored.status });
  if (action === 'apply') applyReviewed(ctx, stored, at);
  const status = action === 'apply' ? 'applied' : 'dismissed';
  cachedStatement(sqlite, 'UPDATE inbox_review SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?').run(
    status,
    at,
    actorName(ctx),
    id,
  );
  appendAudit(ctx, {
    method: ctx.method,
    tableName: stored.tableName,
    recordId: stored.recordId,
    after: { review: id, action, reason: stored.reason, rowVersion: stored.rowVersion },
  });
  return toEntry({ ...stored, status, resolvedAt: at, resolvedBy: actorName(ctx) }, trustLookup(ctx.store));
}

function applyReviewed(ctx: CoreContext, stored: StoredEntry, at: string): void {
  if (NEVER_APPLIED.has(stored.reason)) fail('REVIEW_CANNOT_APPLY', { reason: stored.reason });
  const record = JSON.parse(stored.record) as ExchangeRecord;
  const writer = tableWriter(ctx.store.sqlite, record.table);
  const current = writer.find(record.id);
  if (current && current.officeCode !== record.officeCode)
    fail('REVIEW_CANNOT_APPLY', { reason: 'RECORD_OF_OTHER_OFFICE' });
  if (current && current.rowVersion >= record.rowVersion)
    fail('REVIEW_RECORD_OUTDATED', { stored: current.rowVersion, reviewed: record.rowVersion });
  const operation = !current ? 'insert' : record.voided && !current.voided ? 'void' : 'update';
  requireOwnReferences(ctx, record);
  try {
    writer.write(record, current !== undefined, operation, at);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      fail('REVIEW_DUPLICATE_IN_OFFICE', { recordId: record.id });
    throw error;
  }
}

/** A reviewed record is held to the apply's rule too: its references stay in its office. */
function requireOwnReferences(ctx: CoreContext, record: ExchangeRecord): void {
  try {
    const guard = new ReferenceGuard(ctx.store.sqlite);
    guard.check(record, 0);
    guard.finish();
  } catch (error) {
    if (error instanceof PackageError) fail('REVIEW_CANNOT_APPLY', { reason: error.code });
    throw error;
  }
}
