// The certificate register grid (证书台账) as indexed SQL, a page at a time like the people grid: filters by
// status (derived on the day, never stored), kind, township, expiring within 90 days, and one search box for
// name, pinyin, ID number tail or certificate number. ID numbers leave masked unless the user may reveal them.
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { certificateStatus, EXPIRING_WITHIN_DAYS } from '@rules/training/certificateDates';
import { normaliseNumberText } from '@rules/training/certificateNumber';
import type { CoreContext } from '../../context';
import { prefixUpperBound } from '../../people/keyRange';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { cachedStatement } from '../../records/statements';
import { localToday, officeCodeOf } from '../../stock/office';
import type { CertificatePage, CertificateQuery, CertificateRow } from './contract';

interface Condition {
  sql: string;
  params: unknown[];
}

const SUPERSEDED = 'EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)';
const LIVE = `c.revoked_at IS NULL AND NOT ${SUPERSEDED}`;

function statusCondition(status: CertificateQuery['status'], today: string): Condition | null {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  switch (status) {
    case 'REVOKED':
      return { sql: 'c.revoked_at IS NOT NULL', params: [] };
    case 'SUPERSEDED':
      return { sql: `c.revoked_at IS NULL AND ${SUPERSEDED}`, params: [] };
    case 'EXPIRED':
      return { sql: `c.expiry_date < ? AND ${LIVE}`, params: [today] };
    case 'EXPIRING':
      return { sql: `c.expiry_date >= ? AND c.expiry_date <= ? AND ${LIVE}`, params: [today, soon] };
    case 'VALID':
      return { sql: `c.expiry_date > ? AND ${LIVE}`, params: [soon] };
    default:
      return null;
  }
}

/** A number typed in part (321302-2025-0001): the start of the certificate number. */
function numberCondition(text: string): Condition | null {
  const typed = normaliseNumberText(text).toUpperCase();
  if (!/\d/.test(typed) || !/^[0-9A-Z*\-_/.]+$/.test(typed)) return null;
  return { sql: '(c.number >= ? AND c.number < ?)', params: [typed, prefixUpperBound(typed)] };
}

function searchOf(raw: string, masked: boolean): Condition | null {
  const conditions: Condition[] = [];
  const person = /[-/.]/.test(raw) ? null : searchCondition(raw, masked);
  if (person)
    conditions.push({ sql: `c.person_id IN (SELECT id FROM people WHERE ${person.sql})`, params: person.params });
  const number = numberCondition(raw);
  if (number) conditions.push(number);
  if (conditions.length === 0) return raw.trim() ? { sql: '0', params: [] } : null;
  return { sql: `(${conditions.map((c) => c.sql).join(' OR ')})`, params: conditions.flatMap((c) => c.params) };
}

export function registerWhere(ctx: CoreContext, query: CertificateQuery, masked: boolean): Condition {
  const today = localToday(ctx);
  const conditions: Condition[] = [{ sql: 'c.office_code = ? AND c.voided = 0', params: [officeCodeOf(ctx)] }];
  const add = (condition: Condition | null) => condition && conditions.push(condition);
  add(statusCondition(query.status, today));
  if (query.expiringSoon) add(statusCondition('EXPIRING', today));
  if (query.kindId) add({ sql: 'c.kind_id = ?', params: [query.kindId] });
  if (query.township) add({ sql: 'c.township = ?', params: [query.township] });
  if (query.courseId) add({ sql: 'c.course_id = ?', params: [query.courseId] });
  if (query.search) add(searchOf(query.search, masked));
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

const ROW_COLUMNS = `c.id, c.number, c.person_id AS personId, p.name, p.gender, p.id_number AS idNumber,
  c.kind_id AS kindId, coalesce(k.certificate_title, k.name) AS kindName, c.course_id AS courseId,
  t.number AS courseNumber, c.source, c.issue_date AS issueDate, c.expiry_date AS expiryDate, c.township,
  c.work_unit AS workUnit, c.sector, c.signatory, c.previous_id AS previousId, c.revoked_at AS revokedAt,
  c.revoke_reason AS revokeReason, c.print_count AS printCount, c.row_version AS rowVersion,
  ${SUPERSEDED} AS superseded`;

export const REGISTER_FROM = `FROM training_certificates c JOIN people p ON p.id = c.person_id
  JOIN training_kinds k ON k.id = c.kind_id LEFT JOIN training_courses t ON t.id = c.course_id`;

type StoredRow = Omit<CertificateRow, 'status'> & { superseded: number };

export function toCertificateRow(row: StoredRow, today: string, masked: boolean): CertificateRow {
  const { superseded, ...rest } = row;
  return {
    ...rest,
    idNumber: masked ? maskIdNumber(row.idNumber) : row.idNumber,
    status: certificateStatus(
      { expiryDate: row.expiryDate, revoked: row.revokedAt !== null, superseded: superseded === 1 },
      today,
    ),
  };
}

export function readCertificateRows(ctx: CoreContext, where: Condition, tail: string, params: unknown[] = []) {
  const masked = masksIds(ctx);
  const today = localToday(ctx);
  const stored = cachedStatement(ctx.store.sqlite, `SELECT ${ROW_COLUMNS} ${REGISTER_FROM} ${where.sql} ${tail}`).all(
    ...where.params,
    ...params,
  ) as StoredRow[];
  return stored.map((row) => toCertificateRow(row, today, masked));
}

export function listCertificates(
  ctx: CoreContext,
  query: CertificateQuery & { offset: number; limit: number },
): CertificatePage {
  const masked = masksIds(ctx);
  const where = registerWhere(ctx, query, masked);
  const rows = readCertificateRows(ctx, where, 'ORDER BY c.issue_date DESC, c.rowid DESC LIMIT ? OFFSET ?', [
    query.limit,
    query.offset,
  ]);
  const total = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM training_certificates c ${where.sql}`,
    where.params,
  );
  return { rows, total };
}

/** The townships certificates were issued in, for the filter's list. */
export function registerTownships(ctx: CoreContext): string[] {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT DISTINCT township FROM training_certificates WHERE office_code = ? AND voided = 0 AND township IS NOT NULL
     ORDER BY township`,
  )
    .pluck()
    .all(officeCodeOf(ctx)) as string[];
}

/** The certified kinds certificates are of, in the office's order, for the filter's list. */
export function certifiedKinds(ctx: CoreContext): { id: string; name: string }[] {
  return cachedStatement(
    ctx.store.sqlite,
    `SELECT id, coalesce(certificate_title, name) AS name FROM training_kinds
     WHERE office_code = ? AND voided = 0 AND category = 'certified' ORDER BY sort_order, name`,
  ).all(officeCodeOf(ctx)) as { id: string; name: string }[];
}
