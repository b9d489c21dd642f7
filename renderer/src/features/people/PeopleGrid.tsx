// The people grid: AG Grid Community, infinite row model over people.list, editable like a spreadsheet
// (type, Tab/Enter to move, Esc to cancel), an entry row pinned on top for new people, and paste.
import type {
  CellValueChangedEvent, GetRowIdParams, GridApi, GridReadyEvent, RowClassParams, SortChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleQuery, PersonField, PersonRow } from '../../../../electron/api/people';
import { call } from '../../api/client';
import { errorText, gridLocale } from '../../i18n';
import { useToast } from '../../ui';
import { gridTheme } from '../../ui/gridTheme';
import { useGridKeys } from '../../ui/grid/gridKeys';
import { attachImeEntry } from '../../ui/grid/imeStartsEdit';
import { peopleColumns } from './columns';
import { BLOCK_SIZE, peopleDatasource } from './datasource';
import { useEntryRow } from './entryRow';
import { isNewRow, type PeopleGridContext } from './gridContext';
import { handleGridPaste, MAX_PASTE_ROWS } from './gridPaste';
import { saveErrorText } from './issues';
import type { PastePlan } from './paste';
import { sortOf, type PeopleFilters } from './query';
import { updateField } from './saving';
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
}

export function PeopleGrid(props: PeopleGridProps) {
  const { filters, canEdit, canReveal, ownOfficeCode, offices, onTotal, onSort, onEdit, onVoid, onAdded, onReady, onPasteBlock } = props;
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const warnings = useWarningPrompt();
  const apiRef = useRef<GridApi<PersonRow> | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const grid = useCallback(() => apiRef.current, []);
  const entry = useEntryRow(grid, warnings.ask, onAdded);
  const gridKeys = useGridKeys([entry.enterKey]);
  useEffect(() => (wrapRef.current ? attachImeEntry(wrapRef.current, grid) : undefined), [grid]);

  const datasource = useMemo(
    () => peopleDatasource(filters, { onTotal, onError: (error) => toast.show(errorText(t, error), 'error') }),
    // Deliberately partial dependencies: a new datasource only when the filters change
    [filters],
  );
  const columnDefs = useMemo(() => peopleColumns(t, filters.includeVoided, offices, canReveal), [t, i18n.language, filters.includeVoided, offices, canReveal]);

  const context = useMemo<PeopleGridContext>(() => ({
    canEdit, canReveal, ownOfficeCode, newRowIssues: entry.issues,
    saveNew: () => void entry.saveNew(),
    clearNew: entry.clearNew,
    edit: onEdit,
    void: onVoid,
    reveal: (node) => {
      const row = node.data;
      if (!row) return;
      call('people.revealId', { id: row.id })
        .then(({ idNumber }) => node.setData({ ...row, idNumber, idMasked: false }))
        .catch((error: unknown) => toast.show(errorText(t, error), 'error'));
    },
  }), [canEdit, canReveal, ownOfficeCode, entry.issues, entry.saveNew, entry.clearNew, onEdit, onVoid, toast, t]);

  useEffect(() => {
    apiRef.current?.refreshCells({ force: true, columns: ['actions', 'idNumber'] });
  }, [context]);

  const onCellValueChanged = (event: CellValueChangedEvent<PersonRow>) => {
    const field = event.colDef.field as PersonField;
    if (isNewRow(event.node)) { entry.fixed(field); return; }
    if (event.newValue === event.oldValue) return;
    const node = event.node;
    const revert = () => node.data && node.setData({ ...node.data, [field]: event.oldValue });
    updateField(() => node.data!, field, String(event.newValue ?? ''), warnings.ask)
      .then((saved) => {
        if (!saved) { revert(); return; }
        node.setData(saved.person);
      })
      .catch((error: unknown) => {
        revert();
        toast.show(t('people.saveFailed', { message: saveErrorText(t, error) }), 'error');
      });
  };

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
        key={i18n.language}
        theme={gridTheme}
        localeText={gridLocale()}
        columnDefs={columnDefs}
        defaultColDef={{ resizable: true, suppressHeaderMenuButton: true, suppressKeyboardEvent: gridKeys }}
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
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={300}
        onGridReady={onGridReady}
        onCellValueChanged={onCellValueChanged}
        onCellFocused={entry.onCellFocused}
        onSortChanged={(event: SortChangedEvent<PersonRow>) => onSort(sortOf(sortModelOf(event.api)))}
      />
      {warnings.prompt}
    </div>
  );
}

function sortModelOf(api: GridApi<PersonRow>) {
  return api.getColumnState()
    .filter((state) => state.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((state) => ({ colId: state.colId, sort: state.sort! }));
}
