// The reference lists a document form needs (warehouses, items, donors, events), loaded once per form.
import { useEffect, useState } from 'react';
import type { DonorRow, EventRow, ItemRow, WarehouseRow } from '@core/stock/contract';
import { stockCall } from './api';

export interface StockRefs {
  warehouses: WarehouseRow[];
  items: ItemRow[];
  donors: DonorRow[];
  events: EventRow[];
  loaded: boolean;
}
const EMPTY: StockRefs = { warehouses: [], items: [], donors: [], events: [], loaded: false };

/** `officeCode`: the city reads a county's lists (default: this office's). */
export function useStockRefs(active = true, officeCode?: string): StockRefs {
  const [refs, setRefs] = useState<StockRefs>(EMPTY);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const of = { officeCode };
    Promise.all([
      stockCall('stock.warehouses.list', of),
      stockCall('stock.items.list', of),
      stockCall('stock.donors.list', of),
      stockCall('stock.events.list', of),
    ])
      .then(([warehouses, items, donors, events]) => {
        if (live) setRefs({ warehouses, items, donors, events, loaded: true });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, officeCode]);
  return refs;
}

/** Today in the machine's time zone, as an ISO date. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00`);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((new Date(`${to}T00:00:00`).getTime() - new Date(`${from}T00:00:00`).getTime()) / 86_400_000);
}
