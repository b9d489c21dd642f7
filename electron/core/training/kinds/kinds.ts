// An office's course kinds: read, edit the numbers a course and its certificates follow, add an office's own
// kind, void one no longer used. A kind is read by id elsewhere (courses, certificates) through findKind.
import type { TrainingKindInput, TrainingKindPatch, TrainingKindRow } from '@core/training/kinds/contract';
import { trainingKinds } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead, valueRead } from '../../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf, OWN_OFFICE } from '../../stock/office';

const KIND_SQL = `SELECT id, row_version AS rowVersion, code, name, category, renews_kind_id AS renewsKindId,
  certificate_title AS certificateTitle, nominal_hours AS nominalHours, validity_months AS validityMonths,
  renewal_grace_months AS renewalGraceMonths, pass_mark AS passMark, skills, absence_limit_hours AS absenceLimitHours,
  qualifies_instructors AS qualifiesInstructors, sort_order AS sortOrder, voided, void_reason AS voidReason
  FROM training_kinds`;

type StoredKind = Pick<
  typeof trainingKinds.$inferSelect,
  | 'id'
  | 'rowVersion'
  | 'code'
  | 'name'
  | 'category'
  | 'renewsKindId'
  | 'certificateTitle'
  | 'nominalHours'
  | 'validityMonths'
  | 'renewalGraceMonths'
  | 'passMark'
  | 'skills'
  | 'absenceLimitHours'
  | 'sortOrder'
  | 'voidReason'
> & { qualifiesInstructors: number; voided: number };

const KINDS = rowRead<StoredKind, [{ all: number }]>(
  `${KIND_SQL} WHERE ${OWN_OFFICE} AND (@all = 1 OR voided = 0) ORDER BY voided, sort_order, name`,
);
const KIND = rowRead<StoredKind, [id: string]>(`${KIND_SQL} WHERE id = ? AND ${OWN_OFFICE}`);
const LIVE_KIND_NAMED = valueRead<string, [name: string]>(
  `SELECT id FROM training_kinds WHERE name = ? AND voided = 0 AND ${OWN_OFFICE}`,
);
const LAST_SORT_ORDER = valueRead<number, []>(
  `SELECT coalesce(max(sort_order), 0) FROM training_kinds WHERE ${OWN_OFFICE}`,
);
const LIVE_COURSES_OF_KIND = valueRead<number, [kindId: string]>(
  'SELECT count(*) FROM training_courses WHERE kind_id = ? AND voided = 0',
);

function toKind(row: StoredKind): TrainingKindRow {
  return {
    ...row,
    skills: JSON.parse(row.skills) as string[],
    qualifiesInstructors: row.qualifiesInstructors === 1,
    voided: row.voided === 1,
  };
}

export function listKinds(ctx: CoreContext, includeVoided = false): TrainingKindRow[] {
  const rows = KINDS.on(ctx.store.sqlite).all({ all: includeVoided ? 1 : 0 });
  return rows.map(toKind);
}

export function findKind(ctx: CoreContext, id: string): TrainingKindRow {
  const row = KIND.on(ctx.store.sqlite).get(id);
  return row ? toKind(row) : fail('NOT_FOUND', { what: 'kind', id });
}

function refuseNameTaken(ctx: CoreContext, name: string, exceptId: string | null): void {
  const other = LIVE_KIND_NAMED.on(ctx.store.sqlite).get(name);
  if (other !== undefined && other !== exceptId) fail('TRAINING_KIND_NAME_TAKEN', { name });
}

/** Skills trimmed, without repeats, in the order given. */
const cleanSkills = (skills: readonly string[]) => [...new Set(skills.map((s) => s.trim()).filter(Boolean))];

function patchFields(patch: TrainingKindPatch) {
  return {
    ...patch,
    name: patch.name?.trim(),
    certificateTitle: patch.certificateTitle === undefined ? undefined : patch.certificateTitle?.trim() || null,
    skills: patch.skills ? JSON.stringify(cleanSkills(patch.skills)) : undefined,
  };
}

export function createKind(ctx: CoreContext, input: TrainingKindInput): TrainingKindRow {
  const name = input.name.trim();
  refuseNameTaken(ctx, name, null);
  if (input.category === 'renewal') {
    const renews = input.renewsKindId ? findKind(ctx, input.renewsKindId) : null;
    if (renews?.category !== 'certified') fail('TRAINING_KIND_RENEWS_INVALID');
  }
  const last = LAST_SORT_ORDER.on(ctx.store.sqlite).get() ?? 0;
  const fields = patchFields(input);
  const row = insertRecord(ctx, trainingKinds, officeCodeOf(ctx), {
    code: null,
    name,
    category: input.category,
    renewsKindId: input.category === 'renewal' ? input.renewsKindId! : null,
    certificateTitle: input.category === 'certified' ? (fields.certificateTitle ?? name) : null,
    nominalHours: input.nominalHours,
    validityMonths: input.validityMonths,
    renewalGraceMonths: input.renewalGraceMonths,
    passMark: input.passMark,
    skills: fields.skills ?? '[]',
    absenceLimitHours: input.absenceLimitHours,
    qualifiesInstructors: input.category === 'certified' && (input.qualifiesInstructors ?? false),
    sortOrder: last + 1,
  });
  return findKind(ctx, row.id);
}

export function updateKind(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: TrainingKindPatch,
): TrainingKindRow {
  const current = findKind(ctx, id);
  const fields = patchFields(patch);
  if (fields.name) refuseNameTaken(ctx, fields.name, id);
  if (current.category !== 'certified') {
    delete fields.certificateTitle;
    delete fields.qualifiesInstructors;
  }
  updateRecord(ctx, trainingKinds, id, fields, rowVersion);
  return findKind(ctx, id);
}

/** A kind used by a live course stays: its courses would lose their pass mark and skills. */
export function voidKind(ctx: CoreContext, id: string, reason: string): TrainingKindRow {
  findKind(ctx, id);
  const used = LIVE_COURSES_OF_KIND.on(ctx.store.sqlite).get(id) ?? 0;
  if (used > 0) fail('TRAINING_KIND_IN_USE', { courses: used });
  voidRecord(ctx, trainingKinds, id, reason);
  return findKind(ctx, id);
}
