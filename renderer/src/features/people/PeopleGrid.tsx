// The people grid: AG Grid Community, infinite row model over people.list, editable like a spreadsheet
// (type, Tab/Enter to move, Esc to cancel), an entry row pinned on top for new people, and paste.
import type { GetRowIdParams, GridApi, GridReadyEvent, RowClassParams, SortChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { PeopleQuery, PersonRow } from '@core/people/contract';
import { GridDateInput } from '@renderer/ui/grid/GridDateInput';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText, gridLocale } from '../../i18n';
import { useToast } from '../../ui';
import { rangeStyle } from '../../ui/grid/cellRange';
import { attachImeEntry } from '../../ui/grid/imeStartsEdit';
import { StatusBar } from '../../ui/grid/StatusBar';
import { gridTheme } from '../../ui/gridTheme';
import { peopleColumns } from './columns';
import { customTypesOf } from './customColumns';
import { BLOCK_SIZE, peopleDatasource } from './datasource';
import { useEntryRow } from './entryRow';
import { isNewRow, type PeopleGridContext } from './gridContext';
import { usePeopleGridKeyboard } from './gridKeyboard';
import { handleGridPaste, MAX_PASTE_ROWS } from './gridPaste';
import type { PastePlan } from './paste';
import { sortOf, type PeopleFilters } from './query';
import { rememberRevealedId, withRevealedIds } from './revealedIds';
import { useWarningPrompt } from './WarningPrompt';

export interface PeopleGridProps {
  filters: PeopleFilters;
  canEdit: boolean;
  canReveal: boolean;
  ownOfficeCode: string;
  /** In the city: office names by code, for the office column (null: no office column). */
  offices: Record<string, string> | null;
  onReady(api: GridApi<PersonRow>): void;
  onTotal(total: number): void;
  onSort(sort: NonNullable<PeopleQuery['sort']>): void;
  onEdit(row: PersonRow): void;
  onVoid(row: PersonRow): void;
  onPasteBlock(plan: PastePlan, firstColumn: string): void;
  /** Something was added (the page refreshes the township lists). */
  onAdded(): void;
  /** The custom fields of the office shown: those shown in the grid become columns. */
  customFields: readonly CustomFieldRow[];
}

/** The date filters' box takes dates as the forms do. */
const GRID_COMPONENTS = { agDateInput: GridDateInput };

export function PeopleGrid(props: PeopleGridProps) {
  const {
    filters,
    canEdit,
    canReveal,
    ownOfficeCode,
    offices,
    onTotal,
    onSort,
    onEdit,
    onVoid,
    onAdded,
    onReady,
    onPasteBlock,
    customFields,
  } = props;
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const warnings = useWarningPrompt();
  const apiRef = useRef<GridApi<PersonRow> | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const userId = useSession().user.id;
  const grid = useCallback(() => apiRef.current, []);
  const entry = useEntryRow(grid, warnings.ask, onAdded);
  useEffect(() => (wrapRef.current ? attachImeEntry(wrapRef.current, grid) : undefined), [grid]);

  // A new datasource only when the filters change (the grid reloads); it reports through the latest callbacks.
  const latest = useRef({ onTotal, t, toast, userId });
  useLayoutEffect(() => {
    latest.current = { onTotal, t, toast, userId };
  });
  const datasource = useMemo(
    () =>
      peopleDatasource(
        filters,
        {
          onTotal: (total) => latest.current.onTotal(total),
          onError: (error) => latest.current.toast.show(errorText(latest.current.t, error), 'error'),
          shown: (rows) => withRevealedIds(latest.current.userId, rows),
        },
        customTypesOf(customFields),
      ),
    [filters, customFields],
  );
  // t is a new function when the language changes (and the grid is keyed by the language), so the headers follow it.
  const columnDefs = useMemo(
    () =>
      peopleColumns(t, filters.includeVoided, offices, canReveal, { fields: customFields, language: i18n.language }),
    [t, filters.includeVoided, offices, canReveal, customFields, i18n.language],
  );

  // A new set of custom columns builds the grid again: AG Grid keeps its column order (maintainColumnOrder) and
  // would put added columns last rather than where the page defines them.
  const gridKey = `${i18n.language}:${customFields
    .filter((f) => f.inGrid)
    .map((f) => f.key)
    .join(',')}`;
  const { issues: newRowIssues, saveNew, clearNew } = entry;
  const context = useMemo<PeopleGridContext>(
    () => ({
      canEdit,
      canReveal,
      ownOfficeCode,
      newRowIssues,
      saveNew: () => void saveNew(),
      clearNew,
      edit: onEdit,
      void: onVoid,
      reveal: (node) => {
        const row = node.data;
        if (!row) return;
        call('people.revealId', { id: row.id })
          .then(({ idNumber }) => {
            rememberRevealedId(userId, row.id, idNumber);
            node.setData({ ...row, idNumber, idMasked: false });
          })
          .catch((error: unknown) => toast.show(errorText(t, error), 'error'));
      },
    }),
    [canEdit, canReveal, ownOfficeCode, newRowIssues, saveNew, clearNew, onEdit, onVoid, toast, t, userId],
  );

  useEffect(() => {
    apiRef.current?.refreshCells({ force: true, columns: ['actions', 'idNumber'] });
  }, [context]);
  const keyboard = usePeopleGridKeyboard(grid, entry, warnings.ask, context);
  const { attachRange } = keyboard;
  useEffect(() => (wrapRef.current ? attachRange(wrapRef.current) : undefined), [attachRange]);
  const rangeCss = useMemo(() => rangeStyle('.people-grid', keyboard.range), [keyboard.range]);

  const onGridReady = (event: GridReadyEvent<PersonRow>) => {
    apiRef.current = event.api;
    onReady(event.api);
  };

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || !canEdit) return;
    const listener = (event: ClipboardEvent) => {
      if (!apiRef.current) return;
      handleGridPaste(event, apiRef.current, {
        onReadOnly: () => toast.show(t('people.paste.cellReadOnly'), 'info'),
        onTooMany: () => toast.show(t('people.paste.tooMany', { max: MAX_PASTE_ROWS }), 'error'),
        onBlock: onPasteBlock,
      });
    };
    wrap.addEventListener('paste', listener);
    return () => wrap.removeEventListener('paste', listener);
  }, [canEdit, onPasteBlock, t, toast]);

  return (
    <div className="people-grid" ref={wrapRef}>
      <AgGridReact<PersonRow>
        key={gridKey}
        theme={gridTheme}
        components={GRID_COMPONENTS}
        localeText={gridLocale()}
        suppressNoRowsOverlay
        columnDefs={columnDefs}
        defaultColDef={{ resizable: true, suppressHeaderMenuButton: true, suppressKeyboardEvent: keyboard.keys }}
        context={context}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={50}
        infiniteInitialRowCount={1}
        maxConcurrentDatasourceRequests={2}
        getRowId={(params: GetRowIdParams<PersonRow>) => params.data.id}
        pinnedTopRowData={canEdit ? entry.pinnedRows : undefined}
        rowClassRules={{
          'row-voided': (params: RowClassParams<PersonRow>) => Boolean(params.data?.voided),
          'row-new': (params: RowClassParams<PersonRow>) => isNewRow(params.node),
        }}
        maintainColumnOrder
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={300}
        onGridReady={onGridReady}
        onCellValueChanged={keyboard.onCellValueChanged}
        onCellFocused={keyboard.onCellFocused}
        tabToNextCell={entry.tabToNextCell}
        onCellContextMenu={keyboard.onCellContextMenu}
        preventDefaultOnContextMenu
        containerStyle={{ flex: 1, minHeight: 0 }}
        onSortChanged={(event: SortChangedEvent<PersonRow>) => onSort(sortOf(sortModelOf(event.api)))}
      />
      <StatusBar api={apiRef.current} range={keyboard.range} hint={canEdit ? t('grid.hint') : undefined} />
      <style>{rangeCss}</style>
      {keyboard.menu}
      {warnings.prompt}
    </div>
  );
}

function sortModelOf(api: GridApi<PersonRow>) {
  return api
    .getColumnState()
    .filter((state) => state.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((state) => ({ colId: state.colId, sort: state.sort! }));
}
