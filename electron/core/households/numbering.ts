// Household numbers from the office's sequence (household_sequences): taken inside the caller's write transaction,
// so a second connection continues after the first's last number: never repeated.
import { formatHouseholdNumber } from '@rules/households';
import type { CoreContext } from '../context';
import { valueRead } from '../records/reads';

const ADVANCE = valueRead<number, [officeCode: string, scope: string, wanted: number]>(
  `INSERT INTO household_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)
   ON CONFLICT (office_code, scope) DO UPDATE SET last_seq = last_seq + excluded.last_seq RETURNING last_seq`,
);

/** The office's next `count` household numbers ({office code}H{seq}), in order. */
export function takeHouseholdNumbers(ctx: CoreContext, officeCode: string, count: number): string[] {
  if (count === 0) return [];
  const last = ADVANCE.on(ctx.store.sqlite).get(officeCode, 'household', count)!;
  return Array.from({ length: count }, (_, n) => formatHouseholdNumber(officeCode, last - count + 1 + n));
}
