// The one grid of the warehouse pages: AG Grid over rows already loaded (lists here are office-sized),
// the shared theme and locale, an empty-state line, and 导出 Excel of exactly what is shown.
import type { ColDef, GetRowIdParams, RowClassRules, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, gridLocale } from '@renderer/i18n';
import { Button, useToast } from '@renderer/ui';
import { SkipToGrid } from '@renderer/ui/grid/SkipToGrid';
import { useGridSelection } from '@renderer/ui/grid/useGridSelection';
import { layoutKey, useGridLayout } from '@renderer/ui/gridColumns/useGridLayout';
import { gridTheme } from '@renderer/ui/gridTheme';
import { exportGrid } from './exportXlsx';

export interface StockGridProps<T> {
  rows: T[] | null;
  columns: ColDef<T>[];
  /** File base name of the export: 库存_20250304.xlsx. */
  exportName: string;
  /** A title line above the exported table (period, warehouse). */
  exportTitle?: string;
  rowId(row: T): string;
  rowClassRules?: RowClassRules<T>;
  emptyText?: string;
  /** Left of the export button. */
  toolbar?: ReactNode;
  onRowDoubleClicked?(row: T): void;
  context?: unknown;
  className?: string;
}

export function StockGrid<T>(props: StockGridProps<T>) {
  const {
    rows,
    columns,
    exportName,
    exportTitle,
    rowId,
    rowClassRules,
    emptyText,
    toolbar,
    onRowDoubleClicked,
    context,
    className,
  } = props;
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const selection = useGridSelection<T>(onRowDoubleClicked);
  const [busy, setBusy] = useState(false);
  const layout = useGridLayout<T>(
    layoutKey(
      'grid:stock',
      columns.map((c) => c.colId ?? c.field),
    ),
  );

  const exportNow = async () => {
    const api = selection.api();
    if (!api) return;
    setBusy(true);
    try {
      const fileName = await exportGrid(api, exportName, exportTitle);
      toast.show(t('stock.exported', { fileName }));
    } catch (error) {
      toast.show(errorText(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`stock-grid-block ${className ?? ''}`}>
      <div className="toolbar stock-toolbar">
        <SkipToGrid api={selection.api} />
        {toolbar}
        <span className="toolbar-spacer" />
        {layout.menu}
        <Button onClick={() => void exportNow()} busy={busy} disabled={!rows?.length}>
          {t('stock.exportXlsx')}
        </Button>
      </div>
      <div className="grid-area stock-grid-area" {...selection.wrapProps}>
        <AgGridReact<T>
          key={i18n.language}
          theme={gridTheme}
          localeText={gridLocale()}
          columnDefs={columns}
          defaultColDef={{
            resizable: true,
            sortable: true,
            suppressHeaderMenuButton: true,
            cellDataType: false,
            suppressKeyboardEvent: selection.suppressKeyboardEvent,
          }}
          rowData={rows ?? undefined}
          loading={rows === null}
          context={context}
          getRowId={(params: GetRowIdParams<T>) => rowId(params.data)}
          rowClassRules={rowClassRules}
          suppressNoRowsOverlay
          tooltipShowDelay={300}
          {...selection.gridProps}
          onGridReady={(event) => {
            selection.gridProps.onGridReady(event);
            layout.onGridReady(event);
          }}
          onRowDoubleClicked={(event: RowDoubleClickedEvent<T>) => event.data && onRowDoubleClicked?.(event.data)}
        />
        {rows?.length === 0 && <div className="stock-empty">{emptyText ?? t('stock.noRows')}</div>}
      </div>
      {selection.footer}
    </div>
  );
}
