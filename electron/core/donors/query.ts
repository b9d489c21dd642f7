// The register grid as SQL: search, filters and sort become one WHERE and ORDER BY over the registrations and
// their people, read a page at a time, each row with its live donations summed. ID numbers leave here masked.
import { matchingStage, type MatchingStage } from '@rules/donors';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { Condition } from '../members/standing';
import { masksIds, searchCondition } from '../people/query';
import { rememberedCount } from '../records/countCache';
import { gridOrderBy } from '../records/orderBy';
import { rowRead } from '../records/reads';
import { readOfficeOf } from '../stock/office';
import type { DonorPage, DonorPageQuery, DonorQuery, DonorRegistrationRow, DonorSortColumn } from './contract';

const LIVE_DONATIONS = 'FROM donor_donations d WHERE d.registration_id = r.id AND d.voided = 0';
const DONATIONS = `(SELECT count(*) ${LIVE_DONATIONS})`;
const LAST_DONATION = `(SELECT max(d.donation_date) ${LIVE_DONATIONS})`;

/** Sort keys per grid column (r: registrations, p: people); a name sorts by its pinyin. */
const SORT_KEYS: Record<DonorSortColumn, string[]> = {
  name: ['p.pinyin_full'],
  kind: ['r.kind', 'p.pinyin_full'],
  registrationDate: ['r.registration_date', 'p.pinyin_full'],
  lastDonationDate: [LAST_DONATION, 'p.pinyin_full'],
  donations: [DONATIONS, 'p.pinyin_full'],
  township: ['p.township', 'p.village', 'p.pinyin_full'],
  updatedAt: ['r.updated_at'],
};

/** Stem-cell registrations whose furthest matching step is `stage` (rules/donors.ts matchingStage, as SQL). */
function stageCondition(stage: MatchingStage): Condition {
  const donated = `EXISTS (SELECT 1 ${LIVE_DONATIONS})`;
  const steps: Record<MatchingStage, string> = {
    donated,
    medicalExam: `r.medical_exam_date IS NOT NULL AND NOT ${donated}`,
    highResolution: `r.high_resolution_date IS NOT NULL AND r.medical_exam_date IS NULL AND NOT ${donated}`,
    initialMatch: `r.initial_match_date IS NOT NULL AND r.high_resolution_date IS NULL AND r.medical_exam_date IS NULL AND NOT ${donated}`,
  };
  return { sql: `(r.kind = 'stemCells' AND ${steps[stage]})`, params: [] };
}

/** A registration number typed whole, or the person found by the people registry's search. */
function searchWhere(raw: string, masked: boolean): Condition | null {
  const search = raw.normalize('NFKC').trim();
  if (!search) return null;
  const options: Condition[] = [{ sql: 'r.registration_number = ?', params: [search] }];
  const person = searchCondition(search, masked);
  if (person)
    options.push({ sql: `r.person_id IN (SELECT id FROM people WHERE ${person.sql})`, params: person.params });
  return { sql: `(${options.map((c) => c.sql).join(' OR ')})`, params: options.flatMap((c) => c.params) };
}

export function donorWhere(query: DonorQuery, officeCode: string, masked: boolean): Condition {
  const conditions: Condition[] = [{ sql: 'r.office_code = ?', params: [officeCode] }];
  if (!query.includeVoided) conditions.push({ sql: 'r.voided = 0', params: [] });
  if (query.kind) conditions.push({ sql: 'r.kind = ?', params: [query.kind] });
  if (query.stage) conditions.push(stageCondition(query.stage));
  if (query.township) conditions.push({ sql: 'p.township = ?', params: [query.township] });
  const search = query.search ? searchWhere(query.search, masked) : null;
  if (search) conditions.push(search);
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

export function donorOrderBy(query: DonorQuery): string {
  const sort = query.sort?.length ? query.sort : [{ column: 'name' as const, direction: 'asc' as const }];
  return gridOrderBy(sort, (column) => SORT_KEYS[column], 'r.rowid');
}

type StoredRegistration = Omit<DonorRegistrationRow, 'stage' | 'familyConsent' | 'voided'> & {
  familyConsent: number | null;
  voided: number;
};

const REGISTRATION_COLUMNS = `r.id, r.office_code AS officeCode, r.row_version AS rowVersion, r.person_id AS personId,
  p.name, p.gender, p.id_number AS idNumber, p.mobile, p.township, p.village, r.kind,
  r.registration_date AS registrationDate, r.place, r.sample_date AS sampleDate,
  r.initial_match_date AS initialMatchDate, r.high_resolution_date AS highResolutionDate,
  r.medical_exam_date AS medicalExamDate, r.registration_number AS registrationNumber,
  r.family_consent AS familyConsent, r.consent_by AS consentBy, r.notes, ${DONATIONS} AS donations,
  ${LAST_DONATION} AS lastDonationDate, (SELECT coalesce(sum(d.amount_ml), 0) ${LIVE_DONATIONS}) AS bloodMl,
  r.created_at AS createdAt, r.updated_at AS updatedAt, r.updated_by AS updatedBy, r.voided,
  r.void_reason AS voidReason
  FROM donor_registrations r JOIN people p ON p.id = r.person_id`;

function toRow(stored: StoredRegistration): DonorRegistrationRow {
  return {
    ...stored,
    idNumber: maskIdNumber(stored.idNumber),
    stage: stored.kind === 'stemCells' ? matchingStage(stored, stored.donations > 0) : null,
    familyConsent: stored.familyConsent === null ? null : stored.familyConsent === 1,
    voided: stored.voided === 1,
  };
}

/** The office a read is for: the own one, or (in the city) one county. */
export function donorOfficeOf(ctx: CoreContext, requested?: string): string {
  const officeCode = readOfficeOf(ctx, requested);
  return officeCode === 'all' ? fail('FORBIDDEN') : officeCode;
}

export function listRegistrations(ctx: CoreContext, query: DonorPageQuery): DonorPage {
  const where = donorWhere(query, donorOfficeOf(ctx, query.officeCode), masksIds(ctx));
  const stored = rowRead<StoredRegistration>(
    `SELECT ${REGISTRATION_COLUMNS} ${where.sql} ${donorOrderBy(query)} LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  const total = rememberedCount(
    ctx.store.sqlite,
    `SELECT count(*) FROM donor_registrations r JOIN people p ON p.id = r.person_id ${where.sql}`,
    where.params,
  );
  return { rows: stored.map(toRow), total };
}

/** Every registration the query keeps, in its order (the export). */
export function allRegistrations(ctx: CoreContext, query: DonorQuery): DonorRegistrationRow[] {
  const where = donorWhere(query, donorOfficeOf(ctx, query.officeCode), masksIds(ctx));
  return rowRead<StoredRegistration>(`SELECT ${REGISTRATION_COLUMNS} ${where.sql} ${donorOrderBy(query)}`)
    .on(ctx.store.sqlite)
    .all(...where.params)
    .map(toRow);
}

const ONE = rowRead<StoredRegistration, [id: string]>(`SELECT ${REGISTRATION_COLUMNS} WHERE r.id = ?`);
const OF_PERSON = rowRead<StoredRegistration, [personId: string]>(
  `SELECT ${REGISTRATION_COLUMNS} WHERE r.person_id = ? ORDER BY r.voided, r.registration_date, r.rowid`,
);

export function findRegistration(ctx: CoreContext, id: string): DonorRegistrationRow | undefined {
  const stored = ONE.on(ctx.store.sqlite).get(id);
  return stored ? toRow(stored) : undefined;
}

export function getRegistration(ctx: CoreContext, id: string): DonorRegistrationRow {
  return findRegistration(ctx, id) ?? fail('DONOR_NOT_FOUND', { id });
}

/** A person's registrations, live first. */
export function registrationsOf(ctx: CoreContext, personId: string): DonorRegistrationRow[] {
  return OF_PERSON.on(ctx.store.sqlite).all(personId).map(toRow);
}
