// Dues (会费): collect one member's year, or a class's or a list's in one call on one receipt; a member's dues;
// void; the members about to lapse; the office's caps. Clerks collect; everyone who reads the rosters reads.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { ADMINS, isoDate, method, officeCode, text } from '@api/method';
import type { DuesCaps } from '@rules/members';
import { MEMBER_CLERKS, MEMBER_READERS } from '../contract';
import { DUES_BATCH_MAX, type DuesReceipt, type DuesRow, type MemberToCall, type ReceiptSheet } from './contract';

const id = z.uuid();
const year = z.number().int().min(1950).max(2200);
const amountFen = z.number().int().min(1).max(100_000_000).optional();
const fen = z.number().int().min(1).max(100_000_000);
const receiptNumber = text(FIELD_LIMITS.member_dues.receiptNumber).min(1);

export const duesMethods = {
  'members.dues.collect': method<DuesReceipt>()({
    effect: 'write',
    input: z.object({ memberId: id, year, amountFen, paidDate: isoDate }),
    access: MEMBER_CLERKS,
  }),
  /** A whole class (school and className) or the members listed, the same year, on one receipt. */
  'members.dues.collectBatch': method<DuesReceipt>()({
    effect: 'write',
    input: z.object({
      year,
      amountFen,
      paidDate: isoDate,
      school: text(FIELD_LIMITS.members.school).optional(),
      className: text(FIELD_LIMITS.members.className).optional(),
      memberIds: z.array(id).max(DUES_BATCH_MAX).optional(),
      amounts: z
        .array(z.object({ memberId: id, amountFen: fen }))
        .max(DUES_BATCH_MAX)
        .optional(),
      receiptPer: z.enum(['collection', 'member']).optional(),
    }),
    access: MEMBER_CLERKS,
  }),
  'members.dues.list': method<DuesRow[]>()({
    effect: 'read',
    input: z.object({ memberId: id }),
    access: MEMBER_READERS,
  }),
  'members.dues.void': method<null>()({
    effect: 'write',
    input: z.object({ id, reason: text(REASON_MAX).min(1) }),
    access: MEMBER_CLERKS,
  }),
  /** Receipts as they print: one number, or a run of numbers (a class collected on a receipt each). */
  'members.dues.receipts': method<ReceiptSheet[]>()({
    effect: 'read',
    input: z.object({ first: receiptNumber, last: receiptNumber.optional() }),
    access: MEMBER_READERS,
  }),
  /** The list to call: members whose dues of last year are unpaid (one more year and they lapse), or lapsed. */
  'members.dues.toCall': method<MemberToCall[]>()({
    effect: 'read',
    input: z.object({
      officeCode: officeCode.optional(),
      list: z.enum(['dueSoon', 'lapsed']).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
    access: MEMBER_READERS,
  }),
  'members.dues.caps': method<DuesCaps>()({ effect: 'read', input: z.object({}), access: MEMBER_READERS }),
  'members.dues.setCaps': method<DuesCaps>()({
    effect: 'write',
    input: z.object({
      individualFen: fen,
      youthFen: fen,
      groupBands: z.array(z.object({ below: z.number().int().min(1), capFen: fen })).max(20),
      groupTopFen: fen,
    }),
    access: ADMINS,
  }),
} as const;

export type DuesMethodName = keyof typeof duesMethods;
