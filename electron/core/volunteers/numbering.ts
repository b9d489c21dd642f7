// Volunteer and proof numbers from the office's sequences (volunteer_sequences, one row per scope). Taken inside
// the caller's write transaction, so a second connection continues after the first's last number: never repeated.
import { formatProofNumber, formatVolunteerNumber } from '@rules/volunteers';
import type { CoreContext } from '../context';
import { valueRead } from '../records/reads';

/** Takes `wanted` numbers at once and answers the last of them. */
const ADVANCE = valueRead<number, [officeCode: string, scope: string, wanted: number]>(
  `INSERT INTO volunteer_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)
   ON CONFLICT (office_code, scope) DO UPDATE SET last_seq = last_seq + excluded.last_seq RETURNING last_seq`,
);

function take(ctx: CoreContext, officeCode: string, scope: string, count: number): number[] {
  if (count === 0) return [];
  const last = ADVANCE.on(ctx.store.sqlite).get(officeCode, scope, count)!;
  return Array.from({ length: count }, (_, n) => last - count + 1 + n);
}

export function takeVolunteerNumbers(ctx: CoreContext, officeCode: string, count: number): string[] {
  return take(ctx, officeCode, 'volunteer', count).map((seq) => formatVolunteerNumber(officeCode, seq));
}

export function takeProofNumber(ctx: CoreContext, officeCode: string, year: number): string {
  return formatProofNumber(officeCode, year, take(ctx, officeCode, `proof-${year}`, 1)[0]!);
}
