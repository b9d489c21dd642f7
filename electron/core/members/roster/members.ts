// A member's record: created for a person of the registry (added to it first when new) or for a unit, edited, its
// status changed with its history kept (a transfer is a change of status, not a new membership), voided.
import { and, eq } from 'drizzle-orm';
import { memberStatusChanges, members, people } from '@db/schema';
import type { MemberKind } from '@rules/members';
import { parseLandline } from '@rules/phone';
import type { CoreContext } from '../../context';
import { savedCustomValues } from '../../customFields/values';
import { fail } from '../../errors';
import { textSearchKeys } from '../../people/searchKeys';
import { createPerson } from '../../people/service';
import { valueRead } from '../../records/reads';
import { insertRecord, requireOwnRecord, updateRecord, voidRecord } from '../../records/write';
import { officeCodeOf } from '../../stock/office';
import { takeCardNumber } from '../numbering';
import type { MemberCreateInput, MemberFields, MemberPatch, MemberRow, MemberStatusInput } from './contract';
import { getMember } from './query';

/** 统一社会信用代码: 18 characters of digits and capitals without I, O, S, V, Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const LIVE_MEMBER_OF = valueRead<string, [officeCode: string, personId: string]>(
  'SELECT card_number FROM members WHERE office_code = ? AND person_id = ? AND voided = 0',
);
const CARD_HOLDER = valueRead<string, [officeCode: string, cardNumber: string]>(
  'SELECT id FROM members WHERE office_code = ? AND card_number = ?',
);

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

function requirePerson(ctx: CoreContext, officeCode: string, personId: string): void {
  const person = ctx.store.orm
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, officeCode), eq(people.voided, false)))
    .get();
  if (!person) fail('PERSON_NOT_FOUND', { id: personId });
}

/** The fields as stored for a member of `kind`: a unit's name, code and headcount, a youth member's school. */
function checkedFields(kind: MemberKind, fields: MemberFields) {
  const phone = parseLandline(clean(fields.contactPhone) ?? null);
  if (!phone.ok) fail('MEMBER_CONTACT_PHONE_FORMAT');
  const group = kind === 'group';
  const unitName = group ? clean(fields.unitName) : null;
  const creditCode = group ? (clean(fields.creditCode)?.toUpperCase() ?? null) : null;
  const headcount = group ? (fields.headcount ?? null) : null;
  if (group && !unitName) fail('MEMBER_UNIT_NAME_REQUIRED');
  if (creditCode && !CREDIT_CODE.test(creditCode)) fail('MEMBER_CREDIT_CODE_FORMAT');
  if (group && (headcount === null || !Number.isSafeInteger(headcount) || headcount < 1))
    fail('MEMBER_HEADCOUNT_REQUIRED');
  const keys = unitName ? textSearchKeys(unitName) : null;
  return {
    joinDate: fields.joinDate,
    approvingUnit: clean(fields.approvingUnit) ?? null,
    unitName: unitName ?? null,
    creditCode,
    headcount,
    contactName: group ? (clean(fields.contactName) ?? null) : null,
    contactPhone: group ? phone.value : null,
    unitPinyinFull: keys?.pinyinFull ?? null,
    unitPinyinInitials: keys?.pinyinInitials ?? null,
    school: kind === 'youth' ? (clean(fields.school) ?? null) : null,
    className: kind === 'youth' ? (clean(fields.className) ?? null) : null,
    notes: clean(fields.notes) ?? null,
  };
}

function cardNumberFor(ctx: CoreContext, officeCode: string, given: string | null | undefined, self?: string) {
  const card = clean(given)?.normalize('NFKC').toUpperCase();
  if (!card) return takeCardNumber(ctx, officeCode);
  const holder = CARD_HOLDER.on(ctx.store.sqlite).get(officeCode, card);
  if (holder !== undefined && holder !== self) fail('MEMBER_CARD_NUMBER_TAKEN', { cardNumber: card });
  return card;
}

export function createMember(ctx: CoreContext, input: MemberCreateInput): MemberRow {
  const officeCode = officeCodeOf(ctx);
  let personId: string | null = null;
  if ('personId' in input) personId = input.personId;
  else if ('person' in input)
    personId = createPerson({ ...ctx, method: 'people.create' }, input.person, input.acceptWarnings ?? false).person.id;
  if (personId) {
    requirePerson(ctx, officeCode, personId);
    const card = LIVE_MEMBER_OF.on(ctx.store.sqlite).get(officeCode, personId);
    if (card !== undefined) fail('MEMBER_ALREADY_REGISTERED', { cardNumber: card });
  } else if (input.kind !== 'group') fail('MEMBER_PERSON_REQUIRED');
  const fields = checkedFields(input.kind, input);
  const customFields = savedCustomValues(ctx, officeCode, 'members', input.customFields, null, true);
  const row = insertRecord(ctx, members, officeCode, {
    kind: input.kind,
    personId,
    cardNumber: cardNumberFor(ctx, officeCode, input.cardNumber),
    ...fields,
    status: 'active',
    statusDate: null,
    statusReason: null,
    customFields,
  });
  return getMember(ctx, row.id);
}

function requireLive(ctx: CoreContext, id: string): MemberRow {
  const current = getMember(ctx, id);
  requireOwnRecord(ctx, current.officeCode);
  if (current.voided) fail('RECORD_VOIDED', { id });
  return current;
}

export function updateMember(ctx: CoreContext, id: string, rowVersion: number, patch: MemberPatch): MemberRow {
  const current = requireLive(ctx, id);
  const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const fields = checkedFields(current.kind, merged as MemberFields);
  const cardNumber =
    patch.cardNumber === undefined ? current.cardNumber : cardNumberFor(ctx, current.officeCode, patch.cardNumber, id);
  const stored = current.customFields && JSON.stringify(current.customFields);
  const customFields =
    patch.customFields === undefined
      ? undefined
      : savedCustomValues(ctx, current.officeCode, 'members', patch.customFields, stored, false);
  updateRecord(ctx, members, id, { ...fields, cardNumber, customFields }, rowVersion);
  return getMember(ctx, id);
}

/** 退会 and 失效 by hand need a reason, 转出 where to; back to 有效 (a return) keeps the same membership. */
export function changeMemberStatus(ctx: CoreContext, input: MemberStatusInput): MemberRow {
  const current = requireLive(ctx, input.id);
  if (input.status === current.recordedStatus) fail('MEMBER_STATUS_UNCHANGED');
  const reason = clean(input.reason) ?? null;
  const transferTo = input.status === 'transferred' ? (clean(input.transferTo) ?? null) : null;
  if (input.status === 'transferred' && !transferTo) fail('MEMBER_TRANSFER_TO_REQUIRED');
  if ((input.status === 'withdrawn' || input.status === 'lapsed') && !reason) fail('MEMBER_STATUS_REASON_REQUIRED');
  insertRecord(ctx, memberStatusChanges, current.officeCode, {
    memberId: current.id,
    fromStatus: current.recordedStatus,
    toStatus: input.status,
    changeDate: input.date,
    reason,
    transferTo,
  });
  const statusReason = transferTo ? (reason ? `${transferTo}：${reason}` : transferTo) : reason;
  updateRecord(
    ctx,
    members,
    current.id,
    { status: input.status, statusDate: input.date, statusReason },
    input.rowVersion,
  );
  return getMember(ctx, current.id);
}

/** A member entered by mistake; the dues collected stay (void those on their own). */
export function voidMember(ctx: CoreContext, id: string, reason: string): MemberRow {
  getMember(ctx, id);
  voidRecord(ctx, members, id, reason);
  return getMember(ctx, id);
}
