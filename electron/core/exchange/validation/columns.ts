// The checks local entry makes, derived from a drizzle table: each column's type, enum, NOT NULL, the form of
// ids, dates, months and times (by the column's name), the maximum length of every other text from
// rules/limits.ts, and per-table minimums. A domain adds its own rules (people: the ID number) on top.
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RecordRule } from '@api/recordLabels';
import { isCalendarDate, isIsoMonth, isIsoTime } from '@rules/dates';
import { FIELD_LIMITS, ID_MAX, RECORD_LIMITS, USER_MAX, REASON_MAX } from '@rules/limits';
import type { ExchangeRecord } from '../types';
import { invalid, overMax, tooLong, type RecordCheck, type RecordProblem } from './problem';

type ValueCheck = (value: unknown) => RecordRule | null;

interface ColumnRule {
  column: string;
  required: boolean;
  check: ValueCheck;
  max?: number;
}

export interface TableRuleOptions {
  /** Smallest value of integer columns (SQL names): quantities that cannot be negative, counts from 1. */
  min?: Readonly<Record<string, number>>;
  /** Columns the receiver computes (search keys): not checked, whatever was sent. */
  derived?: readonly string[];
  /** The domain's own rules, after the generic ones pass. */
  extra?: RecordCheck;
}

/** Columns travelling outside `fields`, checked from the record itself. */
const META = new Set(['id', 'office_code', 'row_version', 'voided', 'voided_at', 'voided_by', 'void_reason']);

const ID = /^[0-9A-Za-z-]+$/;

const text =
  (form: (v: string) => boolean, rule: RecordRule): ValueCheck =>
  (v) =>
    typeof v !== 'string' ? 'type' : form(v) ? null : rule;
const integer =
  (min: number | undefined): ValueCheck =>
  (v) =>
    !Number.isSafeInteger(v) ? 'number' : min !== undefined && (v as number) < min ? 'number' : null;
const boolean: ValueCheck = (v) => (v === true || v === false || v === 0 || v === 1 ? null : 'type');
const oneOf = (values: readonly string[]): ValueCheck => {
  const set = new Set(values);
  return (v) => (set.has(v as string) ? null : 'enum');
};
const anyText: ValueCheck = (v) => (typeof v === 'string' ? null : 'type');

function ruleFor(
  table: string,
  key: string,
  column: SQLiteColumn,
  min: number | undefined,
): Omit<ColumnRule, 'column' | 'required'> {
  if (column.columnType === 'SQLiteBoolean') return { check: boolean };
  if (column.dataType === 'number') return { check: integer(min) };
  const values = (column as { enumValues?: readonly string[] }).enumValues;
  if (values) return { check: oneOf(values) };
  if (key === 'id' || key.endsWith('Id')) return { check: text((v) => v.length <= ID_MAX && ID.test(v), 'id') };
  if (key.endsWith('At')) return { check: text(isIsoTime, 'time') };
  if (key === 'date' || key.endsWith('Date')) return { check: text(isCalendarDate, 'date') };
  if (key === 'month') return { check: text(isIsoMonth, 'month') };
  const max =
    (FIELD_LIMITS as Record<string, Record<string, number>>)[table]?.[key] ??
    (RECORD_LIMITS as Record<string, number>)[key];
  if (max === undefined) throw new Error(`No maximum length for ${table}.${key} in rules/limits.ts`);
  return { check: anyText, max };
}

function columnRules(table: SQLiteTable, options: TableRuleOptions): ColumnRule[] {
  const config = getTableConfig(table);
  const keys = new Map(
    Object.entries(table)
      .filter(([, c]) => config.columns.includes(c as SQLiteColumn))
      .map(([k, c]) => [c as SQLiteColumn, k]),
  );
  const skip = new Set([...META, ...(options.derived ?? [])]);
  return config.columns
    .filter((c) => !skip.has(c.name))
    .map((c) => ({
      column: c.name,
      required: c.notNull && !c.hasDefault,
      ...ruleFor(config.name, keys.get(c)!, c, options.min?.[c.name]),
    }));
}

/** A missing value of a NOT NULL column (absent or null) is refused here rather than by SQLite. */
function checkValue(rule: ColumnRule, value: unknown): RecordProblem | null {
  if (value === null || value === undefined) return rule.required ? invalid(rule.column, 'required') : null;
  const broken = rule.check(value);
  if (broken) return invalid(rule.column, broken);
  return rule.max !== undefined && overMax(value as string, rule.max) ? tooLong(rule.column, rule.max) : null;
}

const metaRules: ColumnRule[] = [
  { column: 'voided_at', required: false, check: text(isIsoTime, 'time') },
  { column: 'voided_by', required: false, check: anyText, max: USER_MAX },
  { column: 'void_reason', required: false, check: anyText, max: REASON_MAX },
];

/** The table's check: every column's rule in order, then the domain's own. */
export function tableRules(table: SQLiteTable, options: TableRuleOptions = {}): RecordCheck {
  const rules = columnRules(table, options);
  const [voidedAt, voidedBy, voidReason] = metaRules as [ColumnRule, ColumnRule, ColumnRule];
  const extra = options.extra ?? (() => null);
  return (record: ExchangeRecord) => {
    // No array or object per record: a city checks a million.
    const problem =
      checkValue(voidedAt, record.voidedAt) ??
      checkValue(voidedBy, record.voidedBy) ??
      checkValue(voidReason, record.voidReason);
    if (problem) return problem;
    const fields = record.fields;
    for (let i = 0; i < rules.length; i++) {
      const found = checkValue(rules[i]!, fields[rules[i]!.column]);
      if (found) return found;
    }
    return extra(record);
  };
}
