// The roster grid's columns: number, name, masked ID number, gender/age, township, teams, skills, status, hours this
// year and all time (approved), stars. Number, name, township and status sort in SQL.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { VolunteerRow, VolunteerSortColumn } from '@core/volunteers/roster/contract';
import { ageOn } from '@rules/volunteers';
import { today } from '../../stock/useRefs';
import { hoursText, starsText } from '../hoursText';

export const SORTABLE: readonly VolunteerSortColumn[] = ['number', 'name', 'township', 'status', 'registrationDate'];

export function volunteerColumns(t: TFunction): ColDef<VolunteerRow>[] {
  const field = (key: string) => t(`volunteers.field.${key}`);
  const sortable = (id: VolunteerSortColumn) => SORTABLE.includes(id);
  return [
    {
      colId: 'number',
      field: 'number',
      headerName: field('number'),
      width: 140,
      cellClass: 'mono',
      sortable: sortable('number'),
    },
    { colId: 'name', field: 'name', headerName: field('name'), width: 80, cellClass: 'cell-strong', sortable: true },
    { field: 'idNumber', headerName: field('idNumber'), width: 168, cellClass: 'mono' },
    {
      colId: 'genderAge',
      headerName: field('genderAge'),
      width: 84,
      valueGetter: ({ data }) =>
        data &&
        [
          data.gender ? t(`volunteers.gender.${data.gender}`) : '',
          data.birthDate ? t('volunteers.age', { age: ageOn(data.birthDate, today()) }) : '',
        ]
          .filter(Boolean)
          .join(' / '),
    },
    { colId: 'township', field: 'township', headerName: field('township'), width: 96, sortable: true },
    {
      colId: 'teams',
      headerName: field('teams'),
      width: 130,
      valueGetter: ({ data }) => data?.teams.map((g) => g.name).join('、'),
    },
    {
      colId: 'skills',
      headerName: field('skills'),
      width: 130,
      valueGetter: ({ data }) => data?.skills.map((g) => g.name).join('、'),
    },
    {
      colId: 'status',
      field: 'status',
      headerName: field('status'),
      width: 64,
      sortable: true,
      cellRenderer: ({ data }: { data?: VolunteerRow }) =>
        data && (
          <span className={`vol-status vol-status-${data.status}`} title={data.statusReason ?? undefined}>
            {t(`volunteers.status.${data.status}`)}
          </span>
        ),
    },
    {
      colId: 'hoursThisYear',
      headerName: field('hoursThisYear'),
      width: 84,
      type: 'numericColumn',
      valueGetter: ({ data }) => data && hoursText(data.approvedHalfHoursThisYear),
    },
    {
      colId: 'hoursAll',
      headerName: field('hoursAll'),
      width: 84,
      type: 'numericColumn',
      valueGetter: ({ data }) => data && hoursText(data.approvedHalfHours),
    },
    {
      colId: 'star',
      headerName: field('star'),
      width: 84,
      cellClass: 'vol-stars',
      valueGetter: ({ data }) => data && starsText(data.star),
    },
    {
      colId: 'registrationDate',
      field: 'registrationDate',
      headerName: field('registrationDate'),
      width: 104,
      sortable: true,
    },
  ];
}
