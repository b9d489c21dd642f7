// The lots each item holds in the document's warehouse on its date, fetched once per item as lines
// name items; cleared when the warehouse or the date changes.
import { useCallback, useEffect, useState } from 'react';
import type { LotBalance } from '@core/stock/contract';
import { stockCall } from '../api';

export function useLots(warehouseId: string, asOf: string, itemIds: string[]) {
  const [lots, setLots] = useState<Record<string, LotBalance[]>>({});
  useEffect(() => {
    setLots({});
  }, [warehouseId, asOf]);
  const wanted = [...new Set(itemIds.filter(Boolean))].filter((id) => !(id in lots)).join(',');
  useEffect(() => {
    if (!warehouseId || !wanted) return;
    let live = true;
    for (const itemId of wanted.split(',')) {
      stockCall('stock.lots.available', { warehouseId, itemId, asOf })
        .then((rows) => {
          if (live) setLots((current) => ({ ...current, [itemId]: rows }));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [warehouseId, asOf, wanted]);
  const refresh = useCallback(() => setLots({}), []);
  return { lots, refresh };
}
