// One payload line checked before anything is written: a record of a registered table, owned by the
// sending county, with plain values that local entry would have accepted. A signed package with a bad record
// is the county's fault, not a damaged copy, so the whole package is rejected (PKG_RECORD_INVALID, or
// PKG_VALUE_INVALID / PKG_FIELD_TOO_LONG naming the record and the rule) rather than partly applied.
import { refuse } from '../format/errors';
import { exchangeTable } from '../tables';
import type { ExchangeRecord } from '../types';
import { recordRefusal } from '../validation/refusal';

const isText = (v: unknown): v is string => typeof v === 'string';
const isOptionalText = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function checkRecord(line: unknown, sender: string, lineNumber: number): ExchangeRecord {
  const r = line as Partial<ExchangeRecord> | null;
  const invalid = (problem: string, extra: Record<string, unknown> = {}): never =>
    refuse('PKG_RECORD_INVALID', { line: lineNumber, problem, ...extra });
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return invalid('not an object');
  if (!isText(r.table) || !exchangeTable(r.table)) return invalid('table', { table: r.table });
  if (!isText(r.id) || r.id.length === 0 || r.id.length > 64) return invalid('id');
  if (r.officeCode !== sender) return invalid('officeCode', { officeCode: r.officeCode, sender });
  if (!Number.isSafeInteger(r.rowVersion) || r.rowVersion! < 1) return invalid('rowVersion');
  if (typeof r.voided !== 'boolean') return invalid('voided');
  if (!isOptionalText(r.voidedAt) || !isOptionalText(r.voidedBy) || !isOptionalText(r.voidReason))
    return invalid('void fields');
  if (typeof r.fields !== 'object' || r.fields === null || Array.isArray(r.fields)) return invalid('fields');
  const refusal = recordRefusal(r as ExchangeRecord, lineNumber);
  if (refusal) refuse(refusal.problem.code, { ...refusal.details });
  return r as ExchangeRecord;
}

/** A value SQLite can store: booleans become 0/1; objects and arrays are refused. */
export function storable(value: unknown): string | number | null | undefined {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}
