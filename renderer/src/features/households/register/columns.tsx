// The household register grid's columns: number, head (masked ID number), size, attribute, place, poverty status
// and cause, the household's beneficiary categories, phone. Attribute, township, village, status, cause and category
// are filtered under their headers by ticking choices (several mean any of them); number, head, place and attribute
// sort in SQL. The office's in-grid custom fields follow (customFields/filterColumns.ts).
import type { ColDef, FilterModel } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { BeneficiaryCategoryRow } from '@core/households/beneficiaries/contract';
import type {
  HouseholdFacets,
  HouseholdQuery,
  HouseholdRow,
  HouseholdSortColumn,
} from '@core/households/roster/contract';
import { HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES, POVERTY_STATUSES } from '@rules/households';
import { ChoiceFilter, type Choice, type ChoiceFilterParams } from '../../people/ChoiceFilter';
import type { ChoiceModel } from '../../people/columnFilterModel';

export const SORTABLE: readonly HouseholdSortColumn[] = ['number', 'headName', 'place', 'attribute', 'updatedAt'];

/** Where the choice lists come from: loaded when a filter first opens. */
export interface ChoiceSources {
  facets(): Promise<HouseholdFacets>;
  categories(): Promise<BeneficiaryCategoryRow[]>;
}

const choices = (load: () => Promise<Choice[]>): Partial<ColDef<HouseholdRow>> => ({
  filter: ChoiceFilter,
  floatingFilter: true,
  filterParams: { choices: load } satisfies ChoiceFilterParams,
});

/** The status shown: 监测对象 with its category. */
export function statusText(t: TFunction, row: Pick<HouseholdRow, 'povertyStatus' | 'monitoringCategory'>): string {
  if (!row.povertyStatus) return '';
  const status = t(`households.status.${row.povertyStatus}`);
  return row.monitoringCategory ? `${status}·${t(`households.monitoring.${row.monitoringCategory}`)}` : status;
}

export function householdColumns(t: TFunction, sources: ChoiceSources): ColDef<HouseholdRow>[] {
  const f = (key: string) => t(`households.field.${key}`);
  const coded = (list: readonly string[], prefix: string) =>
    choices(async () => list.map((value) => ({ value, label: t(`households.${prefix}.${value}`) })));
  return [
    { colId: 'number', field: 'number', headerName: f('number'), width: 128, cellClass: 'mono', sortable: true },
    {
      colId: 'headName',
      headerName: f('headName'),
      width: 84,
      cellClass: 'cell-strong',
      sortable: true,
      valueGetter: ({ data }) =>
        data && (data.voided ? `${data.headName}（${t('households.voided')}）` : data.headName),
    },
    { field: 'headIdNumber', headerName: f('headIdNumber'), width: 176, cellClass: 'mono' },
    { field: 'size', headerName: f('size'), width: 52, type: 'rightAligned' },
    {
      colId: 'attribute',
      headerName: f('attribute'),
      width: 96,
      sortable: true,
      valueGetter: ({ data }) => data && t(`households.attribute.${data.attribute}`),
      ...coded(HOUSEHOLD_ATTRIBUTES, 'attribute'),
    },
    {
      colId: 'township',
      field: 'township',
      headerName: f('township'),
      width: 88,
      sortable: true,
      ...choices(async () => (await sources.facets()).townships.map((v) => ({ value: v, label: v }))),
    },
    {
      colId: 'village',
      field: 'village',
      headerName: f('village'),
      width: 88,
      ...choices(async () =>
        [...new Set((await sources.facets()).villages.map((v) => v.village))].map((v) => ({ value: v, label: v })),
      ),
    },
    { field: 'villageGroup', headerName: f('villageGroup'), width: 52 },
    {
      colId: 'povertyStatus',
      headerName: f('povertyStatus'),
      width: 124,
      valueGetter: ({ data }) => data && statusText(t, data),
      ...coded(POVERTY_STATUSES, 'status'),
    },
    {
      colId: 'mainCause',
      headerName: f('mainCause'),
      width: 96,
      valueGetter: ({ data }) => data?.mainCause && t(`households.cause.${data.mainCause}`),
      ...coded(POVERTY_CAUSES, 'cause'),
    },
    {
      colId: 'categories',
      headerName: f('categories'),
      width: 110,
      valueGetter: ({ data }) => data?.categories.join('、'),
      ...choices(async () => (await sources.categories()).map((c) => ({ value: c.id, label: c.name }))),
    },
    {
      colId: 'phone',
      headerName: f('phone'),
      width: 118,
      cellClass: 'mono',
      valueGetter: ({ data }) => data && (data.phone ?? data.headMobile),
    },
  ];
}

/** The filter row's choice lists as the query's filters (blank cells are not offered). */
export function choiceFiltersOf(model: FilterModel): Partial<HouseholdQuery> {
  const ticked = (colId: string) =>
    ((model[colId] as ChoiceModel | undefined)?.values ?? []).filter((v): v is string => v !== null);
  const query: Record<string, string[]> = {};
  const keys = {
    attribute: 'attribute',
    township: 'township',
    village: 'village',
    povertyStatus: 'povertyStatus',
    mainCause: 'mainCause',
    categories: 'categoryId',
  } as const;
  for (const [colId, key] of Object.entries(keys)) {
    const values = ticked(colId);
    if (values.length) query[key] = values;
  }
  return query as Partial<HouseholdQuery>;
}
