// Custom fields (自定义字段): fields an administrator adds to a roster without a developer. A roster's records
// keep their values in one JSON column (field key -> value); this module is the one check of a value against its
// definition, read by the form, the core's save, the imports and the city's package check.
import { isCalendarDate, isIsoDate, readDateText } from './dates';

/** The rosters a field may be added to (the people registry first; the Red Cross rosters as they come). */
export const CUSTOM_FIELD_ROSTERS = ['people', 'volunteers', 'members', 'teamMembers', 'households'] as const;
export type CustomFieldRoster = (typeof CUSTOM_FIELD_ROSTERS)[number];

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'choice', 'yesno'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A field's stable key: f1, f2 ... per office and roster, never reused (a hidden field keeps its key and data). */
export const CUSTOM_FIELD_KEY = /^f[1-9]\d{0,5}$/;
export const CUSTOM_TEXT_MAX = 500;
export const CUSTOM_CHOICE_MAX = 50;
export const CUSTOM_CHOICES_MAX = 100;
export const CUSTOM_LABEL_MAX = 50;
/** Fields of one roster, hidden ones included: the grid and the export stay readable. */
export const CUSTOM_FIELDS_PER_ROSTER = 50;
/** A number as a clerk counts: beyond this it is an identifier, which belongs in a text field. */
const NUMBER_LIMIT = 1e12;

export type CustomValue = string | number | boolean;
/** A field key as a type: issues and import columns name a custom field by it. */
export type CustomFieldKey = `f${number}`;

export function isCustomFieldKey(key: string): key is CustomFieldKey {
  return CUSTOM_FIELD_KEY.test(key);
}
/** The JSON object stored in a roster's custom_fields column. */
export type CustomValues = Record<string, CustomValue>;

/** What a value is checked against: a definition as the core and the renderer both hold it. */
export interface CustomFieldRule {
  key: string;
  type: CustomFieldType;
  choices: readonly string[];
  required: boolean;
}

export type CustomValueCode =
  | 'CUSTOM_FIELD_REQUIRED'
  | 'CUSTOM_FIELD_TOO_LONG'
  | 'CUSTOM_FIELD_NUMBER'
  | 'CUSTOM_FIELD_DATE'
  | 'CUSTOM_FIELD_CHOICE'
  | 'CUSTOM_FIELD_YESNO'
  | 'CUSTOM_FIELD_UNKNOWN';

export type CustomValueCheck = { ok: true; value: CustomValue | null } | { ok: false; code: CustomValueCode };

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * One value as the form or the contract sends it (text trimmed; a number; a date YYYY-MM-DD; a choice; true or
 * false), checked against its field: the cleaned value, or null when blank, or the code of what is wrong.
 */
export function checkCustomValue(field: CustomFieldRule, value: unknown): CustomValueCheck {
  if (blank(value)) return field.required ? { ok: false, code: 'CUSTOM_FIELD_REQUIRED' } : { ok: true, value: null };
  switch (field.type) {
    case 'text': {
      const text = String(value).trim();
      return [...text].length > CUSTOM_TEXT_MAX
        ? { ok: false, code: 'CUSTOM_FIELD_TOO_LONG' }
        : { ok: true, value: text };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < NUMBER_LIMIT
        ? { ok: true, value }
        : { ok: false, code: 'CUSTOM_FIELD_NUMBER' };
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? { ok: true, value }
        : { ok: false, code: 'CUSTOM_FIELD_DATE' };
    case 'choice':
      return typeof value === 'string' && field.choices.includes(value.trim())
        ? { ok: true, value: value.trim() }
        : { ok: false, code: 'CUSTOM_FIELD_CHOICE' };
    case 'yesno':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, code: 'CUSTOM_FIELD_YESNO' };
  }
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', 'on']);
const NO = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', 'x', 'off']);

/**
 * A value typed as text (a spreadsheet cell, a grid cell, a pasted value) in the field's type: a number with
 * thousands commas, a date as clerks write it, 是/否. Text that cannot be read is kept as typed, so the check
 * then names what is wrong.
 */
export function customValueFromText(field: Pick<CustomFieldRule, 'type'>, text: string | null): unknown {
  if (text === null || text.trim() === '') return null;
  const cleaned = text.normalize('NFKC').trim();
  switch (field.type) {
    case 'number': {
      const n = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(cleaned) ? Number(cleaned.replace(/,/g, '')) : NaN;
      return Number.isFinite(n) ? n : cleaned;
    }
    case 'date': {
      const read = readDateText(cleaned);
      return read.ok ? read.date : cleaned;
    }
    case 'yesno': {
      const lower = cleaned.toLowerCase();
      return YES.has(lower) ? true : NO.has(lower) ? false : cleaned;
    }
    default:
      return text.trim();
  }
}

/** A stored value as a clerk reads it: 是/否 (Yes/No) for yes/no fields, the text of any other. */
export function customValueText(value: CustomValue | null | undefined, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? (language === 'en' ? 'Yes' : '是') : language === 'en' ? 'No' : '否';
  return String(value);
}

export interface CustomValuesIssue {
  key: string;
  code: CustomValueCode;
}

/**
 * The values a save gives (key -> value; null clears) merged over the stored ones and checked: a key that is
 * not one of `fields` (the visible fields) is refused; a required field must hold a value when `requireAll` (a new
 * record from the roster's own form or import) or when the save gives it. Stored values of hidden fields are kept.
 */
export function checkCustomValues(
  fields: readonly CustomFieldRule[],
  given: Readonly<Record<string, unknown>> | null | undefined,
  stored: CustomValues | null,
  requireAll: boolean,
): { values: CustomValues | null; issues: CustomValuesIssue[] } {
  const issues: CustomValuesIssue[] = [];
  const values: CustomValues = { ...(stored ?? {}) };
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(given ?? {})) {
    if (!byKey.has(key)) issues.push({ key, code: 'CUSTOM_FIELD_UNKNOWN' });
  }
  for (const field of fields) {
    const has = given !== null && given !== undefined && Object.prototype.hasOwnProperty.call(given, field.key);
    if (!has && !requireAll) continue;
    const checked = checkCustomValue(field, has ? given[field.key] : values[field.key]);
    if (!checked.ok) issues.push({ key: field.key, code: checked.code });
    else if (checked.value === null) delete values[field.key];
    else values[field.key] = checked.value;
  }
  return { values: Object.keys(values).length > 0 ? values : null, issues };
}

/** The stored JSON column read back; anything but an object reads as no values. */
export function parseCustomValues(json: string | null | undefined): CustomValues | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as CustomValues) : null;
  } catch {
    return null;
  }
}

/**
 * The city's check of a custom_fields column as a county sent it, knowing nothing of the county's definitions:
 * a JSON object of field keys to text (within the text limit), finite numbers, calendar dates or true/false.
 */
export function isStoredCustomValues(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  return Object.entries(parsed).every(
    ([key, value]) =>
      CUSTOM_FIELD_KEY.test(key) &&
      (typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < NUMBER_LIMIT) ||
        (typeof value === 'string' && value !== '' && ([...value].length <= CUSTOM_TEXT_MAX || isCalendarDate(value)))),
  );
}

/** The next key of a roster: one past the highest ever given (hidden and voided fields included). */
export function nextCustomFieldKey(keys: readonly string[]): string {
  const highest = keys.reduce((max, key) => Math.max(max, CUSTOM_FIELD_KEY.test(key) ? Number(key.slice(1)) : 0), 0);
  return `f${highest + 1}`;
}
