// Member card and receipt numbers from the office's sequences (member_sequences, one row per scope). Taken inside
// the caller's write transaction, so a second connection continues after the first's last number: never repeated.
import { formatReceiptNumber } from '@rules/members';
import type { CoreContext } from '../context';
import { valueRead } from '../records/reads';

const ADVANCE = valueRead<number, [officeCode: string, scope: string, wanted: number]>(
  `INSERT INTO member_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)
   ON CONFLICT (office_code, scope) DO UPDATE SET last_seq = last_seq + excluded.last_seq RETURNING last_seq`,
);

function take(ctx: CoreContext, officeCode: string, scope: string): number {
  return ADVANCE.on(ctx.store.sqlite).get(officeCode, scope, 1)!;
}

/** The office's next card number when none was given: {office code}M{seq, 6 digits}. */
export function takeCardNumber(ctx: CoreContext, officeCode: string): string {
  return `${officeCode}M${String(take(ctx, officeCode, 'card')).padStart(6, '0')}`;
}

/** The office's next receipt (收据) number of a year. */
export function takeReceiptNumber(ctx: CoreContext, officeCode: string, year: number): string {
  return formatReceiptNumber(officeCode, year, take(ctx, officeCode, `receipt-${year}`));
}
