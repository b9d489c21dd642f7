// A read-only register grid over one paged list method, with AG Grid's infinite row model: blocks of 100 rows read
// as the user scrolls, filtered and sorted in SQL. A new `load` (its query changed) starts again from the top.
// Enter or a double click opens a row; the sort the user clicks is handed to `onSort` for the next query, and the
// filters typed under the headers (columns with a floating filter) to `onFilter`.
import type {
  ColDef,
  FilterModel,
  GridApi,
  IDatasource,
  RowDoubleClickedEvent,
  SortChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, gridLocale } from '../../i18n';
import { gridTheme } from '../gridTheme';
import { useToast } from '../Toasts';
import { GridDateInput } from './GridDateInput';

const BLOCK_SIZE = 100;
/** A date filter's box takes dates as the forms do. */
const GRID_COMPONENTS = { agDateInput: GridDateInput };

export interface GridSort {
  colId: string;
  direction: 'asc' | 'desc';
}

interface Props<Row extends { id: string }> {
  /** Reads rows from `offset`; a new function (a new query) reloads the grid. */
  load(offset: number, limit: number): Promise<{ rows: Row[]; total: number }>;
  columns: ColDef<Row>[];
  className: string;
  onTotal?(total: number): void;
  onOpen?(row: Row): void;
  onReady?(api: GridApi<Row>): void;
  onSort?(sort: GridSort[]): void;
  onFilter?(model: FilterModel): void;
  /** An empty register says what to do (a sentence, never a bare grid). */
  emptyText?: string;
}

export function InfiniteGrid<Row extends { id: string }>(props: Props<Row>) {
  const { load, columns, className, onOpen, onReady, onSort, onFilter, emptyText } = props;
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const latest = useRef({ onTotal: props.onTotal, t, toast });
  useLayoutEffect(() => {
    latest.current = { onTotal: props.onTotal, t, toast };
  });
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows(params) {
        const limit = Math.max(1, params.endRow - params.startRow);
        load(params.startRow, limit)
          .then((page) => {
            latest.current.onTotal?.(page.total);
            params.successCallback(page.rows, page.total);
          })
          .catch((error: unknown) => {
            params.failCallback();
            latest.current.toast.show(errorText(latest.current.t, error), 'error');
          });
      },
    }),
    [load],
  );
  return (
    <div className={className}>
      <AgGridReact<Row>
        key={i18n.language}
        theme={gridTheme}
        components={GRID_COMPONENTS}
        localeText={{ ...gridLocale(), ...(emptyText ? { noRowsToShow: emptyText } : {}) }}
        columnDefs={columns}
        defaultColDef={{ resizable: true, sortable: false, suppressHeaderMenuButton: true }}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        getRowId={(p) => p.data.id}
        onGridReady={(event) => onReady?.(event.api)}
        onSortChanged={(event: SortChangedEvent<Row>) =>
          onSort?.(
            event.api
              .getColumnState()
              .filter((c) => c.sort)
              .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
              .map((c) => ({ colId: c.colId, direction: c.sort! })),
          )
        }
        onFilterChanged={(event) => onFilter?.(event.api.getFilterModel())}
        onRowDoubleClicked={(event: RowDoubleClickedEvent<Row>) => event.data && onOpen?.(event.data)}
        onCellKeyDown={(event) => {
          const key = (event.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && event.data) onOpen?.(event.data);
        }}
      />
    </div>
  );
}
