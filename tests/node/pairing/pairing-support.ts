// Test support for paired assistance: the households' office (users of each role signed in through the router,
// people in its registry) with a warehouse holding quilts and rice, and helpers for households, cadres, pairings and
// visits through the router.
import type { CadreRow } from '@core/pairing/cadres/contract';
import type { PairingRow } from '@core/pairing/pairings/contract';
import type { VisitRow } from '@core/pairing/visits/contract';
import { onHand } from '@core/stock/balances';
import { listCategories } from '@core/stock/categories';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { householdOffice } from '../households/household-support';
import { valueOf } from '../volunteers/volunteer-support';

export async function pairingOffice(peopleCount = 12) {
  const office = await householdOffice(peopleCount);
  const keeper = office.as(['warehouse'], 'stock.test');
  const approver = office.as(['approver'], 'stock.test');
  const categories = listCategories(keeper);
  const warehouse = createWarehouse(keeper, { code: 'CK01', name: '县备灾仓库' });
  const quilt = createItem(keeper, {
    code: 'MB001',
    name: '棉被',
    categoryId: categories.find((c) => c.name === '棉被')!.id,
    unit: '床',
    unitValue: 15_000,
  });
  const rice = createItem(keeper, {
    code: 'SP001',
    name: '大米',
    categoryId: categories.find((c) => c.name === '食品')!.id,
    unit: '袋',
    unitValue: 6_000,
  });
  const receipt = createDocument(
    keeper,
    {
      type: 'receipt',
      documentDate: '2025-01-05',
      warehouseId: warehouse.id,
      sourceKind: 'purchase',
      supplier: '厂家',
    },
    [
      { itemId: quilt.id, quantity: 10 },
      { itemId: rice.id, quantity: 20 },
    ],
  );
  approveDocument(approver, receipt.document.id);
  postDocument(keeper, receipt.document.id);
  const onHandOf = (itemId: string) =>
    onHand(keeper, { warehouseId: warehouse.id })
      .filter((row) => row.itemId === itemId)
      .reduce((sum, row) => sum + row.quantity, 0);

  const cadre = async (personId: string, fields: Record<string, unknown> = {}) =>
    valueOf(
      await office.call<CadreRow>('clerk', 'pairing.cadres.create', {
        personId,
        unit: '宿城区民政局',
        level: 'county',
        ...fields,
      }),
    );
  const assign = async (householdId: string, cadreId: string, fromDate: string, reason?: string) =>
    valueOf(
      await office.call<PairingRow>('clerk', 'pairing.pairings.assign', { householdId, cadreId, fromDate, reason }),
    );
  const visit = async (householdId: string, cadreId: string, visitDate: string, fields: Record<string, unknown> = {}) =>
    valueOf(
      await office.call<VisitRow>('clerk', 'pairing.visits.create', {
        householdId,
        cadreId,
        visitDate,
        moneyFen: 0,
        acknowledged: false,
        ...fields,
      }),
    );
  return { ...office, keeper, approver, warehouse, quilt, rice, onHandOf, cadre, assign, visit };
}
