// What is wrong with one travelling record, in terms a clerk can be told: which column, which rule. The city
// refuses a package for it (PKG_VALUE_INVALID, PKG_FIELD_TOO_LONG); the county refuses to write one (EXPORT_RECORD_INVALID).
import type { RecordRule } from '@api/recordLabels';
import type { ExchangeRecord } from '../types';

export interface RecordProblem {
  code: 'PKG_VALUE_INVALID' | 'PKG_FIELD_TOO_LONG';
  /** SQL column name (void_reason and voided_by included). */
  column: string;
  rule: RecordRule;
  max?: number;
}

/** A record's check: null when local entry would have accepted it. */
export type RecordCheck = (record: ExchangeRecord) => RecordProblem | null;

export const invalid = (column: string, rule: RecordRule): RecordProblem => ({
  code: 'PKG_VALUE_INVALID',
  column,
  rule,
});
export const tooLong = (column: string, max: number): RecordProblem => ({
  code: 'PKG_FIELD_TOO_LONG',
  column,
  rule: 'tooLong',
  max,
});

/** Length in characters as a clerk counts them (a rare character is one, not two UTF-16 units). */
export function overMax(value: string, max: number): boolean {
  return value.length > max && (value.length > max * 2 || [...value].length > max);
}
