// A household's record: created with its head (a person of the registry, or one added to it) as its first member,
// edited, voided with its memberships (entered by mistake: its people are free to join another household).
import { and, eq } from 'drizzle-orm';
import { householdMembers, households } from '@db/schema';
import { parseLandline } from '@rules/phone';
import type { CoreContext } from '../../context';
import { savedCustomValues } from '../../customFields/values';
import { fail } from '../../errors';
import { voidRecords } from '../../records/bulk';
import { valueRead } from '../../records/reads';
import { insertRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import { getHousehold } from '../detail';
import { openMembership, personOf, refuseIfInHousehold, requireLiveHousehold } from '../guards';
import { takeHouseholdNumbers } from '../numbering';
import type { HouseholdCreateInput, HouseholdDetail, HouseholdFields, HouseholdPatch } from './contract';

const NUMBER_HOLDER = valueRead<string, [officeCode: string, number: string]>(
  'SELECT id FROM households WHERE office_code = ? AND number = ?',
);

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() || null;

/** The household number as stored: the one given (taken by no other household, voided or not), or the next. */
function numberFor(ctx: CoreContext, officeCode: string, given: string | null | undefined, self?: string): string {
  const number = clean(given)?.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!number) return takeHouseholdNumbers(ctx, officeCode, 1)[0]!;
  const holder = NUMBER_HOLDER.on(ctx.store.sqlite).get(officeCode, number);
  if (holder !== undefined && holder !== self) fail('HOUSEHOLD_NUMBER_TAKEN', { number });
  return number;
}

function checkedFields(fields: HouseholdFields) {
  const phone = parseLandline(clean(fields.phone));
  if (!phone.ok) fail('HOUSEHOLD_PHONE_FORMAT');
  return {
    attribute: fields.attribute,
    township: clean(fields.township),
    village: clean(fields.village),
    villageGroup: clean(fields.villageGroup),
    address: clean(fields.address),
    phone: phone.value,
    notes: fields.notes?.trim() || null,
  };
}

export function createHousehold(ctx: CoreContext, input: HouseholdCreateInput): HouseholdDetail {
  const officeCode = officeCodeOf(ctx);
  const head = personOf(
    ctx,
    officeCode,
    'headPersonId' in input
      ? { personId: input.headPersonId }
      : { person: input.head, acceptWarnings: input.acceptWarnings },
  );
  refuseIfInHousehold(ctx, head.id, head.name);
  const household = insertRecord(ctx, households, officeCode, {
    number: numberFor(ctx, officeCode, input.number),
    headPersonId: head.id,
    ...checkedFields(input),
    customFields: savedCustomValues(ctx, officeCode, 'households', input.customFields, null, true),
  });
  openMembership(ctx, household, { personId: head.id, relation: 'self', fromDate: input.fromDate });
  return getHousehold(ctx, household.id);
}

export function updateHousehold(
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: HouseholdPatch,
): HouseholdDetail {
  const current = requireLiveHousehold(ctx, id);
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const fields = checkedFields({ ...current, ...given } as HouseholdFields);
  const number = patch.number === undefined ? current.number : numberFor(ctx, current.officeCode, patch.number, id);
  const customFields =
    patch.customFields === undefined
      ? undefined
      : savedCustomValues(ctx, current.officeCode, 'households', patch.customFields, current.customFields, false);
  updateRecord(ctx, households, id, { ...fields, number, customFields }, rowVersion);
  return getHousehold(ctx, id);
}

/** The household and every membership of it are voided with the reason; its poverty file and the rest stay. */
export function voidHousehold(ctx: CoreContext, id: string, reason: string): HouseholdDetail {
  requireLiveHousehold(ctx, id);
  voidRecord(ctx, households, id, reason);
  const memberships = ctx.store.orm
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, id), eq(householdMembers.voided, false)))
    .all()
    .map((m) => m.id);
  voidRecords(ctx, householdMembers, memberships, reason.trim());
  return getHousehold(ctx, id);
}
