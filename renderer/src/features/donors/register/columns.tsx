// The register grid's columns: name, masked ID number, gender, township, kind, registration date and place, the
// stem-cell matching step, donations and the last one, blood in millilitres. Name, kind, dates, donations and
// township sort in SQL.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { DONOR_SORT_COLUMNS, type DonorRegistrationRow, type DonorSortColumn } from '@core/donors/contract';

/** Every sort the register knows but the time of the last change, which has no column. */
export const SORTABLE: readonly DonorSortColumn[] = DONOR_SORT_COLUMNS.filter((column) => column !== 'updatedAt');

export function donorColumns(t: TFunction): ColDef<DonorRegistrationRow>[] {
  const field = (key: string) => t(`donors.field.${key}`);
  return [
    { colId: 'name', field: 'name', headerName: field('name'), width: 90, cellClass: 'cell-strong', sortable: true },
    { field: 'idNumber', headerName: field('idNumber'), width: 168, cellClass: 'mono' },
    {
      colId: 'gender',
      headerName: field('gender'),
      width: 56,
      valueGetter: ({ data }) => (data?.gender ? t(`donors.gender.${data.gender}`) : ''),
    },
    { colId: 'township', field: 'township', headerName: field('township'), width: 100, sortable: true },
    {
      colId: 'kind',
      headerName: field('kind'),
      width: 100,
      sortable: true,
      valueGetter: ({ data }) => data && t(`donors.kind.${data.kind}`),
    },
    {
      colId: 'registrationDate',
      field: 'registrationDate',
      headerName: field('registrationDate'),
      width: 104,
      sortable: true,
    },
    { field: 'place', headerName: field('place'), width: 130 },
    {
      colId: 'stage',
      headerName: field('stage'),
      width: 84,
      valueGetter: ({ data }) => (data?.stage ? t(`donors.stage.${data.stage}`) : ''),
    },
    {
      colId: 'donations',
      field: 'donations',
      headerName: field('donations'),
      width: 84,
      type: 'numericColumn',
      sortable: true,
    },
    {
      colId: 'lastDonationDate',
      field: 'lastDonationDate',
      headerName: field('lastDonationDate'),
      width: 104,
      sortable: true,
    },
    {
      colId: 'bloodMl',
      headerName: field('bloodMl'),
      width: 96,
      type: 'numericColumn',
      valueGetter: ({ data }) => (data && data.kind === 'blood' ? t('donors.ml', { ml: data.bloodMl }) : ''),
    },
  ];
}
