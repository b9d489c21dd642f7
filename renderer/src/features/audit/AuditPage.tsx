// 操作日志: the audit log for administrators, newest first, a page of 100 at a time under filters, and the same
// view exported as .xlsx. Operations and tables are shown by their Chinese labels, times in local time.
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPage as AuditRows, AuditRow } from '@core/audit/methods';
import { call } from '../../api/client';
import { errorText, formatDateTime, gridLocale } from '../../i18n';
import { Alert, Button, PageHeader, useToast } from '../../ui';
import { downloadBase64 } from '../../ui/files';
import { SkipToGrid } from '../../ui/grid/SkipToGrid';
import { useGridSelection } from '../../ui/grid/useGridSelection';
import { useGridLayout } from '../../ui/gridColumns/useGridLayout';
import { gridTheme } from '../../ui/gridTheme';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import './audit.css';

const PAGE_SIZE = 100;
const utcOffsetMinutes = () => -new Date().getTimezoneOffset();

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditRows | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const layout = useGridLayout<AuditRow>('grid:audit');
  const selection = useGridSelection<AuditRow>();

  const load = useCallback(async () => {
    setError(null);
    try {
      setPage(await call('audit.list', { ...filter, utcOffsetMinutes: utcOffsetMinutes(), offset, limit: PAGE_SIZE }));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }, [filter, offset, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const exportNow = async () => {
    setExporting(true);
    try {
      const file = await call('audit.export', { ...filter, utcOffsetMinutes: utcOffsetMinutes() });
      downloadBase64(file.fileName, file.contentBase64);
      toast.show(t('audit.exported', { rows: file.rows, fileName: file.fileName }));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setExporting(false);
    }
  };

  const columns = useMemo<ColDef<AuditRow>[]>(
    () => [
      { headerName: t('audit.at'), field: 'at', width: 150, valueFormatter: (p) => formatDateTime(p.value as string) },
      { headerName: t('audit.user'), field: 'username', width: 120 },
      { headerName: t('audit.method'), field: 'methodLabel', width: 160, tooltipField: 'method' },
      { headerName: t('audit.table'), field: 'tableLabel', width: 110 },
      { headerName: t('audit.recordId'), field: 'recordId', width: 150, tooltipField: 'recordId' },
      { headerName: t('audit.before'), field: 'before', flex: 1, minWidth: 160, tooltipField: 'before' },
      { headerName: t('audit.after'), field: 'after', flex: 1, minWidth: 200, tooltipField: 'after' },
    ],
    [t],
  );

  const total = page?.total ?? 0;
  return (
    <div className="page audit-page">
      <PageHeader title={t('audit.title')}>
        <SkipToGrid api={selection.api} />
      </PageHeader>
      <AuditFilters
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      {error && <Alert>{error}</Alert>}
      <div className="toolbar">
        <span>
          {t('audit.range', { from: total ? offset + 1 : 0, to: Math.min(offset + PAGE_SIZE, total), total })}
        </span>
        <Button onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} disabled={offset === 0}>
          {t('audit.previous')}
        </Button>
        <Button onClick={() => setOffset(offset + PAGE_SIZE)} disabled={offset + PAGE_SIZE >= total}>
          {t('audit.next')}
        </Button>
        <span className="toolbar-spacer" />
        {layout.menu}
        <Button onClick={() => void exportNow()} busy={exporting} disabled={!total}>
          {t('audit.export')}
        </Button>
      </div>
      <div className="grid-area audit-grid" {...selection.wrapProps}>
        <AgGridReact<AuditRow>
          key={i18n.language}
          theme={gridTheme}
          localeText={gridLocale()}
          columnDefs={columns}
          defaultColDef={{
            resizable: true,
            sortable: false,
            suppressHeaderMenuButton: true,
            cellDataType: false,
            suppressKeyboardEvent: selection.suppressKeyboardEvent,
          }}
          rowData={page?.rows}
          loading={page === null}
          getRowId={(p) => String(p.data.seq)}
          tooltipShowDelay={300}
          {...selection.gridProps}
          onGridReady={(event) => {
            selection.gridProps.onGridReady(event);
            layout.onGridReady(event);
          }}
        />
      </div>
      {selection.footer}
    </div>
  );
}
