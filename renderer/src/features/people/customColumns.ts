// The people grid's custom field columns (the fields shown in the grid): sorted and filtered in SQL like the
// built-in ones, each filter by the field's type; a registered person's value is typed in the cell as in the form
// (是/否, a date as clerks write it), a new person's in the form.
import type { ColDef, EditableCallbackParams, ValueSetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { PersonRow } from '@core/people/contract';
import type { CustomFieldType, CustomValue } from '@rules/customFields';
import { GridTextEditor } from '../../ui/grid/GridTextEditor';
import { customValueColumn, gridFields } from '../customFields/customColumn';
import { customInputValue } from '../customFields/CustomFieldInput';
import { ChoiceFilter, type Choice, type ChoiceFilterParams } from './ChoiceFilter';
import { columnFilterOf, type FilterChoices } from './columnFilterDefs';
import { isNewRow, isOtherOffice, type PeopleGridContext } from './gridContext';

type Col = ColDef<PersonRow>;

/** A filter like the built-in column of the same kind: text contains, a number or date range, a choice list. */
export function customFieldFilter(
  field: CustomFieldRow,
  filters: FilterChoices,
): Pick<ColDef, 'filter' | 'floatingFilter' | 'filterParams'> {
  const blank: Choice = { value: null, label: filters.t('gridColumns.blank') };
  const choices = (list: Choice[]): Partial<Col> => ({
    filter: ChoiceFilter,
    floatingFilter: true,
    filterParams: { choices: async () => [...list, blank] } satisfies ChoiceFilterParams,
  });
  switch (field.type) {
    case 'text':
      return columnFilterOf('name', filters);
    case 'number':
      return columnFilterOf('rowVersion', filters);
    case 'date':
      return columnFilterOf('createdAt', filters);
    case 'choice':
      return choices(field.choices.map((c) => ({ value: c, label: c })));
    case 'yesno':
      return choices([
        { value: 'true', label: filters.t('customFields.yes') },
        { value: 'false', label: filters.t('customFields.no') },
      ]);
  }
}

export function customColumns(
  t: TFunction,
  language: string,
  fields: readonly CustomFieldRow[],
  filters: FilterChoices,
): Col[] {
  return gridFields(fields).map((field) => ({
    ...customValueColumn<PersonRow>(field, language),
    editable: (params: EditableCallbackParams<PersonRow, unknown, PeopleGridContext>) =>
      Boolean(
        params.context.canEdit &&
        params.data &&
        !params.data.voided &&
        !isNewRow(params.node) &&
        !isOtherOffice(params.data, params.context),
      ),
    cellEditor: GridTextEditor,
    cellEditorParams: { useFormatter: true },
    valueSetter: (params: ValueSetterParams<PersonRow>) => {
      params.data.customFields = { ...params.data.customFields, [field.key]: params.newValue as CustomValue };
      return true;
    },
    valueParser: (params) => customInputValue(field, String(params.newValue ?? '')),
    ...customFieldFilter(field, filters),
  }));
}

/** The types of the custom columns by key, for turning the grid's filter model into the API's filters. */
export function customTypesOf(fields: readonly CustomFieldRow[]): Record<string, CustomFieldType> {
  return Object.fromEntries(fields.map((f) => [f.key, f.type]));
}
