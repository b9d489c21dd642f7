// The goods a visit brings, picked from the warehouse's catalog: a warehouse (or none: no goods), then lines of an
// item and a quantity, each with what the warehouse holds. Keyboard: Tab through warehouse, item, quantity, the
// line's remove button and 添加物资.
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { useLoad } from '../../stock/useLoad';

export interface GoodsDraft {
  warehouseId: string;
  lines: { itemId: string; quantity: string }[];
}

export const NO_GOODS: GoodsDraft = { warehouseId: '', lines: [] };

export function GoodsEditor({ goods, onChange }: { goods: GoodsDraft; onChange(goods: GoodsDraft): void }) {
  const { t } = useTranslation();
  const v = (key: string, values: Record<string, unknown> = {}) => t(`visitForm.${key}`, values);
  const [warehouses] = useLoad(() => call('stock.warehouses.list', {}), []);
  const [items] = useLoad(() => call('stock.items.list', {}), []);
  const [onHand] = useLoad(
    () => (goods.warehouseId ? call('stock.onHand', { warehouseId: goods.warehouseId }) : Promise.resolve([])),
    [goods.warehouseId],
  );
  const held = (itemId: string) =>
    (onHand ?? []).filter((row) => row.itemId === itemId).reduce((sum, row) => sum + row.quantity, 0);
  const setLine = (at: number, change: Partial<GoodsDraft['lines'][number]>) =>
    onChange({ ...goods, lines: goods.lines.map((line, n) => (n === at ? { ...line, ...change } : line)) });

  return (
    <fieldset className="pairing-fieldset">
      <legend>{v('goods')}</legend>
      <label className="pairing-inline">
        {v('warehouse')}
        <select
          value={goods.warehouseId}
          onChange={(e) =>
            onChange({
              warehouseId: e.target.value,
              lines: e.target.value && goods.lines.length === 0 ? [{ itemId: '', quantity: '1' }] : goods.lines,
            })
          }
        >
          <option value="">{v('noWarehouse')}</option>
          {(warehouses ?? []).map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      {goods.warehouseId &&
        goods.lines.map((line, at) => {
          const unit = items?.find((item) => item.id === line.itemId)?.unit ?? '';
          return (
            <div key={at} className="pairing-goods-line">
              <select
                aria-label={`${v('item')} ${at + 1}`}
                value={line.itemId}
                onChange={(e) => setLine(at, { itemId: e.target.value })}
              >
                <option value="">{v('chooseItem')}</option>
                {(items ?? []).map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.code} {item.name}（{item.unit}）
                  </option>
                ))}
              </select>
              <input
                aria-label={`${v('quantity')} ${at + 1}`}
                inputMode="numeric"
                value={line.quantity}
                onChange={(e) => setLine(at, { quantity: e.target.value })}
              />
              <span className="muted">
                {unit}
                {line.itemId && `　${v('available', { count: held(line.itemId) })}`}
              </span>
              <Button
                aria-label={`${v('removeLine')} ${at + 1}`}
                onClick={() => onChange({ ...goods, lines: goods.lines.filter((_, n) => n !== at) })}
              >
                ×
              </Button>
            </div>
          );
        })}
      {goods.warehouseId && (
        <Button onClick={() => onChange({ ...goods, lines: [...goods.lines, { itemId: '', quantity: '1' }] })}>
          {v('addLine')}
        </Button>
      )}
    </fieldset>
  );
}
