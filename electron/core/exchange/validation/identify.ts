// How a refused record is named to a clerk: its table, its name, number or code (cut short), a document's type,
// and the line of the package - never a full ID number (a domain adds a masked one through `describe`).
import type { RecordProblemDetails } from '@api/recordLabels';
import type { ExchangeRecord } from '../types';
import type { RecordProblem } from './problem';

export type RecordName = Pick<RecordProblemDetails, 'record' | 'recordKey' | 'documentType'>;

const NAMING_FIELDS = ['number', 'code', 'name', 'lot_number', 'month', 'line_no'] as const;
const SHOWN = 20;

export function shortText(value: string): string {
  const chars = [...value.slice(0, SHOWN * 2)];
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('')}…` : chars.join('');
}

/** The first naming field the record holds (a line its number), e.g. RK-2026-000001 or 单帐篷. */
export function nameOf(record: ExchangeRecord): RecordName {
  const f = record.fields;
  const name: RecordName = {};
  for (const field of NAMING_FIELDS) {
    const value = f[field];
    if (typeof value === 'string' && value.trim() !== '') {
      name.record = shortText(value);
      break;
    }
    if (typeof value === 'number') {
      name.record = String(value);
      break;
    }
  }
  if (record.table === 'stock_documents' && typeof f['type'] === 'string') name.documentType = f['type'];
  return name;
}

export function problemDetails(
  record: ExchangeRecord,
  problem: RecordProblem,
  name: RecordName,
  line?: number,
): RecordProblemDetails {
  return {
    table: record.table,
    column: problem.column,
    rule: problem.rule,
    ...(problem.max !== undefined ? { max: problem.max } : {}),
    ...(line !== undefined ? { line } : {}),
    ...name,
  };
}
