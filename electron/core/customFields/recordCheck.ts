// A travelling roster record's custom values checked at the city: the JSON object of the stored form
// (rules/customFields.ts), or none. A roster's exchange registration names it as its `extra` check.
import { isStoredCustomValues } from '@rules/customFields';
import type { ExchangeRecord } from '../exchange/types';
import { invalid, type RecordProblem } from '../exchange/validation/problem';

export function storedCustomValuesProblem(record: ExchangeRecord): RecordProblem | null {
  const values = record.fields['custom_fields'];
  return values != null && !isStoredCustomValues(values as string) ? invalid('custom_fields', 'type') : null;
}
