// The columns of the document list: number, type, status badge, dates (业务日期 and 录入时间), where
// from or to, totals, and who approved and posted.
import type { ColDef } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DocumentRow } from '@core/stock/contract';
import { dateCol, dateTimeCol, quantityCol, textCol, yuanCol } from '../grid/columns';

export function statusOf(row: DocumentRow): string {
  return row.voided ? 'voided' : row.reversedByDocumentId ? 'reversed' : row.status;
}

function StatusCell({ data }: CustomCellRendererProps<DocumentRow>) {
  const { t } = useTranslation();
  if (!data) return null;
  const status = statusOf(data);
  return <span className={`badge badge-${status}`}>{t(`stock.status.${status}`)}</span>;
}

/** From whom (receipt) or to whom (issue, transfer), in words. */
export function counterpartyOf(t: TFunction, row: DocumentRow): string {
  if (row.type === 'receipt') {
    const source = row.sourceKind ? t(`stock.source.${row.sourceKind}`) : '';
    const who = row.donorName ?? row.allocationFrom ?? row.supplier;
    return [source, who].filter(Boolean).join('：');
  }
  if (row.type === 'issue') {
    const kind = row.destinationKind ? t(`stock.destination.${row.destinationKind}`) : '';
    const who = row.householdName ?? row.eventName ?? row.destinationOffice ?? row.internalUse;
    return [kind, who].filter(Boolean).join('：');
  }
  if (row.type === 'transfer') return row.toWarehouseName ? `→ ${row.toWarehouseName}` : '';
  if (row.type === 'reversal') return row.reversesNumber ?? '';
  return '';
}

export function documentColumns(t: TFunction): ColDef<DocumentRow>[] {
  return [
    textCol(t, 'number', 150, { cellClass: 'cell-strong mono' }),
    textCol(t, 'type', 84, { valueFormatter: (p) => t(`stock.docType.${String(p.value)}`) }),
    {
      colId: 'status',
      headerName: t('stock.field.status'),
      width: 90,
      valueGetter: (p) => (p.data ? t(`stock.status.${statusOf(p.data)}`) : ''),
      cellRenderer: StatusCell,
    },
    dateCol(t, 'documentDate', 104, { sort: 'desc' }),
    dateTimeCol(t, 'enteredAt', 146),
    textCol(t, 'warehouseName', 120),
    {
      colId: 'counterparty',
      headerName: t('stock.field.counterparty'),
      width: 220,
      valueGetter: (p) => (p.data ? counterpartyOf(t, p.data) : ''),
    },
    quantityCol(t, 'lineCount', 64),
    quantityCol(t, 'totalQuantity', 84),
    yuanCol(t, 'totalValue', 110),
    textCol(t, 'approvedByName', 84),
    textCol(t, 'postedByName', 84),
    textCol(t, 'notes', 160),
  ];
}
