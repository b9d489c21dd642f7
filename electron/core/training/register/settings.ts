// The office's certificate settings: the number pattern (a problem with it is said in plain words, from
// rules/training/certificateNumber.ts) and the signatory printed on new certificates.
import { trainingSettings } from '@db/schema';
import { parseNumberPattern } from '@rules/training/certificateNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, updateRecord } from '../../records/write';
import { localToday, officeCodeOf } from '../../stock/office';
import type { CertificateSettings } from './contract';
import { nextNumberExample, officePattern, settingsRow } from './numbering';

export function certificateSettings(ctx: CoreContext): CertificateSettings {
  const officeCode = officeCodeOf(ctx);
  const row = settingsRow(ctx, officeCode);
  const pattern = officePattern(ctx, officeCode);
  return {
    numberPattern: pattern.source,
    signatory: row?.signatory ?? null,
    example: nextNumberExample(ctx, officeCode, pattern, Number(localToday(ctx).slice(0, 4))),
    rowVersion: row?.rowVersion ?? 0,
  };
}

export function setCertificateSettings(
  ctx: CoreContext,
  input: { numberPattern: string; signatory?: string | null },
): CertificateSettings {
  const parsed = parseNumberPattern(input.numberPattern);
  if (!parsed.ok) fail(parsed.code);
  const officeCode = officeCodeOf(ctx);
  const fields = { numberPattern: parsed.pattern.source, signatory: input.signatory?.trim() || null };
  const row = settingsRow(ctx, officeCode);
  if (row) updateRecord(ctx, trainingSettings, row.id, fields);
  else insertRecord(ctx, trainingSettings, officeCode, fields);
  return certificateSettings(ctx);
}
