// The cadre grid as SQL: the office's cadres with their person, how many households each holds now (flagged over
// the office's limit) and their last visit; searched by the person (name, pinyin, ID tail, mobile) or the unit,
// filtered by level or load, sorted by the clicked column, a page at a time. An office has thousands of cadres.
import { CADRE_LEVELS } from '@rules/households';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { joined, type Condition } from '../../households/roster/where';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead, valueRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import { pairingSettingsOf } from '../settings';
import type { CadrePage, CadreQuery, CadreRow, CadreSortColumn } from './contract';

type StoredCadre = Omit<CadreRow, 'idNumber' | 'phone' | 'overloaded' | 'voided'> & {
  rowid: number;
  idNumber: string;
  ownPhone: string | null;
  mobile: string | null;
  voided: number;
};

/** Households paired with cadre c now. */
export const HOUSEHOLDS_NOW = `(SELECT count(*) FROM household_pairings pr
  WHERE pr.cadre_id = c.id AND pr.voided = 0 AND pr.to_date IS NULL)`;
const LAST_VISIT = `(SELECT v.visit_date FROM household_visits v
  WHERE v.cadre_id = c.id AND v.voided = 0 ORDER BY v.visit_date DESC LIMIT 1)`;

const CADRE_COLUMNS = `c.rowid, c.id, c.office_code AS officeCode, c.row_version AS rowVersion, c.person_id AS personId,
  p.name, p.gender, p.id_number AS idNumber, c.unit, c.level, c.phone AS ownPhone, p.mobile, c.notes,
  ${HOUSEHOLDS_NOW} AS households, ${LAST_VISIT} AS lastVisit, c.updated_at AS updatedAt, c.updated_by AS updatedBy,
  c.voided, c.void_reason AS voidReason
  FROM household_cadres c JOIN people p ON p.id = c.person_id`;

const ONE_CADRE = rowRead<StoredCadre, [id: string]>(`SELECT ${CADRE_COLUMNS} WHERE c.id = ?`);

const LEVEL_ORDER = `CASE c.level ${CADRE_LEVELS.map((level, n) => `WHEN '${level}' THEN ${n}`).join(' ')} ELSE 9 END`;
const SORT_KEYS: Record<CadreSortColumn, string> = {
  name: 'p.pinyin_full',
  unit: 'c.unit',
  level: LEVEL_ORDER,
  households: HOUSEHOLDS_NOW,
  lastVisit: LAST_VISIT,
  updatedAt: 'c.updated_at',
};

function toRow(stored: StoredCadre, maxHouseholds: number): CadreRow & { ownPhone: string | null } {
  const { mobile, ownPhone, rowid: _, ...cadre } = stored;
  return {
    ...cadre,
    idNumber: maskIdNumber(stored.idNumber),
    phone: ownPhone ?? mobile,
    ownPhone,
    overloaded: stored.households > maxHouseholds,
    voided: stored.voided === 1,
  };
}

function whereOf(query: CadreQuery, officeCode: string, masked: boolean, maxHouseholds: number): Condition {
  const conditions: Condition[] = [{ sql: 'c.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'c.voided = 0', params: [] });
  if (query.level) conditions.push({ sql: 'c.level = ?', params: [query.level] });
  if (query.overloaded !== undefined)
    conditions.push({ sql: `${HOUSEHOLDS_NOW} ${query.overloaded ? '>' : '<='} ?`, params: [maxHouseholds] });
  const search = query.search?.normalize('NFKC').trim();
  if (search) {
    const person = searchCondition(search, masked);
    const options: Condition[] = [{ sql: 'instr(c.unit, ?) > 0', params: [search] }];
    if (person)
      options.unshift({ sql: `c.person_id IN (SELECT id FROM people WHERE ${person.sql})`, params: person.params });
    const either = joined(options, ' OR ');
    conditions.push({ sql: `(${either.sql})`, params: either.params });
  }
  const all = joined(conditions, ' AND ');
  return { sql: `WHERE ${all.sql}`, params: all.params };
}

function orderOf(query: CadreQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'name' as const, direction: 'asc' as const }];
  const keys = sort.map((s) => `${SORT_KEYS[s.column]} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`);
  return `ORDER BY c.voided, ${keys.join(', ')}, p.pinyin_full, c.rowid`;
}

function officeToRead(ctx: CoreContext, requested: string | undefined): string {
  const officeCode = readOfficeOf(ctx, requested);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

export function listCadres(ctx: CoreContext, query: CadreQuery & { offset: number; limit: number }): CadrePage {
  const officeCode = officeToRead(ctx, query.officeCode);
  const max = pairingSettingsOf(ctx, officeCode).cadreMaxHouseholds;
  const where = whereOf(query, officeCode, masksIds(ctx), max);
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) FROM household_cadres c ${where.sql}`, where.params);
  // The page first (a sort by households or last visit reckons them for every cadre), then its columns.
  const keys = orderOf(query);
  const rowids = valueRead<number>(
    `SELECT c.rowid FROM household_cadres c JOIN people p ON p.id = c.person_id ${where.sql} ${keys} LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  const stored = rowRead<StoredCadre, [rowids: string]>(
    `SELECT ${CADRE_COLUMNS} WHERE c.rowid IN (SELECT value FROM json_each(?)) ${keys}`,
  )
    .on(ctx.store.sqlite)
    .all(JSON.stringify(rowids));
  return { rows: stored.map((s) => toRow(s, max)), total };
}

/** Every cadre of the view, in its order (the export). */
export function allCadres(ctx: CoreContext, query: CadreQuery): CadreRow[] {
  const officeCode = officeToRead(ctx, query.officeCode);
  const max = pairingSettingsOf(ctx, officeCode).cadreMaxHouseholds;
  const where = whereOf(query, officeCode, masksIds(ctx), max);
  return rowRead<StoredCadre>(`SELECT ${CADRE_COLUMNS} ${where.sql} ${orderOf(query)}`)
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map((s) => toRow(s, max));
}

/** One cadre of an office the user may read, with their own phone apart; undefined when there is none. */
export function findCadre(ctx: CoreContext, id: string): (CadreRow & { ownPhone: string | null }) | undefined {
  const stored = ONE_CADRE.on(ctx.store.sqlite).get(id);
  if (!stored) return undefined;
  readOfficeOf(ctx, stored.officeCode);
  return toRow(stored, pairingSettingsOf(ctx, stored.officeCode).cadreMaxHouseholds);
}

export function getCadre(ctx: CoreContext, id: string): CadreRow {
  const { ownPhone: _own, ...cadre } = findCadre(ctx, id) ?? fail('CADRE_NOT_FOUND', { id });
  return cadre;
}
