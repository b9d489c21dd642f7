// The member roster grid as SQL: search, filters and sort become one WHERE and ORDER BY over the members and their
// people (none for a unit), read a page at a time; the page's paid years are read for its rows only, and the
// status shown is derived from them (rules/members.ts).
import { parseCustomValues } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { derivedMemberStatus, duesStanding, yearOf, type MemberKind, type MemberStatus } from '@rules/members';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { customCondition, customValueSql } from '../../people/columnFilters';
import { prefixUpperBound } from '../../people/keyRange';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import { aboutToLapse, currentYear, shownStatus, type Condition } from '../standing';
import type { MemberPage, MemberPageQuery, MemberQuery, MemberRow } from './contract';
import { JOINED, memberOrderBy, pageRowids } from './order';

/** The units of the office (voided too: the outer query decides), for a search among their names. */
const UNITS_OF = "SELECT rowid FROM members WHERE office_code = ? AND voided IN (0, 1) AND kind = 'group'";

/** A unit found by its name's pinyin (start of full or initials) or a part of its name. */
function unitSearch(search: string, officeCode: string): Condition {
  const lower = search.toLowerCase();
  if (/^[a-z0-9]+$/.test(lower)) {
    const bound = prefixUpperBound(lower);
    return {
      sql: `SELECT rowid FROM members WHERE unit_pinyin_full >= ? AND unit_pinyin_full < ?
        UNION SELECT rowid FROM members WHERE unit_pinyin_initials >= ? AND unit_pinyin_initials < ?`,
      params: [lower, bound, lower, bound],
    };
  }
  return { sql: `${UNITS_OF} AND instr(unit_name, ?) > 0`, params: [officeCode, search] };
}

/**
 * Members found by card number, a unit's name or their person (name, pinyin, ID number tail, mobile): each found by
 * its own index, their rowids united, so the roster is never scanned to test every member against the search.
 */
function searchWhere(raw: string, masked: boolean, officeCode: string): Condition | null {
  const search = raw.normalize('NFKC').replace(/\s+/g, '');
  if (!search) return null;
  const found: Condition[] = [
    {
      sql: 'SELECT rowid FROM members WHERE office_code = ? AND card_number = ?',
      params: [officeCode, search.toUpperCase()],
    },
    unitSearch(search, officeCode),
  ];
  const person = searchCondition(search, masked);
  if (person)
    found.push({
      sql: `SELECT rowid FROM members WHERE person_id IN (SELECT id FROM people WHERE ${person.sql})`,
      params: person.params,
    });
  return {
    sql: `m.rowid IN (${found.map((c) => c.sql).join(' UNION ALL ')})`,
    params: found.flatMap((c) => c.params),
  };
}

/** The members of `officeCode` the query keeps, with `year` the current one (for the derived status). */
export function memberWhere(query: MemberQuery, officeCode: string, masked: boolean, year: number): Condition {
  const conditions: Condition[] = [{ sql: 'm.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'm.voided = 0', params: [] });
  if (query.kind) conditions.push({ sql: 'm.kind = ?', params: [query.kind] });
  if (query.status) conditions.push(shownStatus(query.status, year));
  if (query.standing === 'dueSoon') conditions.push(aboutToLapse(year));
  if (query.duesPaid)
    conditions.push({
      sql: `${query.duesPaid.paid ? '' : 'NOT '}EXISTS (SELECT 1 FROM member_dues d WHERE d.member_id = m.id AND d.voided = 0 AND d.year = ?)`,
      params: [query.duesPaid.year],
    });
  if (query.school) conditions.push({ sql: 'm.school = ?', params: [query.school] });
  if (query.className) conditions.push({ sql: 'm.class_name = ?', params: [query.className] });
  if (query.unit)
    conditions.push({
      sql: '(m.unit_name = ? OR m.person_id IN (SELECT id FROM people WHERE work_unit = ? AND voided = 0))',
      params: [query.unit, query.unit],
    });
  for (const filter of query.customFilters ?? [])
    conditions.push(customCondition(customValueSql(filter.key, 'm.custom_fields'), filter.match));
  const search = query.search ? searchWhere(query.search, masked, officeCode) : null;
  if (search) conditions.push(search);
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

interface StoredMember {
  id: string;
  officeCode: string;
  rowVersion: number;
  kind: MemberKind;
  personId: string | null;
  name: string;
  gender: 'M' | 'F' | null;
  idNumber: string | null;
  mobile: string | null;
  unitName: string | null;
  creditCode: string | null;
  headcount: number | null;
  contactName: string | null;
  contactPhone: string | null;
  school: string | null;
  className: string | null;
  cardNumber: string;
  joinDate: string;
  approvingUnit: string | null;
  status: MemberStatus;
  statusDate: string | null;
  statusReason: string | null;
  notes: string | null;
  customFields: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  voided: number;
  voidReason: string | null;
}

const MEMBER_COLUMNS = `m.id, m.office_code AS officeCode, m.row_version AS rowVersion, m.kind,
  m.person_id AS personId, coalesce(p.name, m.unit_name) AS name, p.gender, p.id_number AS idNumber, p.mobile,
  m.unit_name AS unitName, m.credit_code AS creditCode, m.headcount, m.contact_name AS contactName,
  m.contact_phone AS contactPhone, m.school, m.class_name AS className, m.card_number AS cardNumber,
  m.join_date AS joinDate, m.approving_unit AS approvingUnit, m.status, m.status_date AS statusDate,
  m.status_reason AS statusReason, m.notes, m.custom_fields AS customFields, m.created_at AS createdAt,
  m.updated_at AS updatedAt, m.updated_by AS updatedBy, m.voided, m.void_reason AS voidReason
  FROM members m ${JOINED}`;

const ONE_MEMBER = rowRead<StoredMember, [id: string]>(`SELECT ${MEMBER_COLUMNS} WHERE m.id = ?`);

type PaidYear = MemberRow['duesPaid'][number];

const PAID_YEARS = rowRead<PaidYear & { memberId: string }, [ids: string]>(
  `SELECT member_id AS memberId, year, amount_fen AS amountFen FROM member_dues
   WHERE voided = 0 AND member_id IN (SELECT value FROM json_each(?)) ORDER BY year`,
);

/** The live paid years of each member, with the amounts. */
function paidYearsOf(ctx: CoreContext, ids: readonly string[]): Map<string, PaidYear[]> {
  const years = new Map<string, PaidYear[]>();
  for (const { memberId, year, amountFen } of PAID_YEARS.on(ctx.store.sqlite).all(JSON.stringify(ids))) {
    const own = years.get(memberId);
    if (own) own.push({ year, amountFen });
    else years.set(memberId, [{ year, amountFen }]);
  }
  return years;
}

function toRows(ctx: CoreContext, stored: readonly StoredMember[]): MemberRow[] {
  if (stored.length === 0) return [];
  const paid = paidYearsOf(
    ctx,
    stored.map((s) => s.id),
  );
  const year = currentYear(ctx);
  return stored.map((s) => {
    const duesPaid = paid.get(s.id) ?? [];
    const paidYears = duesPaid.map((d) => d.year);
    const standing = duesStanding(s.kind, yearOf(s.joinDate), paidYears, year);
    return {
      ...s,
      idNumber: s.idNumber === null ? null : maskIdNumber(s.idNumber),
      recordedStatus: s.status,
      status: derivedMemberStatus(s.status, standing),
      duesStanding: standing,
      paidYears,
      duesPaid,
      customFields: parseCustomValues(s.customFields),
      voided: s.voided === 1,
    };
  });
}

function officeToRead(ctx: CoreContext, query: MemberQuery): string {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

const MEMBERS_BY_ROWID = rowRead<StoredMember & { rowid: number }, [rowids: string]>(
  `SELECT m.rowid, ${MEMBER_COLUMNS} WHERE m.rowid IN (SELECT value FROM json_each(?))`,
);
const MEMBERS_BY_ID = rowRead<StoredMember, [ids: string]>(
  `SELECT ${MEMBER_COLUMNS} WHERE m.id IN (SELECT value FROM json_each(?))`,
);

export function listMembers(ctx: CoreContext, query: MemberPageQuery): MemberPage {
  const officeCode = officeToRead(ctx, query);
  const masked = masksIds(ctx);
  const year = currentYear(ctx);
  const where = memberWhere(query, officeCode, masked, year);
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM members m ${where.sql}`, where.params);
  const unsearched = () => memberWhere({ ...query, search: undefined }, officeCode, masked, year);
  const rowids = total === 0 ? [] : pageRowids(ctx, query, { where, unsearched }, officeCode, total);
  const byRowid = new Map(
    MEMBERS_BY_ROWID.on(ctx.store.sqlite)
      .all(JSON.stringify(rowids))
      .map(({ rowid, ...stored }) => [rowid, stored]),
  );
  return {
    rows: toRows(
      ctx,
      rowids.map((r) => byRowid.get(r)!),
    ),
    total,
  };
}

/** Every member the query keeps, in its order, as the grid shows them, read 500 at a time (for the export). */
export function* membersInOrder(ctx: CoreContext, query: MemberQuery): Generator<MemberRow> {
  const where = memberWhere(query, officeToRead(ctx, query), masksIds(ctx), currentYear(ctx));
  const ids = rowRead<{ id: string }>(`SELECT m.id FROM members m ${JOINED} ${where.sql} ${memberOrderBy(query)}`)
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map((r) => r.id);
  for (let at = 0; at < ids.length; at += 500) {
    const chunk = ids.slice(at, at + 500);
    const byId = new Map(
      MEMBERS_BY_ID.on(ctx.store.sqlite)
        .all(JSON.stringify(chunk))
        .map((s) => [s.id, s]),
    );
    yield* toRows(
      ctx,
      chunk.map((id) => byId.get(id)!),
    );
  }
}

/** The ids of every member the query keeps (a class's members for one collection). */
export function memberIdsOf(ctx: CoreContext, query: MemberQuery): string[] {
  const where = memberWhere(query, officeToRead(ctx, query), masksIds(ctx), currentYear(ctx));
  return rowRead<{ id: string }>(`SELECT m.id FROM members m ${where.sql}`)
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map((r) => r.id);
}

export function findMember(ctx: CoreContext, id: string): MemberRow | undefined {
  const stored = ONE_MEMBER.on(ctx.store.sqlite).get(id);
  return stored ? toRows(ctx, [stored])[0] : undefined;
}

export function getMember(ctx: CoreContext, id: string): MemberRow {
  return findMember(ctx, id) ?? fail('MEMBER_NOT_FOUND', { id });
}
