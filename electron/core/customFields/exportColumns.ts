// A roster export's custom columns: one per visible field of the office viewed, headed by its label (the
// importer maps it back by that label). Numbers stay numbers; yes/no is written 是/否 (Yes/No).
import { customValueText, type CustomValues } from '@rules/customFields';
import type { ListColumn } from '../files/listWorkbook';
import type { CustomFieldRow } from './contract';

export function customExportColumns<R>(
  fields: readonly CustomFieldRow[],
  language: 'zh-CN' | 'en',
  valuesOf: (row: R) => CustomValues | null,
): ListColumn<R>[] {
  return fields
    .filter((f) => !f.hidden)
    .map((field) => ({
      header: language === 'en' ? field.labelEn : field.labelZh,
      width: Math.max(10, [...field.labelZh].length * 2 + 2),
      text: field.type === 'text' || field.type === 'choice',
      value: (row: R) => {
        const value = valuesOf(row)?.[field.key];
        return typeof value === 'number' ? value : customValueText(value, language) || null;
      },
    }));
}
