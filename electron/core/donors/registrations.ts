// A person's registration in the 三献 register: created for a live person of the registry, edited, voided with a
// reason. One live registration per person and kind; the kind is chosen once.
import { and, eq } from 'drizzle-orm';
import { donorRegistrations, people } from '@db/schema';
import { checkRegistration, type RegistrationFields } from '@rules/donors';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { valueRead } from '../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../records/write';
import { localToday, officeCodeOf } from '../stock/office';
import type { DonorRegistrationRow, RegistrationCreateInput, RegistrationEdit } from './contract';
import { getRegistration } from './query';

const LIVE_OF_KIND = valueRead<string, [officeCode: string, personId: string, kind: string]>(
  'SELECT id FROM donor_registrations WHERE office_code = ? AND person_id = ? AND kind = ? AND voided = 0',
);

const clean = (value: string | null | undefined) => value?.trim() || null;

/** The fields as stored, after the rules every door shares (rules/donors.ts). */
function checkedFields(ctx: CoreContext, fields: RegistrationFields) {
  const stored = {
    kind: fields.kind,
    registrationDate: fields.registrationDate,
    place: clean(fields.place),
    sampleDate: fields.sampleDate || null,
    initialMatchDate: fields.initialMatchDate || null,
    highResolutionDate: fields.highResolutionDate || null,
    medicalExamDate: fields.medicalExamDate || null,
    registrationNumber: clean(fields.registrationNumber),
    familyConsent: fields.familyConsent ?? null,
    consentBy: clean(fields.consentBy),
    notes: clean(fields.notes),
  };
  const check = checkRegistration(stored, localToday(ctx));
  if (!check.ok) fail(check.code, { field: check.field });
  return stored;
}

function requireLivePerson(ctx: CoreContext, officeCode: string, personId: string): void {
  const person = ctx.store.orm
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, officeCode), eq(people.voided, false)))
    .get();
  if (!person) fail('DONOR_PERSON_NOT_FOUND', { id: personId });
}

export function createRegistration(ctx: CoreContext, input: RegistrationCreateInput): DonorRegistrationRow {
  const officeCode = officeCodeOf(ctx);
  const fields = checkedFields(ctx, input);
  const personId = input.personId;
  requireLivePerson(ctx, officeCode, personId);
  if (LIVE_OF_KIND.on(ctx.store.sqlite).get(officeCode, personId, input.kind) !== undefined)
    fail('DONOR_ALREADY_REGISTERED', { kind: input.kind });
  const row = insertRecord(ctx, donorRegistrations, officeCode, { personId, ...fields });
  return getRegistration(ctx, row.id);
}

function requireLive(ctx: CoreContext, id: string): DonorRegistrationRow {
  const current = getRegistration(ctx, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  return current;
}

/** The patch over the stored registration; a field given as null clears it. */
export function updateRegistration(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<RegistrationEdit>,
): DonorRegistrationRow {
  const current = requireLive(ctx, id);
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const fields = checkedFields(ctx, { ...current, ...given, kind: current.kind });
  updateRecord(ctx, donorRegistrations, id, fields, rowVersion);
  return getRegistration(ctx, id);
}

/** A registration entered by mistake, or withdrawn; its donations stay (void those on their own). */
export function voidRegistration(ctx: CoreContext, id: string, reason: string): DonorRegistrationRow {
  requireLive(ctx, id);
  voidRecord(ctx, donorRegistrations, id, reason);
  return getRegistration(ctx, id);
}
