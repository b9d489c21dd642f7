// Types of custom fields (自定义字段) shared by core and renderer: a field's definition as the settings page, the
// roster forms, grids, imports and exports read it.
import type { CustomFieldRoster, CustomFieldType } from '@rules/customFields';

export interface CustomFieldRow {
  id: string;
  rowVersion: number;
  officeCode: string;
  roster: CustomFieldRoster;
  key: string;
  labelZh: string;
  labelEn: string;
  type: CustomFieldType;
  choices: string[];
  required: boolean;
  inGrid: boolean;
  hidden: boolean;
  sortOrder: number;
}

/** What an administrator edits on a field; the type is fixed once the field exists (stored values follow it). */
export interface CustomFieldPatch {
  labelZh?: string;
  labelEn?: string;
  choices?: string[];
  required?: boolean;
  inGrid?: boolean;
  hidden?: boolean;
  sortOrder?: number;
}

export interface CustomFieldInput extends CustomFieldPatch {
  roster: CustomFieldRoster;
  labelZh: string;
  labelEn: string;
  type: CustomFieldType;
}
