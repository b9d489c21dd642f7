// Warehouses of the office and their optional locations (库位).
import { eq } from 'drizzle-orm';
import { stockLocations, stockWarehouses } from '../../../db/schema';
import type { LocationInput, LocationRow, WarehouseInput, WarehouseRow } from '../../api/stock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { cachedStatement } from '../people/statements';
import { requireLive } from './office';
import { createReference, listReference, selectById, updateReference, voidReference, type ReferenceSpec } from './reference';

const warehouses: ReferenceSpec<WarehouseInput, WarehouseRow> = {
  table: stockWarehouses,
  what: 'warehouse',
  read: (ctx, id) => selectById(ctx, stockWarehouses, id),
  refuseDuplicate: (ctx, officeCode, input, exceptId) => {
    const other = cachedStatement(ctx.store.sqlite, `SELECT id FROM stock_warehouses
      WHERE office_code = ? AND code = ? AND voided = 0`).pluck().get(officeCode, input.code.trim()) as string | undefined;
    if (other && other !== exceptId) fail('WAREHOUSE_CODE_DUPLICATE', { code: input.code });
  },
  refuseVoid: (ctx, id) => {
    const onHand = cachedStatement(ctx.store.sqlite, 'SELECT coalesce(sum(quantity), 0) FROM stock_balances WHERE warehouse_id = ?').pluck().get(id) as number;
    if (onHand !== 0) fail('WAREHOUSE_IN_STOCK', { onHand });
  },
};

export const listWarehouses = (ctx: CoreContext, options: { includeVoided?: boolean; search?: string } = {}): WarehouseRow[] =>
  listReference(ctx, stockWarehouses, options, [stockWarehouses.code, stockWarehouses.name], [stockWarehouses.code]);
export const createWarehouse = (ctx: CoreContext, input: WarehouseInput) => createReference(ctx, warehouses, input);
export const updateWarehouse = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<WarehouseInput>) =>
  updateReference(ctx, warehouses, id, rowVersion, patch);
export const voidWarehouse = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, warehouses, id, reason);

const locations: ReferenceSpec<LocationInput, LocationRow> = {
  table: stockLocations,
  what: 'location',
  read: (ctx, id) => selectById(ctx, stockLocations, id),
  refuseDuplicate: (ctx, _officeCode, input, exceptId) => {
    requireLive(ctx, 'stock_warehouses', input.warehouseId, 'warehouse');
    const other = cachedStatement(ctx.store.sqlite, `SELECT id FROM stock_locations
      WHERE warehouse_id = ? AND code = ? AND voided = 0`).pluck().get(input.warehouseId, input.code.trim()) as string | undefined;
    if (other && other !== exceptId) fail('LOCATION_CODE_DUPLICATE', { code: input.code });
  },
};

export const listLocations = (ctx: CoreContext, options: { includeVoided?: boolean; search?: string; warehouseId?: string } = {}): LocationRow[] =>
  listReference(ctx, stockLocations, options, [stockLocations.code, stockLocations.name], [stockLocations.code],
    options.warehouseId ? eq(stockLocations.warehouseId, options.warehouseId) : undefined);
export const createLocation = (ctx: CoreContext, input: LocationInput) => createReference(ctx, locations, input);
export const updateLocation = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<Omit<LocationInput, 'warehouseId'>>) =>
  updateReference(ctx, locations, id, rowVersion, patch);
export const voidLocation = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, locations, id, reason);
