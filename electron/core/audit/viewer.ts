// The audit viewer's query: filters by user, method, local date range and record id, newest first, over SQL.
// Reads only the columns every version of audit_log has (seq, at, user_id, username, method, table_name,
// record_id, before, after).
import type { auditLog } from '@db/schema';
import { DONOR_RECORD_TABLES } from '@rules/donors';
import { maySeeDonors } from '@rules/roles';
import { FIELD_LABELS, methodLabel, tableLabel, VALUE_LABELS } from '../../api/auditLabels';
import type { CoreContext } from '../context';
import { localDayStart } from '../localDays';
import { rowRead, valueRead } from '../records/reads';
import type { AuditPage, AuditQuery, AuditRow } from './methods';

type StoredRow = Pick<
  typeof auditLog.$inferSelect,
  'seq' | 'at' | 'username' | 'method' | 'tableName' | 'recordId' | 'before' | 'after'
>;

const COLUMNS = 'seq, at, username, method, table_name AS tableName, record_id AS recordId, before, after';
const SUMMARY_LENGTH = 200;

function whereOf(query: AuditQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const offset = query.utcOffsetMinutes ?? 0;
  const username = query.username?.trim();
  if (username) {
    clauses.push("username LIKE ? ESCAPE '\\'");
    params.push(`%${username.replace(/[\\%_]/g, '\\$&')}%`);
  }
  const method = query.method?.trim();
  if (method) {
    clauses.push('(method = ? OR method = ?)');
    params.push(method, `cli.${method}`);
  }
  const recordId = query.recordId?.trim();
  if (recordId) {
    clauses.push('record_id = ?');
    params.push(recordId);
  }
  if (query.from) {
    clauses.push('at >= ?');
    params.push(localDayStart(query.from, offset));
  }
  if (query.to) {
    clauses.push('at < ?');
    params.push(localDayStart(query.to, offset, 1));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function valueText(item: unknown): string {
  const text = typeof item === 'string' ? item : JSON.stringify(item);
  return VALUE_LABELS[text] ?? text;
}

/** A before/after JSON object as `字段: 值; 字段: 值` (labelled where a label exists), short enough for a grid cell. */
export function summarize(json: string | null): string {
  if (!json) return '';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json.slice(0, SUMMARY_LENGTH);
  }
  const text =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value)
          .map(([key, item]) => `${FIELD_LABELS[key] ?? key}: ${valueText(item)}`)
          .join('; ')
      : JSON.stringify(value);
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

/** What an entry about the 三献 register shows a user without the role: what was done and when, not on whom. */
const DONOR_DETAILS_HIDDEN = '（三献登记，仅三献管理员可见）';

/** The row as the viewer shows it to this user. */
function rowFor(ctx: CoreContext): (row: StoredRow) => AuditRow {
  if (maySeeDonors(ctx.actor?.roles ?? [])) return toRow;
  return (row) =>
    row.tableName !== null && DONOR_RECORD_TABLES.includes(row.tableName)
      ? { ...toRow(row), recordId: null, before: '', after: DONOR_DETAILS_HIDDEN }
      : toRow(row);
}

function toRow(row: StoredRow): AuditRow {
  return {
    seq: row.seq,
    at: row.at,
    username: row.username,
    method: row.method,
    methodLabel: methodLabel(row.method),
    tableName: row.tableName,
    tableLabel: tableLabel(row.tableName),
    recordId: row.recordId,
    before: summarize(row.before),
    after: summarize(row.after),
  };
}

export function countAudit(ctx: CoreContext, query: AuditQuery): number {
  const where = whereOf(query);
  return (
    valueRead<number>(`SELECT count(*) FROM audit_log ${where.sql}`)
      .on(ctx.store.sqlite)
      .get(...where.params) ?? 0
  );
}

export function listAudit(ctx: CoreContext, query: AuditQuery & { offset?: number; limit?: number }): AuditPage {
  const where = whereOf(query);
  const rows = rowRead<StoredRow>(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit ?? 100, query.offset ?? 0);
  return { rows: rows.map(rowFor(ctx)), total: countAudit(ctx, query) };
}

/** Every entry under the filters, newest first (the export). */
export function* iterateAudit(ctx: CoreContext, query: AuditQuery): Generator<AuditRow> {
  const where = whereOf(query);
  const rows = rowRead<StoredRow>(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY seq DESC`)
    .fresh(ctx.store.sqlite)
    .iterate(...where.params);
  const shown = rowFor(ctx);
  for (const row of rows) yield shown(row);
}
