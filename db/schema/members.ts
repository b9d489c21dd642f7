// Members (会员) and their dues (会费): an individual or youth member is a person of the registry, a group member is a
// unit. The status recorded here (有效 / 退会 / 转出, or 失效 set by hand) is kept with its history; 失效 for unpaid
// dues is derived from the dues when read (rules/members.ts). Records are voided with a reason, never deleted.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { MEMBER_KINDS, MEMBER_STATUSES } from '../../rules/members';
import { recordColumns } from './record';

export const members = sqliteTable(
  'members',
  {
    ...recordColumns(),
    kind: text('kind', { enum: MEMBER_KINDS }).notNull(),
    /** The person, for an individual or youth member; null for a unit. */
    personId: text('person_id'),
    /** A unit's name, unified social credit code (统一社会信用代码), headcount and contact. */
    unitName: text('unit_name'),
    creditCode: text('credit_code'),
    headcount: integer('headcount'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    /** A unit's name in pinyin (full and initials, lower case) for the roster's search and sort. */
    unitPinyinFull: text('unit_pinyin_full'),
    unitPinyinInitials: text('unit_pinyin_initials'),
    /** A youth member's school and class. */
    school: text('school'),
    className: text('class_name'),
    cardNumber: text('card_number').notNull(),
    joinDate: text('join_date').notNull(),
    approvingUnit: text('approving_unit'),
    status: text('status', { enum: MEMBER_STATUSES }).notNull().default('active'),
    statusDate: text('status_date'),
    statusReason: text('status_reason'),
    notes: text('notes'),
    /** An office's own fields (JSON object: field key -> value). */
    customFields: text('custom_fields'),
  },
  (t) => [
    uniqueIndex('members_card_number').on(t.officeCode, t.cardNumber),
    uniqueIndex('members_person_live')
      .on(t.officeCode, t.personId)
      .where(sql`voided = 0 AND person_id IS NOT NULL`),
    index('members_person').on(t.personId),
    index('members_kind').on(t.officeCode, t.voided, t.kind, t.status, t.joinDate),
    index('members_class').on(t.officeCode, t.school, t.className, t.voided),
    index('members_unit_pinyin').on(t.unitPinyinFull),
    index('members_unit_initials').on(t.unitPinyinInitials),
  ],
);

/** Each change of a member's status (a transfer among them): the membership goes on, its history with it. */
export const memberStatusChanges = sqliteTable(
  'member_status_changes',
  {
    ...recordColumns(),
    memberId: text('member_id').notNull(),
    fromStatus: text('from_status', { enum: MEMBER_STATUSES }).notNull(),
    toStatus: text('to_status', { enum: MEMBER_STATUSES }).notNull(),
    changeDate: text('change_date').notNull(),
    reason: text('reason'),
    /** Where a transferred member went (转出 to which office or unit). */
    transferTo: text('transfer_to'),
  },
  (t) => [index('member_status_changes_member').on(t.memberId, t.changeDate)],
);

/** One year's dues of one member (会费), in fen; the receipt (收据) is shared by the rows collected together. */
export const memberDues = sqliteTable(
  'member_dues',
  {
    ...recordColumns(),
    memberId: text('member_id').notNull(),
    year: integer('year').notNull(),
    amountFen: integer('amount_fen').notNull(),
    paidDate: text('paid_date').notNull(),
    receiptNumber: text('receipt_number'),
    collectedBy: text('collected_by').notNull(),
  },
  (t) => [
    uniqueIndex('member_dues_year_live')
      .on(t.memberId, t.year)
      .where(sql`voided = 0`),
    index('member_dues_receipt').on(t.officeCode, t.receiptNumber),
    index('member_dues_year').on(t.officeCode, t.year, t.voided),
  ],
);

/** The office's member settings (one live row): the dues caps (JSON, rules/members.ts DuesCaps). */
export const memberSettings = sqliteTable('member_settings', {
  ...recordColumns(),
  duesCaps: text('dues_caps').notNull(),
});

/** The last receipt number taken per scope ('receipt-2026'): never reused; local. */
export const memberSequences = sqliteTable(
  'member_sequences',
  {
    officeCode: text('office_code').notNull(),
    scope: text('scope').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeCode, t.scope] })],
);
