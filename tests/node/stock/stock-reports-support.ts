// Test support for the warehouse reports and campaigns: an office with a warehouse, items and donors made
// through the stock core, and receipts/issues posted the way a keeper and an approver would.
import type { CoreContext } from '@core/context';
import { listCategories } from '@core/stock/categories';
import type { DocumentHeaderInput, DocumentLineInput } from '@core/stock/contract';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createEvent } from '@core/stock/events';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import type { Role } from '@rules/roles';
import { callerFor } from '../support';
import { officeBackend } from '../support';

export { seedPeople, type SeededPerson } from '../../fixtures/registryPeople';

export function stockOffice() {
  const office = officeBackend();
  const admin = office.as(['admin']);
  const category = (name: string) => listCategories(admin).find((c) => c.name === name)!.id;
  const warehouse = createWarehouse(admin, { code: 'CK01', name: '一号仓库' });
  const quilt = createItem(admin, {
    code: 'MB-01',
    name: '棉被',
    categoryId: category('棉被'),
    unit: '床',
    unitValue: 8000,
  });
  const rice = createItem(admin, {
    code: 'SP-01',
    name: '大米',
    categoryId: category('食品'),
    unit: '袋',
    specification: '10kg',
    shelfLifeMonths: 12,
    unitValue: 5000,
  });
  const water = createItem(admin, {
    code: 'YS-01',
    name: '矿泉水',
    categoryId: category('饮用水'),
    unit: '箱',
    shelfLifeMonths: 24,
    unitValue: 3000,
  });
  const donorA = createDonor(admin, { kind: 'organisation', name: '宿迁爱心企业有限公司', anonymous: false });
  const donorB = createDonor(admin, { kind: 'person', name: '张慈善', anonymous: true });
  const post = (header: DocumentHeaderInput, lines: DocumentLineInput[], ctx: CoreContext = admin) => {
    const { document } = createDocument(ctx, header, lines);
    approveDocument(admin, document.id);
    return postDocument(ctx, document.id);
  };
  const receive = (date: string, donorId: string | null, lines: DocumentLineInput[]) =>
    post(
      {
        type: 'receipt',
        documentDate: date,
        warehouseId: warehouse.id,
        sourceKind: donorId ? 'donation' : 'purchase',
        donorId,
        supplier: donorId ? null : '供应商',
      },
      lines,
    );
  const event = (name: string, date: string) => createEvent(admin, { name, kind: '洪涝', date });
  return { ...office, admin, warehouse, quilt, rice, water, donorA, donorB, category, post, receive, event };
}

export type StockOffice = ReturnType<typeof stockOffice>;

/** The stock office with users signed in through the router (session key = user name) and a way to call it. */
export async function signedInStockOffice(users: Record<string, Role[]>) {
  const office = stockOffice();
  const call = async (sessionKey: string, method: string, input: unknown) =>
    office.backend.router.call(method, input, callerFor(office.backend.router, sessionKey));
  for (const [username, roles] of Object.entries(users)) {
    office.addUser(username, roles, `${username}-pass-1`);
    await call(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  return { ...office, call };
}
