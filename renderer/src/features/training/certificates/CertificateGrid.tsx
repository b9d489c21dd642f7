// The register grid over training.certificates.list (the shared infinite grid): blocks of 100 rows read as the
// user scrolls, filtered in SQL. Enter or a double click opens the certificate.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateQuery, CertificateRow } from '@core/training/register/contract';
import { InfiniteGrid } from '../../../ui/grid/InfiniteGrid';
import { certificateCall } from './api';
import { certificateColumns } from './columns';

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
  const { t } = useTranslation();
  const load = useCallback(
    (offset: number, limit: number) => certificateCall('training.certificates.list', { ...query, offset, limit }),
    [query],
  );
  const columns = useMemo(() => certificateColumns(t), [t]);
  return (
    <InfiniteGrid
      className="cert-grid"
      load={load}
      columns={columns}
      onTotal={onTotal}
      onOpen={onOpen}
      onReady={onReady}
    />
  );
}
