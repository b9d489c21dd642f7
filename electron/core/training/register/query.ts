// The certificate register grid (证书台账) as indexed SQL, a page at a time like the people grid: filters by
// status (derived on the day, never stored), kind, township, expiring within 90 days, and one search box for
// name, pinyin, ID number tail or certificate number. ID numbers leave masked unless the user may reveal them.
// One office at a time: the county its own; the city its own or, read-only, one county's (officeCode).
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { certificateStatus, EXPIRING_WITHIN_DAYS } from '@rules/training/certificateDates';
import { normaliseNumberText } from '@rules/training/certificateNumber';
import type { CoreContext } from '../../context';
import { prefixUpperBound } from '../../people/keyRange';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead, valueRead } from '../../records/reads';
import { localToday, officeCodeOf } from '../../stock/office';
import type { CertificatePage, CertificateQuery, CertificateRow } from './contract';

interface Condition {
  sql: string;
  params: unknown[];
}

const SUPERSEDED = 'EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)';

const NOTHING: Condition = { sql: '0', params: [] };

/** A status as conditions on the certificate's own columns and whether it must be superseded (null: either way). */
interface StatusFilter {
  condition: Condition;
  superseded: boolean | null;
}

// `+c.expiry_date`: checked on the entries of the index that serves the grid's order (the register index holds
// it), never a range of the expiry index, whose rows would all be read and sorted (without ANALYZE's statistics
// the planner takes that range for the narrower).
function statusFilter(status: CertificateQuery['status'], today: string): StatusFilter | null {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  const live = (sql: string, params: unknown[]) => ({
    condition: { sql: `${sql} AND c.revoked_at IS NULL`, params },
    superseded: false,
  });
  switch (status) {
    case 'REVOKED':
      return { condition: { sql: 'c.revoked_at IS NOT NULL', params: [] }, superseded: null };
    case 'SUPERSEDED':
      return { condition: { sql: 'c.revoked_at IS NULL', params: [] }, superseded: true };
    case 'EXPIRED':
      return live('+c.expiry_date < ?', [today]);
    case 'EXPIRING':
      return live('+c.expiry_date >= ? AND +c.expiry_date <= ?', [today, soon]);
    case 'VALID':
      return live('+c.expiry_date > ?', [soon]);
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
  if (conditions.length === 0) return raw.trim() ? NOTHING : null;
  return { sql: `(${conditions.map((c) => c.sql).join(' OR ')})`, params: conditions.flatMap((c) => c.params) };
}

/** The grid's filters: conditions on the certificate's columns, and whether it must (not) be superseded. */
interface RegisterFilter {
  officeCode: string;
  conditions: Condition[];
  superseded: boolean | null;
}

function registerFilter(ctx: CoreContext, query: CertificateQuery, masked: boolean): RegisterFilter {
  const today = localToday(ctx);
  const officeCode = query.officeCode ?? officeCodeOf(ctx);
  const conditions: Condition[] = [{ sql: 'c.office_code = ? AND c.voided = 0', params: [officeCode] }];
  const add = (condition: Condition | null) => condition && conditions.push(condition);
  let superseded: boolean | null = null;
  for (const status of [query.status, query.expiringSoon ? 'EXPIRING' : null] as const) {
    const filter = statusFilter(status, today);
    if (!filter) continue;
    add(filter.condition);
    if (filter.superseded !== null && superseded !== null && filter.superseded !== superseded) add(NOTHING);
    superseded = filter.superseded ?? superseded;
  }
  if (query.kindId) add({ sql: 'c.kind_id = ?', params: [query.kindId] });
  if (query.township) add({ sql: 'c.township = ?', params: [query.township] });
  if (query.courseId) add({ sql: 'c.course_id = ?', params: [query.courseId] });
  if (query.search) add(searchOf(query.search, masked));
  return { officeCode, conditions, superseded };
}

function whereOf(conditions: readonly Condition[]): Condition {
  return { sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`, params: conditions.flatMap((c) => c.params) };
}

/** The filter as one WHERE clause on `c`, the superseded fact looked up row by row. */
function registerWhere(filter: RegisterFilter): Condition {
  const { conditions, superseded } = filter;
  if (superseded === null) return whereOf(conditions);
  return whereOf([...conditions, { sql: superseded ? SUPERSEDED : `NOT ${SUPERSEDED}`, params: [] }]);
}

/**
 * The office's certificates its live certificates renew, each once: a few per hundred, found in their own index
 * (a renewal names a certificate of its own office: issuing looks only there, and a city refuses a package
 * naming another office's record).
 */
const RENEWED = `(SELECT DISTINCT previous_id AS id FROM training_certificates
  WHERE previous_id IS NOT NULL AND voided = 0 AND office_code = ?) r CROSS JOIN training_certificates c ON c.id = r.id`;

/**
 * How many certificates the filter finds. The superseded fact is not looked up for each of (say) 170,000 expired
 * certificates: those that are superseded are counted from the renewals' side and taken away - unless a search,
 * township or course leaves few enough certificates to look each up.
 */
function registerCountSql(filter: RegisterFilter, narrow: boolean): Condition {
  if (filter.superseded === null || narrow) {
    const where = registerWhere(filter);
    return { sql: `SELECT count(*) FROM training_certificates c ${where.sql}`, params: where.params };
  }
  const where = whereOf(filter.conditions);
  const all = `SELECT count(*) FROM training_certificates c ${where.sql}`;
  const renewed = `SELECT count(*) FROM ${RENEWED} ${where.sql}`;
  const renewedParams = [filter.officeCode, ...where.params];
  if (filter.superseded) return { sql: renewed, params: renewedParams };
  return { sql: `SELECT (${all}) - (${renewed})`, params: [...where.params, ...renewedParams] };
}

const ROW_COLUMNS = `c.id, c.number, c.office_code AS officeCode, c.person_id AS personId, p.name, p.gender, p.id_number AS idNumber,
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
  const read = rowRead<StoredRow>(`SELECT ${ROW_COLUMNS} ${REGISTER_FROM} ${where.sql} ${tail}`);
  const stored = read.on(ctx.store.sqlite).all(...where.params, ...params);
  return stored.map((row) => toCertificateRow(row, today, masked));
}

/** The grid's order; `id` (time-ordered) breaks ties so that the register's indexes, which end in it, serve the sort. */
const REGISTER_ORDER = 'ORDER BY c.issue_date DESC, c.id DESC';

export function listCertificates(
  ctx: CoreContext,
  query: CertificateQuery & { offset: number; limit: number },
): CertificatePage {
  const masked = masksIds(ctx);
  const filter = registerFilter(ctx, query, masked);
  const where = registerWhere(filter);
  // The page's rowids are picked from an index first and only those rows are joined and read.
  const page = {
    sql: `WHERE c.rowid IN (SELECT c.rowid FROM training_certificates c ${where.sql} ${REGISTER_ORDER} LIMIT ? OFFSET ?)`,
    params: [...where.params, query.limit, query.offset],
  };
  const rows = readCertificateRows(ctx, page, REGISTER_ORDER);
  const count = registerCountSql(filter, Boolean(query.search || query.township || query.courseId));
  const total = rememberedCount(ctx.store.sqlite, count.sql, count.params);
  return { rows, total };
}

/** The townships certificates were issued in, for the filter's list. */
const TOWNSHIPS = valueRead<string, [officeCode: string]>(
  `SELECT DISTINCT township FROM training_certificates WHERE office_code = ? AND voided = 0 AND township IS NOT NULL
   ORDER BY township`,
);

export function registerTownships(ctx: CoreContext, officeCode = officeCodeOf(ctx)): string[] {
  return TOWNSHIPS.on(ctx.store.sqlite).all(officeCode);
}

/** The certified kinds certificates are of, in the office's order, for the filter's list. */
const CERTIFIED_KINDS = rowRead<{ id: string; name: string }, [officeCode: string]>(
  `SELECT id, coalesce(certificate_title, name) AS name FROM training_kinds
   WHERE office_code = ? AND voided = 0 AND category = 'certified' ORDER BY sort_order, name`,
);

export function certifiedKinds(ctx: CoreContext, officeCode = officeCodeOf(ctx)): { id: string; name: string }[] {
  return CERTIFIED_KINDS.on(ctx.store.sqlite).all(officeCode);
}
