// Which filter each people column offers (in the filter row under the headers): text contains, a choice list,
// a date or number range, or the ID number's tail. The server allows the same columns (api/columnFilters.ts).
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { PersonRow } from '@core/people/contract';
import { call } from '../../api/client';
import { ChoiceFilter, type Choice, type ChoiceFilterParams } from './ChoiceFilter';
import { genderText } from './fields';

type Col = Partial<ColDef<PersonRow>>;

const text = (options: string[]): Col => ({
  filter: 'agTextColumnFilter',
  floatingFilter: true,
  filterParams: { filterOptions: options, maxNumConditions: 1, debounceMs: 400, trimInput: true },
});
const dates: Col = {
  filter: 'agDateColumnFilter',
  floatingFilter: true,
  // A plain text box taking yyyy-mm-dd, whatever the OS locale (the browser's date picker follows it).
  filterParams: {
    filterOptions: ['inRange', 'equals', 'greaterThanOrEqual', 'lessThanOrEqual'],
    maxNumConditions: 1,
    inRangeInclusive: true,
    browserDatePicker: false,
  },
};
const numbers: Col = {
  filter: 'agNumberColumnFilter',
  floatingFilter: true,
  filterParams: {
    filterOptions: ['equals', 'greaterThanOrEqual', 'lessThanOrEqual', 'inRange'],
    maxNumConditions: 1,
    inRangeInclusive: true,
  },
};
const choices = (load: () => Promise<Choice[]>): Col => ({
  filter: ChoiceFilter,
  floatingFilter: true,
  filterParams: { choices: load } satisfies ChoiceFilterParams,
});

export interface FilterChoices {
  t: TFunction;
  offices: Record<string, string> | null;
  birthDateShown: boolean;
}

/** The filter of one column, or none. */
export function columnFilterOf(colId: string, { t, offices, birthDateShown }: FilterChoices): Col {
  const blank: Choice = { value: null, label: t('gridColumns.blank') };
  switch (colId) {
    case 'name':
    case 'mobile':
    case 'phone':
    case 'village':
    case 'workUnit':
    case 'notes':
    case 'createdBy':
      return text(['contains']);
    case 'idNumber':
      return text(['endsWith', 'equals']);
    case 'gender':
      return choices(async () => [...(['M', 'F'] as const).map((g) => ({ value: g, label: genderText(t, g) })), blank]);
    case 'township':
      return choices(async () => [
        ...(await call('people.facets', {})).townships.map((v) => ({ value: v, label: v })),
        blank,
      ]);
    case 'officeCode':
      return choices(async () =>
        Object.entries(offices ?? {}).map(([code, name]) => ({ value: code, label: name || code })),
      );
    case 'createdAt':
    case 'updatedAt':
      return dates;
    case 'birthDate':
      return birthDateShown ? dates : {};
    case 'rowVersion':
      return numbers;
    default:
      return {};
  }
}
