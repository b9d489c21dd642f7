// Warehouses of the office and their optional locations (库位).
import { eq } from 'drizzle-orm';
import { stockLocations, stockWarehouses } from '@db/schema';
import type { CoreContext } from '../context';
import type { LocationInput, LocationRow, WarehouseInput, WarehouseRow } from './contract';
import { requireLive } from './office';
import {
  createReference,
  listReference,
  refuseTaken,
  refuseWhileHeld,
  selectById,
  updateReference,
  voidReference,
  type ListOptions,
  type ReferenceSpec,
} from './reference';

const warehouses: ReferenceSpec<WarehouseInput, WarehouseRow> = {
  table: stockWarehouses,
  what: 'warehouse',
  read: (ctx, id) => selectById(ctx, stockWarehouses, id),
  refuseDuplicate: (ctx, officeCode, input, exceptId) => {
    refuseTaken(
      ctx,
      'stock_warehouses',
      { column: 'office_code', value: officeCode },
      'code',
      input.code,
      exceptId,
      'WAREHOUSE_CODE_DUPLICATE',
    );
  },
  refuseVoid: (ctx, id) => refuseWhileHeld(ctx, 'warehouse_id', id, 'WAREHOUSE_IN_STOCK'),
};

export const listWarehouses = (ctx: CoreContext, options: ListOptions = {}): WarehouseRow[] =>
  listReference(ctx, stockWarehouses, options, [stockWarehouses.code, stockWarehouses.name], [stockWarehouses.code]);
export const createWarehouse = (ctx: CoreContext, input: WarehouseInput) => createReference(ctx, warehouses, input);
export const updateWarehouse = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<WarehouseInput>) =>
  updateReference(ctx, warehouses, id, rowVersion, patch);
export const voidWarehouse = (ctx: CoreContext, id: string, reason: string) =>
  voidReference(ctx, warehouses, id, reason);

const locations: ReferenceSpec<LocationInput, LocationRow> = {
  table: stockLocations,
  what: 'location',
  read: (ctx, id) => selectById(ctx, stockLocations, id),
  refuseDuplicate: (ctx, _officeCode, input, exceptId) => {
    requireLive(ctx, 'stock_warehouses', input.warehouseId, 'warehouse');
    refuseTaken(
      ctx,
      'stock_locations',
      { column: 'warehouse_id', value: input.warehouseId },
      'code',
      input.code,
      exceptId,
      'LOCATION_CODE_DUPLICATE',
    );
  },
};

export const listLocations = (ctx: CoreContext, options: ListOptions & { warehouseId?: string } = {}): LocationRow[] =>
  listReference(
    ctx,
    stockLocations,
    options,
    [stockLocations.code, stockLocations.name],
    [stockLocations.code],
    options.warehouseId ? eq(stockLocations.warehouseId, options.warehouseId) : undefined,
  );
export const createLocation = (ctx: CoreContext, input: LocationInput) => createReference(ctx, locations, input);
export const updateLocation = (
  ctx: CoreContext,
  id: string,
  rowVersion: number,
  patch: Partial<Omit<LocationInput, 'warehouseId'>>,
) => updateReference(ctx, locations, id, rowVersion, patch);
export const voidLocation = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, locations, id, reason);
