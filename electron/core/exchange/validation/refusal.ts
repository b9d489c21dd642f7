// A record that breaks a rule, as the refusal the clerk reads: the code, and which record (table, name or number,
// masked ID, line) and why. Used at the city (the package is refused) and at the county (no package is written).
import { exchangeTable } from '../registry';
import type { ExchangeRecord } from '../types';
import { nameOf, problemDetails } from './identify';
import type { RecordProblem } from './problem';

/** The record's problem and the details naming it, or null when it would have been accepted at entry. */
export function recordRefusal(
  record: ExchangeRecord,
  line?: number,
): { problem: RecordProblem; details: ReturnType<typeof problemDetails> } | null {
  const table = exchangeTable(record.table);
  const problem = table?.validate(record) ?? null;
  return problem
    ? { problem, details: problemDetails(record, problem, (table?.describe ?? nameOf)(record), line) }
    : null;
}

/** The details of a reference that leaves the sending office ('foreign') or leads nowhere ('missing'). */
export function referenceDetails(record: ExchangeRecord, column: string, rule: 'foreign' | 'missing', line?: number) {
  const table = exchangeTable(record.table);
  return problemDetails(record, { code: 'PKG_VALUE_INVALID', column, rule }, (table?.describe ?? nameOf)(record), line);
}
