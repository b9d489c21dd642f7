// One reference list (items, warehouses, donors, events, categories): the grid with 新增, 编辑 and
// 作废 (with a reason; records are never deleted), 显示已作废, and export.
import type { ColDef } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import { errorText } from '@renderer/i18n';
import { Button, Dialog, FormField, useToast } from '@renderer/ui';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';
import { draftOf, RecordForm, type FieldSpec, type Values } from './RecordForm';

interface Row {
  id: string;
  voided: boolean;
  voidReason: string | null;
}

export interface ReferenceListProps<T extends Row> {
  load(includeVoided: boolean): Promise<T[]>;
  columns: ColDef<T>[];
  fields: FieldSpec[];
  exportName: string;
  addLabel: string;
  /** What the empty list says, and what to do. */
  emptyText: string;
  /** 物资, 仓库 … for the void dialog. */
  what: string;
  titleAdd: string;
  titleEdit(row: T): string;
  nameOf(row: T): string;
  canEdit: boolean;
  create(values: Values): Promise<T>;
  update(row: T, values: Values): Promise<T>;
  voidRow(row: T, reason: string): Promise<unknown>;
  /** Extra row actions (库位 of a warehouse). */
  extraAction?: { label: string; run(row: T): void };
}

interface ListContext<T> {
  canEdit: boolean;
  edit(row: T): void;
  voidRow(row: T): void;
  extra?: { label: string; run(row: T): void };
}

function ActionsCell<T extends Row>({ data, context }: CustomCellRendererProps<T, unknown, ListContext<T>>) {
  const { t } = useTranslation();
  if (!data) return null;
  if (data.voided)
    return (
      <span className="badge badge-muted" title={data.voidReason ?? undefined}>
        {t('stock.voided')}
      </span>
    );
  const extra = context.extra && (
    <button type="button" className="cell-link" onClick={() => context.extra!.run(data)}>
      {context.extra.label}
    </button>
  );
  if (!context.canEdit) return extra ?? null;
  return (
    <span className="row-actions">
      {extra}
      <button type="button" className="cell-link" onClick={() => context.edit(data)}>
        {t('stock.edit')}
      </button>
      <button type="button" className="cell-link cell-link-danger" onClick={() => context.voidRow(data)}>
        {t('stock.void')}
      </button>
    </span>
  );
}

export function ReferenceList<T extends Row>(props: ReferenceListProps<T>) {
  const { t } = useTranslation();
  const toast = useToast();
  const [includeVoided, setIncludeVoided] = useState(false);
  const [rows, reload] = useLoad(() => props.load(includeVoided), [includeVoided]);
  const [editing, setEditing] = useState<{ row: T | null } | null>(null);
  const [voiding, setVoiding] = useState<T | null>(null);
  const [reason, setReason] = useState('');
  const [voidError, setVoidError] = useState<string | null>(null);

  const initial = useMemo(
    () => draftOf(props.fields, (editing?.row ?? null) as Record<string, unknown> | null),
    [editing, props.fields],
  );
  const hasExtraAction = Boolean(props.extraAction);
  const columns = useMemo<ColDef<T>[]>(
    () => [
      ...props.columns,
      {
        colId: 'actions',
        headerName: t('stock.field.actions'),
        width: hasExtraAction ? 150 : 110,
        pinned: 'right',
        sortable: false,
        cellRenderer: ActionsCell,
      },
    ],
    [props.columns, t, hasExtraAction],
  );
  const context = useMemo<ListContext<T>>(
    () => ({
      canEdit: props.canEdit,
      extra: props.extraAction,
      edit: (row) => setEditing({ row }),
      voidRow: (row) => {
        setVoiding(row);
        setReason('');
        setVoidError(null);
      },
    }),
    [props.canEdit, props.extraAction],
  );

  const save = async (values: Values) => {
    const row = editing?.row ?? null;
    const saved = row ? await props.update(row, values) : await props.create(values);
    setEditing(null);
    toast.show(t(row ? 'stock.saved' : 'stock.created', { name: props.nameOf(saved) }));
    reload();
  };
  const confirmVoid = async () => {
    if (!voiding || !reason.trim()) return;
    try {
      await props.voidRow(voiding, reason.trim());
      toast.show(t('stock.voidDone', { name: props.nameOf(voiding) }));
      setVoiding(null);
      reload();
    } catch (error) {
      setVoidError(errorText(t, error));
    }
  };

  return (
    <div className="reference-list">
      <StockGrid<T>
        rows={rows}
        columns={columns}
        exportName={props.exportName}
        rowId={(row) => row.id}
        context={context}
        emptyText={props.emptyText}
        rowClassRules={{ 'row-voided': (params) => Boolean(params.data?.voided) }}
        onRowDoubleClicked={(row) => props.canEdit && !row.voided && setEditing({ row })}
        toolbar={
          <>
            {props.canEdit && (
              <Button variant="primary" onClick={() => setEditing({ row: null })}>
                {props.addLabel}
              </Button>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={includeVoided}
                onChange={(event) => setIncludeVoided(event.target.checked)}
              />
              {t('stock.includeVoided')}
            </label>
          </>
        }
      />
      <RecordForm
        open={editing !== null}
        title={editing?.row ? props.titleEdit(editing.row) : props.titleAdd}
        fields={props.fields}
        initial={initial}
        onClose={() => setEditing(null)}
        onSave={save}
      />
      <Dialog
        open={voiding !== null}
        title={voiding ? t('stock.voidTitle', { what: props.what, name: props.nameOf(voiding) }) : ''}
        onClose={() => setVoiding(null)}
        onSubmit={confirmVoid}
        submitVariant="danger"
        submitLabel={t('stock.void')}
        error={voidError}
        width="small"
        dirty={reason.trim() !== ''}
      >
        <FormField label={t('stock.voidReason')} required>
          <input
            type="text"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      </Dialog>
    </div>
  );
}
