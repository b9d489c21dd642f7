// Certificate numbers from the office's pattern and its sequence (training_sequences, one row per scope: the
// year for a pattern with {year}, else ''). A number is taken inside the caller's write transaction (BEGIN
// IMMEDIATE), so a second connection waits for the first to commit and then continues after its last number:
// never repeated, and a rolled-back issue gives its numbers back because none was ever committed.
import { and, eq } from 'drizzle-orm';
import { trainingSettings } from '@db/schema';
import {
  DEFAULT_CERTIFICATE_PATTERN,
  formatCertificateNumber,
  lastSequence,
  parseNumberPattern,
  type NumberPattern,
} from '@rules/training/certificateNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';

/** Takes `wanted` sequence numbers at once and answers the last of them. */
const ADVANCE = valueRead<number, [officeCode: string, scope: string, wanted: number]>(
  `INSERT INTO training_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)
   ON CONFLICT (office_code, scope) DO UPDATE SET last_seq = last_seq + excluded.last_seq RETURNING last_seq`,
);

export type SettingsRow = typeof trainingSettings.$inferSelect;

export function settingsRow(ctx: CoreContext, officeCode: string): SettingsRow | undefined {
  return ctx.store.orm
    .select()
    .from(trainingSettings)
    .where(and(eq(trainingSettings.officeCode, officeCode), eq(trainingSettings.voided, false)))
    .get();
}

export function officePattern(ctx: CoreContext, officeCode: string): NumberPattern {
  const source = settingsRow(ctx, officeCode)?.numberPattern ?? DEFAULT_CERTIFICATE_PATTERN;
  const parsed = parseNumberPattern(source);
  return parsed.ok ? parsed.pattern : fail(parsed.code);
}

const scopeOf = (pattern: NumberPattern, year: number) =>
  pattern.tokens.some((t) => t.kind === 'year') ? String(year) : '';

/** The next `count` numbers for certificates issued in `year`; a number already held (a legacy one) is skipped. */
export function takeCertificateNumbers(ctx: CoreContext, officeCode: string, year: number, count: number): string[] {
  const pattern = officePattern(ctx, officeCode);
  const scope = scopeOf(pattern, year);
  const advance = ADVANCE.on(ctx.store.sqlite);
  const held = cachedStatement(
    ctx.store.sqlite,
    'SELECT 1 FROM training_certificates WHERE office_code = ? AND number = ?',
  ).pluck();
  const numbers: string[] = [];
  while (numbers.length < count) {
    const wanted = count - numbers.length;
    const last = advance.get(officeCode, scope, wanted)!;
    if (last > lastSequence(pattern)) fail('CERTIFICATE_NUMBERS_EXHAUSTED', { pattern: pattern.source });
    for (let seq = last - wanted + 1; seq <= last; seq++) {
      const number = formatCertificateNumber(pattern, { office: officeCode, year, seq });
      if (!held.get(officeCode, number)) numbers.push(number);
    }
  }
  return numbers;
}

/** The number the next certificate would get, without taking it (the settings page's example). */
export function nextNumberExample(ctx: CoreContext, officeCode: string, pattern: NumberPattern, year: number): string {
  const last = cachedStatement(
    ctx.store.sqlite,
    'SELECT last_seq FROM training_sequences WHERE office_code = ? AND scope = ?',
  )
    .pluck()
    .get(officeCode, scopeOf(pattern, year)) as number | undefined;
  return formatCertificateNumber(pattern, {
    office: officeCode,
    year,
    seq: Math.min((last ?? 0) + 1, lastSequence(pattern)),
  });
}
