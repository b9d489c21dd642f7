// The member roster grid's columns: card number, name (a unit's name for a group), kind, masked ID number, phone,
// school and class, join date, the status shown (失效 derived from the dues), the dues of this and last year (the
// office's in-grid custom fields follow: customFields/filterColumns.ts). Name, card, kind, school, join date and
// status sort in SQL.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { MemberRow, MemberSortColumn } from '@core/members/roster/contract';
import { paysDues } from '@rules/members';
import { fenToYuan } from '../../stock/money';

export const SORTABLE: readonly MemberSortColumn[] = ['cardNumber', 'name', 'kind', 'school', 'joinDate', 'status'];

/** What a year's dues cell says: the amount paid, 未缴, or 自愿 for a youth member who did not give. */
export function duesText(t: TFunction, row: MemberRow, year: number): string {
  const paid = row.duesPaid.find((d) => d.year === year);
  if (paid) return fenToYuan(paid.amountFen);
  if (year < Number(row.joinDate.slice(0, 4))) return '';
  return paysDues(row.kind) ? t('members.unpaid') : t('members.voluntary');
}

export function memberColumns(t: TFunction, year: number): ColDef<MemberRow>[] {
  const field = (key: string, values: Record<string, unknown> = {}) => t(`members.field.${key}`, values);
  return [
    {
      colId: 'cardNumber',
      field: 'cardNumber',
      headerName: field('cardNumber'),
      width: 140,
      cellClass: 'mono',
      sortable: true,
    },
    { colId: 'name', field: 'name', headerName: field('name'), width: 136, cellClass: 'cell-strong', sortable: true },
    {
      colId: 'kind',
      headerName: field('kind'),
      width: 92,
      sortable: true,
      valueGetter: ({ data }) => data && t(`members.kind.${data.kind}`),
    },
    { field: 'idNumber', headerName: field('idNumber'), width: 168, cellClass: 'mono' },
    {
      colId: 'phone',
      headerName: field('phone'),
      width: 116,
      cellClass: 'mono',
      valueGetter: ({ data }) => data && (data.mobile ?? data.contactPhone),
    },
    {
      colId: 'school',
      headerName: field('schoolClass'),
      width: 190,
      sortable: true,
      valueGetter: ({ data }) => data && [data.school, data.className].filter(Boolean).join(' '),
    },
    { colId: 'joinDate', field: 'joinDate', headerName: field('joinDate'), width: 104, sortable: true },
    {
      colId: 'status',
      headerName: field('status'),
      width: 100,
      sortable: true,
      cellRenderer: ({ data }: { data?: MemberRow }) =>
        data && (
          <span className={`mem-status mem-status-${data.status}`} title={data.statusReason ?? undefined}>
            {t(`members.status.${data.status}`)}
            {data.status === 'active' && data.duesStanding === 'dueSoon' ? ` · ${t('members.dueSoon')}` : ''}
          </span>
        ),
    },
    ...[year, year - 1].map((y): ColDef<MemberRow> => ({
      colId: `dues${y}`,
      headerName: field('duesThisYear', { year: y }),
      width: 100,
      type: 'rightAligned',
      cellClass: ({ value }) => (value === t('members.unpaid') ? 'mem-unpaid' : undefined),
      valueGetter: ({ data }) => data && duesText(t, data, y),
    })),
  ];
}
