// The register grid's columns: number, holder (ID number masked by the backend for roles that may not see it),
// kind, dates, status (derived on the day) and where it was issued.
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CertificateRow } from '@core/training/register/contract';
import { formatDate } from '@renderer/i18n/format';

export function certificateColumns(t: TFunction): ColDef<CertificateRow>[] {
  const field = (key: string) => t(`certificates.field.${key}`);
  return [
    { field: 'number', headerName: field('number'), width: 190, cellClass: 'mono' },
    { field: 'name', headerName: field('name'), width: 100, cellClass: 'cell-strong' },
    {
      field: 'gender',
      headerName: field('gender'),
      width: 64,
      valueFormatter: (p) => (p.value ? t(`certificates.gender.${p.value as 'M' | 'F'}`) : ''),
    },
    { field: 'idNumber', headerName: field('idNumber'), width: 180, cellClass: 'mono' },
    { field: 'kindName', headerName: field('kind'), width: 110 },
    { field: 'issueDate', headerName: field('issueDate'), width: 108, valueFormatter: (p) => formatDate(p.value) },
    { field: 'expiryDate', headerName: field('expiryDate'), width: 108, valueFormatter: (p) => formatDate(p.value) },
    {
      field: 'status',
      headerName: field('status'),
      width: 96,
      cellRenderer: ({ data }: { data?: CertificateRow }) =>
        data && (
          <span className={`cert-status cert-status-${data.status}`}>{t(`certificates.status.${data.status}`)}</span>
        ),
    },
    { field: 'township', headerName: field('township'), width: 120 },
    { field: 'workUnit', headerName: field('workUnit'), width: 160 },
    { field: 'courseNumber', headerName: field('course'), width: 150, cellClass: 'mono' },
    { field: 'printCount', headerName: field('printCount'), width: 80, type: 'numericColumn' },
  ];
}
