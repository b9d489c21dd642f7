// The members grid's columns: name, role, mobile, the certificate badge and its expiry, volunteer number, masked ID
// number, joined (and left) dates. Role, name, joined date and the certificate state sort on the server.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { MemberSortColumn, TeamMemberRow } from '@core/rescue/contract';
import { ReadinessBadge } from '../ReadinessBadge';

export const MEMBER_SORTABLE: readonly MemberSortColumn[] = ['role', 'name', 'joinedDate', 'readiness'];

export function memberColumns(t: TFunction): ColDef<TeamMemberRow>[] {
  const c = (key: string) => t(`rescueTeam.col.${key}`);
  return [
    {
      colId: 'name',
      field: 'name',
      headerName: c('name'),
      width: 90,
      sortable: true,
      cellClass: ({ data }) => (data?.leftDate ? 'rescue-left' : 'cell-strong'),
    },
    { colId: 'role', field: 'role', headerName: c('role'), width: 80, sortable: true },
    { colId: 'mobile', field: 'mobile', headerName: c('mobile'), width: 120, cellClass: 'mono' },
    {
      colId: 'readiness',
      headerName: c('certificate'),
      width: 100,
      sortable: true,
      cellRenderer: ({ data }: { data?: TeamMemberRow }) =>
        data && <ReadinessBadge readiness={data.readiness} title={data.certificateNumber ?? undefined} />,
    },
    { colId: 'expiry', field: 'certificateExpiry', headerName: c('expiry'), width: 116 },
    {
      colId: 'volunteerNumber',
      field: 'volunteerNumber',
      headerName: c('volunteerNumber'),
      width: 140,
      cellClass: 'mono',
    },
    { colId: 'idNumber', field: 'idNumber', headerName: c('idNumber'), width: 168, cellClass: 'mono' },
    { colId: 'joinedDate', field: 'joinedDate', headerName: c('joinedDate'), width: 104, sortable: true },
    {
      colId: 'leftDate',
      headerName: c('leftDate'),
      width: 104,
      valueGetter: ({ data }) => data?.leftDate ?? '',
      tooltipValueGetter: ({ data }) => data?.leaveReason ?? undefined,
    },
  ];
}
