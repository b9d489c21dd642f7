// The call lists' columns: who (name, card, kind, class or unit), the phone to call, when they joined and the last
// year they paid.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { MemberRow } from '@core/members/roster/contract';

export function callColumns(t: TFunction): ColDef<MemberRow>[] {
  const f = (key: string) => t(`members.field.${key}`);
  return [
    { field: 'name', headerName: f('name'), width: 150, cellClass: 'cell-strong' },
    { field: 'cardNumber', headerName: f('cardNumber'), width: 140, cellClass: 'mono' },
    {
      colId: 'kind',
      headerName: f('kind'),
      width: 96,
      valueGetter: ({ data }) => data && t(`members.kind.${data.kind}`),
    },
    {
      colId: 'phone',
      headerName: f('phone'),
      width: 130,
      cellClass: 'mono',
      valueGetter: ({ data }) => data && (data.mobile ?? data.contactPhone),
    },
    {
      colId: 'where',
      headerName: t('memberDues.col.where'),
      width: 180,
      valueGetter: ({ data }) => data && ([data.school, data.className].filter(Boolean).join(' ') || data.unitName),
    },
    { field: 'joinDate', headerName: f('joinDate'), width: 104 },
    {
      colId: 'lastPaid',
      headerName: t('memberLists.lastPaid'),
      width: 110,
      valueGetter: ({ data }) => data && (data.paidYears.at(-1) ?? t('memberLists.neverPaid')),
    },
  ];
}
