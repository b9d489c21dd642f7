// Receipts (收据) as they print: one receipt number, or a run of them from one collection (a receipt for each member
// of a class: 321302-2026-00012 to -00051), each with its members' lines and total. Voided dues leave the receipt.
import { parseReceiptNumber } from '@rules/members';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../../stock/office';
import { RECEIPTS_PRINT_MAX, type ReceiptLine, type ReceiptSheet } from './contract';

type StoredLine = ReceiptLine & { receiptNumber: string; paidDate: string; collectedBy: string; createdAt: string };

const LINES = rowRead<StoredLine, [officeCode: string, numbers: string]>(
  `SELECT d.receipt_number AS receiptNumber, d.paid_date AS paidDate, d.collected_by AS collectedBy,
     d.created_at AS createdAt, d.member_id AS memberId, m.kind, coalesce(p.name, m.unit_name) AS name,
     m.card_number AS cardNumber, m.school, m.class_name AS className, d.year, d.amount_fen AS amountFen
   FROM member_dues d JOIN members m ON m.id = d.member_id LEFT JOIN people p ON p.id = m.person_id
   WHERE d.office_code = ? AND d.voided = 0 AND d.receipt_number IN (SELECT value FROM json_each(?))
   ORDER BY d.receipt_number, coalesce(p.pinyin_full, m.unit_pinyin_full), m.card_number`,
);

/** The numbers from `first` to `last` (same office and year), or RECEIPT_NOT_FOUND when they are not a run. */
function receiptRun(first: string, last: string): string[] {
  const from = parseReceiptNumber(first);
  const to = parseReceiptNumber(last);
  if (!from || !to || from.prefix !== to.prefix || to.seq < from.seq) fail('RECEIPT_NOT_FOUND', { number: first });
  if (to.seq - from.seq >= RECEIPTS_PRINT_MAX) fail('RECEIPTS_TOO_MANY', { max: RECEIPTS_PRINT_MAX });
  return Array.from({ length: to.seq - from.seq + 1 }, (_, n) => from.format(from.seq + n));
}

export function duesReceipts(ctx: CoreContext, input: { first: string; last?: string }): ReceiptSheet[] {
  const numbers = input.last && input.last !== input.first ? receiptRun(input.first, input.last) : [input.first];
  const sheets = new Map<string, ReceiptSheet>();
  for (const line of LINES.on(ctx.store.sqlite).all(officeCodeOf(ctx), JSON.stringify(numbers))) {
    const { receiptNumber, paidDate, collectedBy, createdAt, ...own } = line;
    let sheet = sheets.get(receiptNumber);
    if (!sheet)
      sheets.set(receiptNumber, (sheet = { receiptNumber, paidDate, collectedBy, createdAt, totalFen: 0, lines: [] }));
    sheet.lines.push(own);
    sheet.totalFen += own.amountFen;
  }
  if (sheets.size === 0) fail('RECEIPT_NOT_FOUND', { number: input.first });
  return [...sheets.values()];
}
