// The register grid over training.certificates.list with AG Grid's infinite row model: blocks of 100 rows read
// as the user scrolls, filtered in SQL. Enter or a double click opens the certificate.
import type { GridApi, IDatasource, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateQuery, CertificateRow } from '@core/training/register/contract';
import { errorText, gridLocale } from '../../../i18n';
import { useToast } from '../../../ui';
import { gridTheme } from '../../../ui/gridTheme';
import { certificateCall } from './api';
import { certificateColumns } from './columns';

const BLOCK_SIZE = 100;

export function CertificateGrid({
  query,
  onTotal,
  onOpen,
  onReady,
}: {
  query: CertificateQuery;
  onTotal(total: number): void;
  onOpen(row: CertificateRow): void;
  onReady?(api: GridApi<CertificateRow>): void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const latest = useRef({ onTotal, t, toast });
  useLayoutEffect(() => {
    latest.current = { onTotal, t, toast };
  });
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params) {
        const limit = Math.max(1, params.endRow - params.startRow);
        certificateCall('training.certificates.list', { ...query, offset: params.startRow, limit })
          .then((page) => {
            latest.current.onTotal(page.total);
            params.successCallback(page.rows, page.total);
          })
          .catch((error: unknown) => {
            params.failCallback();
            latest.current.toast.show(errorText(latest.current.t, error), 'error');
          });
      },
    }),
    [query],
  );
  const columnDefs = useMemo(() => certificateColumns(t), [t]);
  return (
    <div className="cert-grid">
      <AgGridReact<CertificateRow>
        key={i18n.language}
        theme={gridTheme}
        localeText={gridLocale()}
        columnDefs={columnDefs}
        defaultColDef={{ resizable: true, sortable: false, suppressHeaderMenuButton: true }}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        getRowId={(p) => p.data.id}
        onGridReady={(event) => onReady?.(event.api)}
        onRowDoubleClicked={(event: RowDoubleClickedEvent<CertificateRow>) => event.data && onOpen(event.data)}
        onCellKeyDown={(event) => {
          const key = (event.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && event.data) onOpen(event.data);
        }}
      />
    </div>
  );
}
