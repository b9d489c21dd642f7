// The people grid's columns: order, widths for 1366×768, what may be edited, sorted (in SQL) and shown.
import type { ColDef, EditableCallbackParams, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { PersonField, PersonRow } from '@core/people/contract';
import { formatDate, formatDateTime } from '../../i18n';
import { GridTextEditor } from '../../ui/grid/GridTextEditor';
import { ActionsCell, HiddenBirthDateCell, IdCell, RowNumberCell } from './cells';
import { columnFilterOf, type FilterChoices } from './columnFilterDefs';
import { customColumns } from './customColumns';
import { genderText, parseGender } from './fields';
import { isNewRow, isOtherOffice, type PeopleGridContext } from './gridContext';
import { isSortColumn } from './query';

type Col = ColDef<PersonRow>;

/** A data row or the entry row may be edited; a voided row never; a masked ID only after 显示. */
function editable(field: PersonField) {
  return (params: EditableCallbackParams<PersonRow, unknown, PeopleGridContext>) => {
    const { data, node, context } = params;
    if (!context.canEdit || !data || data.voided || isOtherOffice(data, context)) return false;
    return field !== 'idNumber' || isNewRow(node) || !data.idMasked;
  };
}

function personColumn(t: TFunction, field: PersonField, width: number, extra: Partial<Col> = {}): Col {
  return {
    colId: field,
    field,
    headerName: t(`people.field.${field}`),
    initialWidth: width,
    editable: editable(field),
    cellEditor: GridTextEditor,
    sortable: isSortColumn(field),
    cellClassRules: {
      'cell-invalid': (params) =>
        isNewRow(params.node) && Boolean((params.context as PeopleGridContext).newRowIssues[field]),
      'cell-placeholder': (params) => field === 'name' && isNewRow(params.node) && !params.value,
    },
    tooltipValueGetter: (params) =>
      isNewRow(params.node) ? (params.context as PeopleGridContext).newRowIssues[field] : undefined,
    ...extra,
  };
}

function metaColumn(t: TFunction, colId: keyof PersonRow, width: number, extra: Partial<Col> = {}): Col {
  return {
    colId,
    field: colId,
    headerName: t(`people.field.${colId}`),
    initialWidth: width,
    sortable: isSortColumn(colId),
    editable: false,
    ...extra,
  };
}

const dateTime = (params: ValueFormatterParams<PersonRow>) => formatDateTime(params.value as string | null);

/**
 * `offices`: in the city, the office column's names by code (null: no office column). `birthDateShown`: the user
 * may reveal ID numbers; for anyone else the birth date (the mask's hidden digits) is hidden and not sortable.
 */
export function peopleColumns(
  t: TFunction,
  showVoided: boolean,
  offices: Record<string, string> | null,
  birthDateShown: boolean,
  custom: { fields: readonly CustomFieldRow[]; language: string } = { fields: [], language: 'zh-CN' },
): Col[] {
  const filters: FilterChoices = { t, offices, birthDateShown };
  const columns: Col[] = [
    {
      colId: 'rowNumber',
      headerName: t('people.field.rowNumber'),
      width: 64,
      pinned: 'left',
      sortable: false,
      cellRenderer: RowNumberCell,
      cellClass: 'cell-row-number',
      suppressNavigable: true,
      resizable: false,
    },
    personColumn(t, 'name', 96, {
      pinned: 'left',
      cellClass: 'cell-name',
      initialSort: 'asc', // the backend's default order, shown
      valueFormatter: (params) =>
        isNewRow(params.node) && !params.value ? t('people.newRowHint') : String(params.value ?? ''),
    }),
    metaColumn(t, 'officeCode', 132, {
      hide: offices === null,
      sortable: false,
      cellClass: 'cell-office',
      valueFormatter: (params) => (params.value ? (offices?.[params.value as string] ?? String(params.value)) : ''),
    }),
    // Beside the struck-through name, where a clerk looking at voided people reads why.
    metaColumn(t, 'voidReason', 140, { hide: !showVoided, cellClass: 'cell-void-reason' }),
    personColumn(t, 'gender', 80, {
      valueFormatter: (params) => genderText(t, params.value as string | null),
      valueParser: (params) => parseGender(String(params.newValue ?? '')) ?? String(params.newValue ?? ''),
      cellEditorParams: { useFormatter: true },
    }),
    personColumn(t, 'idNumber', 206, { cellRenderer: IdCell, cellClass: 'cell-mono' }),
    metaColumn(
      t,
      'birthDate',
      120,
      birthDateShown
        ? { valueFormatter: (params) => formatDate(params.value as string | null) }
        : { sortable: false, cellRenderer: HiddenBirthDateCell, headerTooltip: t('people.birthDateHidden') },
    ),
    personColumn(t, 'mobile', 118, { cellClass: 'cell-mono' }),
    personColumn(t, 'phone', 124, { cellClass: 'cell-mono' }),
    personColumn(t, 'township', 112),
    personColumn(t, 'village', 112),
    ...customColumns(t, custom.language, custom.fields, filters),
    personColumn(t, 'workUnit', 160),
    personColumn(t, 'notes', 160, { cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true }),
    metaColumn(t, 'createdBy', 84),
    metaColumn(t, 'createdAt', 136, { valueFormatter: dateTime }),
    metaColumn(t, 'updatedAt', 136, { valueFormatter: dateTime }),
    metaColumn(t, 'rowVersion', 64, { type: 'rightAligned' }),
    {
      colId: 'actions',
      headerName: t('people.field.actions'),
      width: 104,
      pinned: 'right',
      sortable: false,
      cellRenderer: ActionsCell,
      suppressNavigable: true,
      resizable: false,
      cellClass: 'cell-actions',
    },
  ];
  return columns.map((column) => (column.filter ? column : { ...columnFilterOf(column.colId!, filters), ...column }));
}
