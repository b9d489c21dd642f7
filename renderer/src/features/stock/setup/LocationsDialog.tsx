// 库位 of one warehouse: the list and a line to add one (code and name).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { WarehouseRow } from '@core/stock/contract';
import { errorText } from '@renderer/i18n';
import { Alert, Button, Dialog } from '@renderer/ui';
import { stockCall } from '../api';
import { useLoad } from '../useLoad';

export function LocationsDialog({
  warehouse,
  canEdit,
  onClose,
}: {
  warehouse: WarehouseRow | null;
  canEdit: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [rows, reload] = useLoad(
    () => (warehouse ? stockCall('stock.locations.list', { warehouseId: warehouse.id }) : Promise.resolve([])),
    [warehouse?.id],
  );
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (!warehouse || !code.trim()) return;
    try {
      await stockCall('stock.locations.create', {
        warehouseId: warehouse.id,
        code: code.trim(),
        name: name.trim() || null,
      });
      setCode('');
      setName('');
      setError(null);
      reload();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <Dialog
      open={warehouse !== null}
      title={`${t('stock.setup.locations')}：${warehouse?.name ?? ''}`}
      onClose={onClose}
      dirty={code.trim() !== '' || name.trim() !== ''}
    >
      {error && <Alert>{error}</Alert>}
      <div className="table-wrap locations-table">
        <table className="table">
          <thead>
            <tr>
              <th>{t('stock.field.code')}</th>
              <th>{t('stock.field.name')}</th>
            </tr>
          </thead>
          <tbody>
            {rows?.length === 0 && (
              <tr>
                <td colSpan={2} className="empty">
                  {t('stock.setup.noLocations')}
                </td>
              </tr>
            )}
            {rows?.map((row) => (
              <tr key={row.id}>
                <td>{row.code}</td>
                <td>{row.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <div className="toolbar locations-add">
          <input
            type="text"
            aria-label={t('stock.field.code')}
            placeholder={t('stock.field.code')}
            maxLength={FIELD_LIMITS.stock_locations.code}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <input
            type="text"
            aria-label={t('stock.field.name')}
            placeholder={t('stock.field.name')}
            maxLength={FIELD_LIMITS.stock_locations.name}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <Button onClick={() => void add()} disabled={!code.trim()}>
            {t('stock.setup.addLocation')}
          </Button>
        </div>
      )}
    </Dialog>
  );
}
