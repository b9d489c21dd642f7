// Checks one person as typed in the form or read from a spreadsheet row: pure, no database.
// Used by the people service and by the importer, so both refuse and warn in exactly the same way.
import type { people } from '@db/schema';
import { checkCustomValues, type CustomFieldRule, type CustomValues } from '@rules/customFields';
import { parseIdNumber } from '@rules/idNumber';
import { FIELD_LIMITS, NAME_MAX } from '@rules/limits';
import { parseLandline, parseMobile } from '@rules/phone';
import { customFieldIssues } from '../customFields/values';
import type { RecordFields } from '../records/meta';
import type { FieldIssue, PersonField, PersonInput } from './contract';
import { idReversed, nameSearchKeys } from './searchKeys';

/** The person as stored: the columns of the people table other than the record metadata, every one given. */
export type NormalizedPerson = Required<RecordFields<typeof people>>;

/** The office's visible custom fields, the values already stored (an edit), and whether required ones must be given. */
export interface CustomCheck {
  /** With their labels, an issue names the field (the import's messages and rejected file). */
  fields: readonly (CustomFieldRule & { labelZh?: string; labelEn?: string })[];
  stored: CustomValues | null;
  requireAll: boolean;
}

const NO_CUSTOM_FIELDS: CustomCheck = { fields: [], stored: null, requireAll: false };

export interface PersonCheck {
  person: NormalizedPerson | null;
  issues: FieldIssue[];
}

const { township, village, workUnit, notes } = FIELD_LIMITS.people;
const TEXT_MAX: Partial<Record<PersonField, number>> = { township, village, workUnit, notes };

/** Trimmed text, or null when blank. */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Spaces padded between Han characters (王  明) are dropped; other names keep single spaces. */
function cleanName(value: unknown): string | null {
  return cleanText(value)?.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '') ?? null;
}

export function checkPerson(
  input: PersonInput,
  today: Date = new Date(),
  custom: CustomCheck = NO_CUSTOM_FIELDS,
): PersonCheck {
  const issues: FieldIssue[] = [];
  const error = (field: PersonField, code: string, details?: Record<string, unknown>) =>
    issues.push({ field, code, severity: 'error', ...(details ? { details } : {}) });

  const name = cleanName(input.name);
  if (name === null) error('name', 'NAME_REQUIRED');
  else if ([...name].length > NAME_MAX) error('name', 'NAME_TOO_LONG', { max: NAME_MAX });

  const id = parseIdNumber(input.idNumber, today);
  if (!id.ok) error('idNumber', id.code);

  const given = input.gender ?? null;
  if (id.ok && given !== null && given !== id.gender) {
    issues.push({
      field: 'gender',
      code: 'GENDER_MISMATCH',
      severity: 'warning',
      details: { given, fromId: id.gender },
    });
  }

  const mobile = parseMobile(input.mobile);
  if (!mobile.ok) error('mobile', mobile.code);
  const phone = parseLandline(input.phone);
  if (!phone.ok) error('phone', phone.code);

  const texts = {} as Record<'township' | 'village' | 'workUnit' | 'notes', string | null>;
  for (const field of ['township', 'village', 'workUnit', 'notes'] as const) {
    texts[field] = field === 'notes' ? notesText(input.notes) : cleanText(input[field]);
    const max = TEXT_MAX[field]!;
    if (texts[field] !== null && texts[field].length > max) error(field, 'TEXT_TOO_LONG', { max });
  }

  const customValues = checkCustomValues(custom.fields, input.customFields, custom.stored, custom.requireAll);
  issues.push(...customFieldIssues(custom.fields, customValues.issues));

  if (issues.some((i) => i.severity === 'error') || !id.ok || name === null || !mobile.ok || !phone.ok) {
    return { person: null, issues };
  }
  const keys = nameSearchKeys(name);
  // Every field named (no spread): an import holds 100,000 of these, and a literal built by spreading keeps its
  // fields in a separate array (~64 bytes more a person).
  return {
    person: {
      name,
      gender: given ?? id.gender,
      idNumber: id.idNumber,
      idConverted: id.converted,
      birthDate: id.birthDate,
      mobile: mobile.value,
      phone: phone.value,
      township: texts.township,
      village: texts.village,
      workUnit: texts.workUnit,
      notes: texts.notes,
      customFields: customValues.values && JSON.stringify(customValues.values),
      idReversed: idReversed(id.idNumber),
      pinyinFull: keys.pinyinFull,
      pinyinInitials: keys.pinyinInitials,
    },
    issues,
  };
}

/** Notes keep their line breaks; only the ends are trimmed. */
function notesText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** 男/女, M/F, male/female as a spreadsheet or form may hold them; null when blank or unknown. */
export function genderFromText(value: unknown): 'M' | 'F' | null {
  const text = cleanText(value)?.toLowerCase();
  if (text === undefined) return null;
  if (['男', 'm', 'male', '男性'].includes(text)) return 'M';
  if (['女', 'f', 'female', '女性'].includes(text)) return 'F';
  return null;
}
