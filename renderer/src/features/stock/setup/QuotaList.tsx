// 储备定额: per warehouse, the quantity of each item it should hold, what it holds, and below-quota rows
// marked. 设置定额 sets (or with 0 removes) one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMBER_INPUT_MAX } from '@api/limits';
import type { ItemRow, QuotaRow, WarehouseRow } from '@core/stock/contract';
import { errorText } from '@renderer/i18n';
import { Button, Dialog, FormField, isChanged, useToast } from '@renderer/ui';
import { stockCall } from '../api';
import { quantityCol, textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { parseQuantity } from '../money';
import { useLoad } from '../useLoad';

interface Props {
  warehouses: WarehouseRow[];
  items: ItemRow[];
  canEdit: boolean;
}

export function QuotaList({ warehouses, items, canEdit }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [warehouseId, setWarehouseId] = useState('');
  const [rows, reload] = useLoad(
    () => stockCall('stock.quotas.list', warehouseId ? { warehouseId } : {}),
    [warehouseId],
  );
  const [editing, setEditing] = useState<{ warehouseId: string; itemId: string; quantity: string } | null>(null);
  // What the form opened with, so closing it asks only when something was changed.
  const [opened, setOpened] = useState<typeof editing>(null);
  const startEditing = (start: NonNullable<typeof editing>) => {
    setEditing(start);
    setOpened(start);
  };
  const [error, setError] = useState<string | null>(null);

  const columns = useMemo(
    () => [
      textCol<QuotaRow>(t, 'warehouseName', 150),
      textCol<QuotaRow>(t, 'itemCode', 100),
      textCol<QuotaRow>(t, 'itemName', 180, { cellClass: 'cell-strong' }),
      textCol<QuotaRow>(t, 'unit', 70),
      quantityCol<QuotaRow>(t, 'quantity', 110, { headerName: t('stock.field.quota') }),
      quantityCol<QuotaRow>(t, 'onHand', 110),
      textCol<QuotaRow>(t, 'below', 110, {
        headerName: t('stock.field.status'),
        valueFormatter: (p) => (p.value ? t('stock.setup.below') : ''),
      }),
    ],
    [t],
  );

  const save = async () => {
    if (!editing) return;
    const quantity = parseQuantity(editing.quantity);
    if (!editing.warehouseId || !editing.itemId || quantity === undefined) {
      setError(t('stock.setup.invalidNumber'));
      return;
    }
    try {
      await stockCall('stock.quotas.set', { warehouseId: editing.warehouseId, itemId: editing.itemId, quantity });
      toast.show(t('stock.setup.quotaSaved', { item: items.find((item) => item.id === editing.itemId)?.name ?? '' }));
      setEditing(null);
      reload();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <>
      <StockGrid<QuotaRow>
        rows={rows}
        columns={columns}
        exportName={t('stock.setup.tabs.quotas')}
        rowId={(row) => row.id}
        rowClassRules={{ 'row-alert': (p) => Boolean(p.data?.below) }}
        onRowDoubleClicked={(row) =>
          canEdit && startEditing({ warehouseId: row.warehouseId, itemId: row.itemId, quantity: String(row.quantity) })
        }
        toolbar={
          <>
            {canEdit && (
              <Button
                variant="primary"
                onClick={() => {
                  setError(null);
                  startEditing({ warehouseId: warehouseId || warehouses[0]?.id || '', itemId: '', quantity: '' });
                }}
              >
                {t('stock.setup.quotaSet')}
              </Button>
            )}
            <select
              aria-label={t('stock.field.warehouse')}
              value={warehouseId}
              onChange={(event) => setWarehouseId(event.target.value)}
            >
              <option value="">{t('stock.allWarehouses')}</option>
              {warehouses.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </>
        }
      />
      <Dialog
        open={editing !== null}
        title={t('stock.setup.quotaSet')}
        onClose={() => setEditing(null)}
        onSubmit={save}
        error={error}
        width="small"
        dirty={editing !== null && opened !== null && isChanged(editing, opened)}
      >
        {editing && (
          <>
            <FormField label={t('stock.field.warehouse')} required>
              <select
                value={editing.warehouseId}
                onChange={(event) => setEditing({ ...editing, warehouseId: event.target.value })}
              >
                <option value="">{t('stock.choose')}</option>
                {warehouses.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('stock.field.itemName')} required>
              <select
                value={editing.itemId}
                onChange={(event) => setEditing({ ...editing, itemId: event.target.value })}
              >
                <option value="">{t('stock.choose')}</option>
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.code} {item.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('stock.field.quota')} hint={t('stock.setup.quotaHint')} required>
              <input
                type="text"
                inputMode="numeric"
                maxLength={NUMBER_INPUT_MAX}
                value={editing.quantity}
                onChange={(event) => setEditing({ ...editing, quantity: event.target.value })}
              />
            </FormField>
          </>
        )}
      </Dialog>
    </>
  );
}
