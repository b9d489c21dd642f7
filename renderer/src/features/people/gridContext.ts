// What the grid's cells may do, passed to renderers through AG Grid's `context`.
import type { IRowNode } from 'ag-grid-community';
import type { PersonField, PersonRow } from '@core/people/contract';

export interface PeopleGridContext {
  canEdit: boolean;
  /** This office's code: other offices' rows (county records in the city) are read-only. */
  ownOfficeCode: string;
  canReveal: boolean;
  reveal(node: IRowNode<PersonRow>): void;
  edit(row: PersonRow): void;
  void(row: PersonRow): void;
  /** The entry row pinned on top: save it as a new person, or clear it. */
  saveNew(): void;
  clearNew(): void;
  /** Problems of the entry row after a refused save, by field. */
  newRowIssues: Partial<Record<PersonField, string>>;
}

export const NEW_ROW_ID = 'new-person';

/** The blank entry row pinned on top of the grid, where a clerk types a new person like in Excel. */
export function blankRow(): PersonRow {
  return {
    id: NEW_ROW_ID,
    officeCode: '',
    name: '',
    gender: null,
    idNumber: '',
    idMasked: false,
    idConverted: false,
    birthDate: null,
    mobile: null,
    phone: null,
    township: null,
    village: null,
    workUnit: null,
    notes: null,
    customFields: null,
    createdAt: '',
    updatedAt: '',
    createdBy: '',
    updatedBy: '',
    rowVersion: 0,
    voided: false,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
  };
}

export function isNewRow(node: IRowNode | null | undefined): boolean {
  return node?.rowPinned === 'top';
}

/** A row of another office (a county's, in the city): shown, never edited here. */
export function isOtherOffice(row: PersonRow, context: PeopleGridContext): boolean {
  return row.id !== NEW_ROW_ID && row.officeCode !== context.ownOfficeCode;
}
