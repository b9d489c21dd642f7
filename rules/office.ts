// The office a database belongs to: its role in the reporting chain and the form of its division code.

/** A county-level office sends packages up; a city office receives them. */
export const OFFICE_ROLES = ['county', 'city'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/** The administrative division code (行政区划代码) that names an office: six digits, e.g. 321302. */
export const OFFICE_CODE = /^\d{6}$/;

export function isOfficeCode(value: string): boolean {
  return OFFICE_CODE.test(value);
}
