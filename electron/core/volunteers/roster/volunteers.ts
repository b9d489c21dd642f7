// A volunteer's record: created for a person of the registry (added to it first when new), edited, its status
// changed with a reason, voided with a reason. The number is the office's next; a person is one live volunteer.
import { and, eq } from 'drizzle-orm';
import { people, volunteers } from '@db/schema';
import { parseLandline } from '@rules/phone';
import { needsGuardian, type VolunteerStatus } from '@rules/volunteers';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { savedCustomValues } from '../../customFields/values';
import { fail } from '../../errors';
import { createPerson } from '../../people/service';
import { valueRead } from '../../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import { takeVolunteerNumbers } from '../numbering';
import type { VolunteerCreateInput, VolunteerFields, VolunteerPatch, VolunteerRow } from './contract';
import { requireGroups, setMemberships } from './groups';
import { findVolunteer } from './query';

const LIVE_VOLUNTEER_OF = valueRead<string, [officeCode: string, personId: string]>(
  'SELECT number FROM volunteers WHERE office_code = ? AND person_id = ? AND voided = 0',
);

export function getVolunteer(ctx: CoreContext, id: string): VolunteerRow {
  return findVolunteer(ctx, id) ?? fail('VOLUNTEER_NOT_FOUND', { id });
}

/** The person's birth date, or PERSON_NOT_FOUND when no live person of this office has the id. */
function personBirthDate(ctx: CoreContext, officeCode: string, personId: string): string | null {
  const person = ctx.store.orm
    .select({ birthDate: people.birthDate })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, officeCode), eq(people.voided, false)))
    .get();
  return person ? person.birthDate : fail('PERSON_NOT_FOUND', { id: personId });
}

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

/** The fields as stored, after the form's rules: a reason for 暂停/注销, a guardian under 14, a phone that is one. */
function checkedFields(
  fields: Required<Pick<VolunteerFields, 'registrationDate'>> & VolunteerPatch,
  birth: string | null,
) {
  const status: VolunteerStatus = fields.status ?? 'active';
  const statusReason = status === 'active' ? null : clean(fields.statusReason);
  if (status !== 'active' && !statusReason) fail('VOLUNTEER_STATUS_REASON_REQUIRED');
  const guardianName = clean(fields.guardianName) ?? null;
  const phone = parseLandline(clean(fields.guardianPhone) ?? null);
  if (!phone.ok) fail('VOLUNTEER_GUARDIAN_PHONE_FORMAT');
  if (needsGuardian(birth, fields.registrationDate) && (!guardianName || !phone.value))
    fail('VOLUNTEER_GUARDIAN_REQUIRED');
  return {
    registrationDate: fields.registrationDate,
    status,
    statusReason,
    guardianName,
    guardianPhone: phone.value,
    notes: clean(fields.notes) ?? null,
  };
}

function auditMemberships(ctx: CoreContext, volunteerId: string, fields: VolunteerPatch): void {
  if (fields.teamIds === undefined && fields.skillIds === undefined) return;
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'volunteer_group_members',
    recordId: volunteerId,
    after: { teamIds: fields.teamIds, skillIds: fields.skillIds },
  });
}

export function createVolunteer(ctx: CoreContext, input: VolunteerCreateInput): VolunteerRow {
  const officeCode = officeCodeOf(ctx);
  requireGroups(ctx, 'team', input.teamIds ?? []);
  requireGroups(ctx, 'skill', input.skillIds ?? []);
  const personId =
    'personId' in input
      ? input.personId
      : createPerson({ ...ctx, method: 'people.create' }, input.person, input.acceptWarnings ?? false).person.id;
  const birth = personBirthDate(ctx, officeCode, personId);
  const number = LIVE_VOLUNTEER_OF.on(ctx.store.sqlite).get(officeCode, personId);
  if (number !== undefined) fail('VOLUNTEER_ALREADY_REGISTERED', { number });
  const fields = checkedFields(input, birth);
  const customFields = savedCustomValues(ctx, officeCode, 'volunteers', input.customFields, null, true);
  const row = insertRecord(ctx, volunteers, officeCode, {
    personId,
    number: takeVolunteerNumbers(ctx, officeCode, 1)[0]!,
    ...fields,
    customFields,
  });
  setMemberships(ctx, officeCode, row.id, 'team', input.teamIds ?? []);
  setMemberships(ctx, officeCode, row.id, 'skill', input.skillIds ?? []);
  auditMemberships(ctx, row.id, input);
  return getVolunteer(ctx, row.id);
}

export function updateVolunteer(ctx: CoreContext, id: string, rowVersion: number, patch: VolunteerPatch): VolunteerRow {
  const current = getVolunteer(ctx, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  const birth = personBirthDate(ctx, current.officeCode, current.personId);
  const status = patch.status ?? current.status;
  const fields = checkedFields(
    {
      registrationDate: patch.registrationDate ?? current.registrationDate,
      status,
      statusReason: patch.statusReason !== undefined || status === 'active' ? patch.statusReason : current.statusReason,
      guardianName: patch.guardianName !== undefined ? patch.guardianName : current.guardianName,
      guardianPhone: patch.guardianPhone !== undefined ? patch.guardianPhone : current.guardianPhone,
      notes: patch.notes !== undefined ? patch.notes : current.notes,
    },
    birth,
  );
  const stored = current.customFields && JSON.stringify(current.customFields);
  const customFields =
    patch.customFields === undefined
      ? undefined
      : savedCustomValues(ctx, current.officeCode, 'volunteers', patch.customFields, stored, false);
  updateRecord(ctx, volunteers, id, { ...fields, customFields }, rowVersion);
  if (patch.teamIds) setMemberships(ctx, current.officeCode, id, 'team', patch.teamIds);
  if (patch.skillIds) setMemberships(ctx, current.officeCode, id, 'skill', patch.skillIds);
  auditMemberships(ctx, id, patch);
  return getVolunteer(ctx, id);
}

/** A volunteer entered by mistake; their service records stay (void those on their own). */
export function voidVolunteer(ctx: CoreContext, id: string, reason: string): VolunteerRow {
  getVolunteer(ctx, id);
  voidRecord(ctx, volunteers, id, reason);
  return getVolunteer(ctx, id);
}
