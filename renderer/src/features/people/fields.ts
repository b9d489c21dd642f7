// The person's fields as the renderer edits them: labels, a string draft for forms and pasted rows,
// and the conversion of a draft to what the API takes.
import type { TFunction } from 'i18next';
import { FIELD_LIMITS, ID_NUMBER_INPUT_MAX } from '@api/limits';
import type { PersonField, PersonInput, PersonRow } from '@core/people/contract';

export type PersonDraft = Record<PersonField, string>;

export const EMPTY_DRAFT: PersonDraft = {
  name: '',
  gender: '',
  idNumber: '',
  mobile: '',
  phone: '',
  township: '',
  village: '',
  workUnit: '',
  notes: '',
};

/** The maxlength of each input: the stored limits, except the ID number, typed with spaces or as a 15-digit number. */
export const PERSON_INPUT_MAX: Partial<Record<PersonField, number>> = {
  ...FIELD_LIMITS.people,
  idNumber: ID_NUMBER_INPUT_MAX,
};

export function fieldLabel(t: TFunction, field: string): string {
  return t(`people.field.${field}`);
}

/** 男/女, M/F, male/female as typed or pasted; '' when blank; null when not a gender. */
export function parseGender(text: string): 'M' | 'F' | '' | null {
  const value = text.trim().toLowerCase();
  if (value === '') return '';
  if (['男', 'm', 'male', '男性'].includes(value)) return 'M';
  if (['女', 'f', 'female', '女性'].includes(value)) return 'F';
  return null;
}

export function genderText(t: TFunction, gender: string | null | undefined): string {
  return gender === 'M' || gender === 'F' ? t(`people.gender.${gender}`) : '';
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** A value of one field as the API takes it (blank -> null; gender as M/F). */
export function fieldInput(field: PersonField, value: string): string | null {
  if (field === 'gender') return parseGender(value) || null;
  if (field === 'name' || field === 'idNumber') return value;
  return blankToNull(value);
}

export function draftToInput(draft: PersonDraft): PersonInput {
  return {
    name: draft.name,
    idNumber: draft.idNumber,
    gender: parseGender(draft.gender) || null,
    mobile: blankToNull(draft.mobile),
    phone: blankToNull(draft.phone),
    township: blankToNull(draft.township),
    village: blankToNull(draft.village),
    workUnit: blankToNull(draft.workUnit),
    notes: blankToNull(draft.notes),
  };
}

export function rowToDraft(row: PersonRow): PersonDraft {
  return {
    name: row.name,
    gender: row.gender ?? '',
    idNumber: row.idNumber,
    mobile: row.mobile ?? '',
    phone: row.phone ?? '',
    township: row.township ?? '',
    village: row.village ?? '',
    workUnit: row.workUnit ?? '',
    notes: row.notes ?? '',
  };
}

export function isDraftEmpty(draft: PersonDraft): boolean {
  return Object.values(draft).every((value) => value.trim() === '');
}
