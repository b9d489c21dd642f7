// Adding, editing, voiding and reading one person: validation, duplicate refusal and the ID reveal,
// each write journalled and audited through records/write inside the router's one transaction (a 'write' method).
import { and, eq } from 'drizzle-orm';
import { people } from '@db/schema';
import { parseCustomValues } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../accounts/officeRow';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { visibleFields } from '../customFields/fields';
import { fail } from '../errors';
import { rowRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import type { FieldIssue, PersonInput, PersonRow, PersonSaveResult } from './contract';
import { masksIds } from './query';
import { PERSON_COLUMNS, toPersonRow, type StoredPerson } from './rows';
import { checkPerson, type CustomCheck } from './validate';

const PERSON_BY_ID = rowRead<StoredPerson, [id: string]>(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = ?`);

function findStored(ctx: CoreContext, id: string): StoredPerson {
  const row = PERSON_BY_ID.on(ctx.store.sqlite).get(id);
  return row ?? fail('PERSON_NOT_FOUND', { id });
}

export function getPerson(ctx: CoreContext, id: string): PersonRow {
  return toPersonRow(findStored(ctx, id), { birthDate: !masksIds(ctx) });
}

/**
 * A live record of the office with this ID number, other than `exceptId`. Only a user who may reveal ID
 * numbers is told whose number it is: to anyone else the name would confirm a guessed number.
 */
function refuseDuplicate(ctx: CoreContext, officeCode: string, idNumber: string, exceptId?: string): void {
  const existing = ctx.store.orm
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.officeCode, officeCode), eq(people.idNumber, idNumber), eq(people.voided, false)))
    .get();
  if (existing && existing.id !== exceptId) {
    fail('ID_DUPLICATE', masksIds(ctx) ? undefined : { existingId: existing.id, existingName: existing.name });
  }
}

/** Errors refuse the save; warnings refuse it too until the user has seen and accepted them. */
function validated(
  input: PersonInput,
  ctx: CoreContext,
  acceptWarnings: boolean,
  warnAbout: (i: FieldIssue) => boolean,
  custom: CustomCheck,
) {
  const { person, issues } = checkPerson(input, ctx.now(), custom);
  if (!person) fail('PERSON_INVALID', { issues });
  const warnings = issues.filter((i) => i.severity === 'warning' && warnAbout(i));
  if (warnings.length > 0 && !acceptWarnings) fail('PERSON_WARNINGS', { issues: warnings });
  return { person, warnings };
}

/**
 * `requireCustom`: the registry's own form, where the office's required custom fields must be filled; a person
 * registered from elsewhere (a course's new trainee) has them filled in the registry later.
 */
export function createPerson(
  ctx: CoreContext,
  input: PersonInput,
  acceptWarnings = false,
  requireCustom = false,
): PersonSaveResult {
  const officeCode = officeOf(ctx).code;
  const fields = visibleFields(ctx, officeCode, 'people');
  const custom = { fields, stored: null, requireAll: requireCustom };
  const { person, warnings } = validated(input, ctx, acceptWarnings, () => true, custom);
  refuseDuplicate(ctx, officeCode, person.idNumber);
  const row = insertRecord(ctx, people, officeCode, person);
  return { person: getPerson(ctx, row.id), warnings };
}

function inputOf(stored: StoredPerson): PersonInput {
  const { name, gender, idNumber, mobile, phone, township, village, workUnit, notes } = stored;
  return { name, gender, idNumber, mobile, phone, township, village, workUnit, notes, customFields: {} };
}

/**
 * Applies the changed fields. The grid may send back the masked ID it was shown; that is no change.
 * A new ID number re-derives birth date and search keys, and the gender too unless the patch sets one.
 */
export function updatePerson(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<PersonInput>,
  acceptWarnings = false,
): PersonSaveResult {
  const stored = findStored(ctx, id);
  requireOwnRecord(ctx, stored.officeCode);
  if (stored.voided) fail('RECORD_VOIDED', { id });
  if (stored.rowVersion !== rowVersion) fail('RECORD_CHANGED', { id, rowVersion: stored.rowVersion });
  const change = { ...patch };
  if (
    change.idNumber === undefined ||
    change.idNumber === maskIdNumber(stored.idNumber) ||
    change.idNumber === stored.idNumber
  ) {
    delete change.idNumber;
  }
  const merged: PersonInput = { ...inputOf(stored), ...change };
  if (change.idNumber !== undefined && change.gender === undefined) merged.gender = null;
  // A mismatch the user accepted before is not asked again for an unrelated edit.
  const touchesGender = change.idNumber !== undefined || change.gender !== undefined;
  const custom = {
    fields: visibleFields(ctx, stored.officeCode, 'people'),
    stored: parseCustomValues(stored.customFields),
    requireAll: false,
  };
  const { person, warnings } = validated(merged, ctx, acceptWarnings, () => touchesGender, custom);
  if (person.idNumber !== stored.idNumber) refuseDuplicate(ctx, stored.officeCode, person.idNumber, id);
  updateRecord(ctx, people, id, person, rowVersion);
  return { person: getPerson(ctx, id), warnings };
}

export function voidPerson(ctx: CoreContext, id: string, reason: string): PersonRow {
  findStored(ctx, id);
  voidRecord(ctx, people, id, reason);
  return getPerson(ctx, id);
}

/** The full ID number of one person; the caller's role is checked by the contract, and every reveal is audited. */
export function revealIdNumber(ctx: CoreContext, id: string): { idNumber: string } {
  const stored = findStored(ctx, id);
  appendAudit(ctx, { method: 'people.revealId', tableName: 'people', recordId: id });
  return { idNumber: stored.idNumber };
}
