// The warehouse tables travel up in packages: a county's catalog, documents, lots and ledger arrive in the
// city in an order the foreign keys accept, and the city's balances for that county equal the county's own.
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { importPackage } from '@core/exchange/inbox';
import { exchangeTables } from '@core/exchange/tables';
import { onHand } from '@core/stock/balances';
import { listCategories } from '@core/stock/categories';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { cityWith, COUNTY, CITY, exportTo } from '../exchange/exchange-apply-support';

const balancesOf = (ctx: CoreContext, officeCode: string) =>
  ctx.store.sqlite
    .prepare(
      'SELECT warehouse_id, item_id, lot_id, quantity FROM stock_balances WHERE office_code = ? ORDER BY lot_id, warehouse_id',
    )
    .all(officeCode);
const lotMonthsOf = (ctx: CoreContext, officeCode: string) =>
  ctx.store.sqlite
    .prepare(
      'SELECT month, lot_id, item_id, received, issued, adjusted, net FROM stock_lot_months WHERE office_code = ? ORDER BY lot_id, month',
    )
    .all(officeCode);

describe('stock in packages', () => {
  it('registers every stock table, parents before children', () => {
    const names = exchangeTables().map((t) => t.name);
    for (const [parent, child] of [
      ['stock_categories', 'stock_items'],
      ['stock_documents', 'stock_document_lines'],
      ['stock_lots', 'stock_document_lines'],
      ['stock_document_lines', 'stock_movements'],
      ['stock_donors', 'stock_lots'],
    ]) {
      expect(names.indexOf(parent!)).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(parent!)).toBeLessThan(names.indexOf(child!));
    }
    expect(names).not.toContain('stock_balances');
    expect(names).not.toContain('stock_lot_months');
  });

  it('carries a county warehouse to the city with the same balances', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const keeper = county!.ctx(['warehouse'], 'stock');
    const approver = county!.ctx(['approver'], 'stock');
    const post = (id: string) => {
      approveDocument(approver, id);
      postDocument(keeper, id);
    };
    const category = listCategories(keeper)[0]!;
    const tent = createItem(keeper, {
      code: 'ZP01',
      name: '单帐篷',
      categoryId: category.id,
      unit: '顶',
      unitValue: 120000,
    });
    const [main, branch] = [
      createWarehouse(keeper, { code: 'A', name: '县库' }),
      createWarehouse(keeper, { code: 'B', name: '乡库' }),
    ];
    const donor = createDonor(keeper, { kind: 'organisation', name: '某基金会', anonymous: true });
    const receipt = createDocument(
      keeper,
      { type: 'receipt', documentDate: '2025-04-01', warehouseId: main.id, sourceKind: 'donation', donorId: donor.id },
      [{ itemId: tent.id, quantity: 12 }],
    );
    post(receipt.document.id);
    const lot = onHand(keeper)[0]!.lotId;
    post(
      createDocument(
        keeper,
        { type: 'transfer', documentDate: '2025-04-02', warehouseId: main.id, toWarehouseId: branch.id },
        [{ itemId: tent.id, lotId: lot, quantity: 5 }],
      ).document.id,
    );
    post(
      createDocument(
        keeper,
        {
          type: 'issue',
          documentDate: '2025-04-03',
          warehouseId: branch.id,
          destinationKind: 'office',
          destinationOffice: '泗洪县红十字会',
        },
        [{ itemId: tent.id, lotId: lot, quantity: 2 }],
      ).document.id,
    );

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: {
        stock_items: { new: 1 },
        stock_documents: { new: 3 },
        stock_lots: { new: 1 },
        stock_movements: { new: 4, conflicts: 0 },
      },
    });
    expect(balancesOf(city.ctx(), COUNTY)).toEqual(balancesOf(keeper, COUNTY));
    expect(lotMonthsOf(city.ctx(), COUNTY)).toEqual([
      { month: '2025-04', lot_id: lot, item_id: tent.id, received: 12, issued: 2, adjusted: 0, net: 10 },
    ]);
    expect(lotMonthsOf(keeper, COUNTY)).toEqual(lotMonthsOf(city.ctx(), COUNTY));
    expect(city.store.sqlite.prepare('SELECT donor_id FROM stock_lots WHERE id = ?').pluck().get(lot)).toBe(donor.id);
  });
});
