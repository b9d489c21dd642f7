// Collecting dues (收会费): one member's year, or a whole class's or a list's in one call, on one receipt (收据) or
// on a receipt each, numbered per office and year. Every row is checked before any is written: a refusal leaves
// nothing behind.
import { memberDues } from '@db/schema';
import { checkDuesAmount, duesCapFen, yearOf } from '@rules/members';
import { actorName, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { insertRecord, voidRecord } from '../../records/write';
import { localToday, officeCodeOf } from '../../stock/office';
import { takeReceiptNumber } from '../numbering';
import type { MemberRow } from '../roster/contract';
import { getMember, memberIdsOf } from '../roster/query';
import { duesCaps } from '../settings';
import { currentYear } from '../standing';
import { DUES_BATCH_MAX, type DuesBatchInput, type DuesCollectInput, type DuesReceipt, type DuesRow } from './contract';

const DUES_COLUMNS = `id, member_id AS memberId, year, amount_fen AS amountFen, paid_date AS paidDate,
  receipt_number AS receiptNumber, collected_by AS collectedBy FROM member_dues`;

function checkYear(ctx: CoreContext, year: number, paidDate: string): void {
  if (!Number.isInteger(year) || year < 1950 || year > currentYear(ctx) + 1) fail('DUES_YEAR_INVALID', { year });
  if (paidDate > localToday(ctx) || yearOf(paidDate) < 1950) fail('DUES_PAID_DATE_INVALID');
}

function checkMember(ctx: CoreContext, member: MemberRow, year: number, amountFen: number | undefined): number {
  if (member.voided) fail('MEMBER_NOT_FOUND', { id: member.id });
  if (member.officeCode !== officeCodeOf(ctx)) fail('RECORD_READ_ONLY', { officeCode: member.officeCode });
  if (member.recordedStatus === 'withdrawn' || member.recordedStatus === 'transferred')
    fail('DUES_MEMBER_LEFT', { name: member.name, cardNumber: member.cardNumber });
  if (member.paidYears.includes(year)) fail('DUES_ALREADY_PAID', { name: member.name, year });
  const caps = duesCaps(ctx, member.officeCode);
  const amount = amountFen ?? duesCapFen(member.kind, member.headcount, caps);
  const checked = checkDuesAmount(member.kind, member.headcount, amount, caps);
  if (!checked.ok)
    fail(checked.code, { name: member.name, cap: (checked.capFen / 100).toFixed(2), capFen: checked.capFen });
  return amount;
}

function collect(
  ctx: CoreContext,
  list: readonly MemberRow[],
  input: Pick<DuesBatchInput, 'year' | 'amountFen' | 'amounts' | 'paidDate' | 'receiptPer'>,
): DuesReceipt {
  checkYear(ctx, input.year, input.paidDate);
  if (list.length === 0) fail('DUES_NO_MEMBERS');
  if (list.length > DUES_BATCH_MAX) fail('DUES_BATCH_TOO_LARGE', { max: DUES_BATCH_MAX });
  const own = new Map(input.amounts?.map((a) => [a.memberId, a.amountFen]));
  const amounts = list.map((member) => checkMember(ctx, member, input.year, own.get(member.id) ?? input.amountFen));
  const officeCode = officeCodeOf(ctx);
  const receiptYear = yearOf(input.paidDate);
  const shared = input.receiptPer === 'member' ? null : takeReceiptNumber(ctx, officeCode, receiptYear);
  const collectedBy = actorName(ctx);
  const dues = list.map((member, n) => {
    const receiptNumber = shared ?? takeReceiptNumber(ctx, officeCode, receiptYear);
    const row = insertRecord(ctx, memberDues, officeCode, {
      memberId: member.id,
      year: input.year,
      amountFen: amounts[n]!,
      paidDate: input.paidDate,
      receiptNumber,
      collectedBy,
    });
    return {
      id: row.id,
      memberId: member.id,
      year: input.year,
      amountFen: amounts[n]!,
      paidDate: input.paidDate,
      receiptNumber,
      collectedBy,
    };
  });
  const totalFen = amounts.reduce((sum, fen) => sum + fen, 0);
  return {
    receiptNumber: dues[0]!.receiptNumber,
    lastReceiptNumber: dues[dues.length - 1]!.receiptNumber,
    year: input.year,
    paidDate: input.paidDate,
    count: dues.length,
    totalFen,
    dues,
  };
}

export function collectDues(ctx: CoreContext, input: DuesCollectInput): DuesReceipt {
  return collect(ctx, [getMember(ctx, input.memberId)], input);
}

/** A class (school and class name) or a list of members: the same year, each at their own amount, the amount or their cap. */
export function collectDuesBatch(ctx: CoreContext, input: DuesBatchInput): DuesReceipt {
  let ids = input.memberIds ?? [];
  if (input.school || input.className) {
    if (!input.school || !input.className) fail('DUES_CLASS_REQUIRED');
    ids = memberIdsOf(ctx, { school: input.school, className: input.className, kind: 'youth' });
  }
  const list = [...new Set(ids)].map((id) => getMember(ctx, id));
  // Members of the class who left are skipped, not refused; named members are refused.
  const kept = input.memberIds?.length
    ? list
    : list.filter((m) => m.status !== 'withdrawn' && m.status !== 'transferred');
  return collect(ctx, kept, input);
}

export function duesOfMember(ctx: CoreContext, memberId: string): DuesRow[] {
  return rowRead<DuesRow, [string]>(`SELECT ${DUES_COLUMNS} WHERE member_id = ? AND voided = 0 ORDER BY year`)
    .on(ctx.store.sqlite)
    .all(memberId);
}

/** Dues entered by mistake (the receipt number stays used). */
export function voidDues(ctx: CoreContext, id: string, reason: string): void {
  voidRecord(ctx, memberDues, id, reason);
}
