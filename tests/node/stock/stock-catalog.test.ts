// Reference data: the default categories, unique codes among live records, voids refused while in use or
// in stock, reserve quotas against what is on hand, locations per warehouse.
import { describe, expect, it } from 'vitest';
import { createCategory, listCategories, updateCategory, voidCategory } from '@core/stock/categories';
import { DEFAULT_CATEGORIES } from '@core/stock/contract';
import { createItem, listItems, updateItem, voidItem } from '@core/stock/items';
import { listQuotas, setQuota } from '@core/stock/quotas';
import { createLocation, listLocations, voidWarehouse } from '@core/stock/warehouses';
import { errorOf, stockOffice } from './stock-support';

describe('stock catalog', () => {
  it('starts with the default categories, which the office edits', () => {
    const s = stockOffice();
    expect(listCategories(s.keeper).map((c) => c.name)).toEqual([...DEFAULT_CATEGORIES]);
    const oil = createCategory(s.keeper, { name: ' 粮油 ', sortOrder: 45 });
    expect(oil.name).toBe('粮油');
    expect(errorOf(() => createCategory(s.keeper, { name: '粮油' })).code).toBe('CATEGORY_NAME_DUPLICATE');
    const renamed = updateCategory(s.keeper, oil.id, oil.rowVersion, { name: '米面粮油' });
    expect(renamed.rowVersion).toBe(2);
    const quilts = listCategories(s.keeper).find((c) => c.name === '棉被')!;
    expect(errorOf(() => voidCategory(s.keeper, quilts.id, '不用')).code).toBe('CATEGORY_IN_USE');
    voidCategory(s.keeper, renamed.id, '合并到食品');
    expect(listCategories(s.keeper).map((c) => c.name)).not.toContain('米面粮油');
    expect(listCategories(s.keeper, { includeVoided: true }).map((c) => c.name)).toContain('米面粮油');
  });

  it('keeps item codes unique among live items and refuses to void an item or warehouse that holds stock', () => {
    const s = stockOffice();
    expect(
      errorOf(() =>
        createItem(s.keeper, {
          code: 'MB001',
          name: '另一种棉被',
          categoryId: s.quilt.categoryId,
          unit: '床',
          unitValue: 1,
        }),
      ).code,
    ).toBe('ITEM_CODE_DUPLICATE');
    const stale = errorOf(() =>
      updateItem(s.keeper, s.quilt.id, s.quilt.rowVersion + 1, { specification: '2m x 2.3m' }),
    );
    expect(stale.code).toBe('RECORD_CHANGED');
    const updated = updateItem(s.keeper, s.quilt.id, s.quilt.rowVersion, {
      specification: '2m x 2.3m',
      shelfLifeMonths: null,
    });
    expect(updated).toMatchObject({ specification: '2m x 2.3m', categoryName: '棉被', rowVersion: 2 });
    expect(listItems(s.keeper, { search: '大米' }).map((i) => i.code)).toEqual(['SP001']);
    s.receive([{ itemId: s.quilt.id, quantity: 3 }]);
    expect(errorOf(() => voidItem(s.keeper, s.quilt.id, '停用'))).toMatchObject({
      code: 'ITEM_IN_STOCK',
      details: { onHand: 3 },
    });
    expect(errorOf(() => voidWarehouse(s.keeper, s.main.id, '撤销')).code).toBe('WAREHOUSE_IN_STOCK');
    voidItem(s.keeper, s.rice.id, '不再储备');
    createItem(s.keeper, {
      code: 'SP001',
      name: '大米 5kg',
      categoryId: s.rice.categoryId,
      unit: '袋',
      unitValue: 2600,
    });
  });

  it('compares reserve quotas with what is on hand', () => {
    const s = stockOffice();
    s.receive([{ itemId: s.quilt.id, quantity: 30 }]);
    setQuota(s.keeper, s.main.id, s.quilt.id, 50);
    setQuota(s.keeper, s.main.id, s.rice.id, 10);
    setQuota(s.keeper, s.branch.id, s.quilt.id, 5);
    expect(
      listQuotas(s.keeper, { belowOnly: true }).map((q) => [q.warehouseName, q.itemCode, q.quantity, q.onHand]),
    ).toEqual([
      ['县备灾仓库', 'MB001', 50, 30],
      ['县备灾仓库', 'SP001', 10, 0],
      ['城南分库', 'MB001', 5, 0],
    ]);
    expect(setQuota(s.keeper, s.main.id, s.quilt.id, 20)).toMatchObject({ quantity: 20, onHand: 30, below: false });
    expect(setQuota(s.keeper, s.main.id, s.rice.id, 0)).toBeNull();
    expect(listQuotas(s.keeper, { warehouseId: s.main.id }).map((q) => q.itemCode)).toEqual(['MB001']);
  });

  it('keeps location codes unique within a warehouse', () => {
    const s = stockOffice();
    createLocation(s.keeper, { warehouseId: s.main.id, code: 'A-01', name: '一号货架' });
    createLocation(s.keeper, { warehouseId: s.branch.id, code: 'A-01' });
    expect(errorOf(() => createLocation(s.keeper, { warehouseId: s.main.id, code: 'A-01' })).code).toBe(
      'LOCATION_CODE_DUPLICATE',
    );
    expect(listLocations(s.keeper, { warehouseId: s.main.id }).map((l) => l.name)).toEqual(['一号货架']);
  });
});
