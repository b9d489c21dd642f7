// The city sees the stock its counties reported: on hand, the stock card, the dashboard and the disclosure for
// one county or (on hand) all, with each row's office; read-only - posting or reversing county documents is
// refused; and a county cannot read another office's stock.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { importPackage } from '@core/exchange/inbox';
import { onHand } from '@core/stock/balances';
import { listCategories } from '@core/stock/categories';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { runCli } from '../cli-support';
import { cityWith, COUNTY, CITY, exportTo, OTHER_COUNTY, type Office } from '../exchange/exchange-apply-support';

type Call = (method: string, input: unknown) => Promise<unknown>;
type Ok<T> = { ok: true; value: T };
const value = async <T>(call: Call, method: string, input: unknown) => ((await call(method, input)) as Ok<T>).value;

/** A county's warehouse: tents received as a donation, two issued to another office, and an approved issue left unposted. */
function stockUp(
  county: Office,
  tentUnit: string,
  tents: number,
): { itemId: string; warehouseId: string; draftId: string; postedId: string } {
  const keeper: CoreContext = county.ctx(['warehouse'], 'stock');
  const approver = county.ctx(['approver'], 'stock');
  const post = (id: string) => {
    approveDocument(approver, id);
    postDocument(keeper, id);
  };
  const category = listCategories(keeper)[0]!;
  const tent = createItem(keeper, {
    code: 'ZP01',
    name: '单帐篷',
    categoryId: category.id,
    unit: tentUnit,
    unitValue: 100000,
  });
  const warehouse = createWarehouse(keeper, { code: 'A', name: `${county.code}县库` });
  const donor = createDonor(keeper, { kind: 'organisation', name: `${county.code}基金会`, anonymous: false });
  const receipt = createDocument(
    keeper,
    {
      type: 'receipt',
      documentDate: '2025-04-01',
      warehouseId: warehouse.id,
      sourceKind: 'donation',
      donorId: donor.id,
    },
    [{ itemId: tent.id, quantity: tents, expiryDate: '2025-06-30' }],
  );
  post(receipt.document.id);
  const lotId = onHand(keeper)[0]!.lotId;
  const issue = (date: string) =>
    createDocument(
      keeper,
      {
        type: 'issue',
        documentDate: date,
        warehouseId: warehouse.id,
        destinationKind: 'office',
        destinationOffice: '泗洪县红十字会',
      },
      [{ itemId: tent.id, lotId, quantity: 2 }],
    ).document.id;
  post(issue('2025-04-03'));
  const draft = { document: { id: issue('2025-04-05') } };
  approveDocument(approver, draft.document.id);
  return { itemId: tent.id, warehouseId: warehouse.id, draftId: draft.document.id, postedId: receipt.document.id };
}

async function cityThatReceivedTwoCounties() {
  const {
    city,
    counties: [county, other],
  } = cityWith(COUNTY, OTHER_COUNTY);
  const first = stockUp(county!, '顶', 10);
  const second = stockUp(other!, '套', 7);
  for (const c of [county!, other!])
    expect(await importPackage(city.ctx(), await exportTo(c, CITY))).toMatchObject({ status: 'applied' });
  return { city, county: county!, other: other!, first, second };
}

interface OnHand {
  officeCode: string;
  warehouseName: string;
  itemName: string;
  unit: string;
  quantity: number;
}

describe("the city reads its counties' stock", () => {
  it('lists the offices, and on hand for one county or all, per office, never summed across units', async () => {
    const { city } = await cityThatReceivedTwoCounties();
    const viewer = await city.caller!(['viewer']);
    expect(await value(viewer, 'stock.offices', {})).toEqual([
      { code: COUNTY, name: `${COUNTY}红十字会`, own: false },
      { code: OTHER_COUNTY, name: `${OTHER_COUNTY}红十字会`, own: false },
    ]);
    expect(await value(viewer, 'stock.onHand', {})).toEqual([]); // the city's own warehouse holds nothing
    const one = await value<OnHand[]>(viewer, 'stock.onHand', { officeCode: COUNTY });
    expect(one).toMatchObject([
      { officeCode: COUNTY, warehouseName: `${COUNTY}县库`, itemName: '单帐篷', unit: '顶', quantity: 8 },
    ]);
    const all = await value<OnHand[]>(viewer, 'stock.onHand', { officeCode: 'all' });
    expect(all.map((r) => [r.officeCode, r.unit, r.quantity])).toEqual([
      [COUNTY, '顶', 8],
      [OTHER_COUNTY, '套', 5],
    ]);
    const items = await value<{ officeCode: string }[]>(viewer, 'stock.items.list', { officeCode: OTHER_COUNTY });
    expect(items.map((i) => i.officeCode)).toEqual([OTHER_COUNTY]);
    expect(await viewer('stock.onHand', { officeCode: '3213' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT_INVALID' },
    });
  });

  it("reads one county's stock card, dashboard and disclosure", async () => {
    const { city, first } = await cityThatReceivedTwoCounties();
    const viewer = await city.caller!(['viewer']);
    const period = { from: '2025-04-01', to: '2025-04-30' };
    expect(await value(viewer, 'stock.card', { itemId: first.itemId, officeCode: COUNTY, ...period })).toMatchObject({
      itemName: '单帐篷',
      unit: '顶',
      opening: 0,
      totalIn: 10,
      totalOut: 2,
      closing: 8,
    });
    // The card of a county's item is read by naming the county (and not as another county's).
    expect(await viewer('stock.card', { itemId: first.itemId, ...period })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await viewer('stock.card', { itemId: first.itemId, officeCode: OTHER_COUNTY, ...period })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const dashboard = await value<{ expiring: { itemName: string; quantity: number }[] }>(
      viewer,
      'stock.reports.dashboard',
      { officeCode: COUNTY, asOf: '2025-05-01', days: 90 },
    );
    expect(dashboard.expiring).toMatchObject([{ itemName: '单帐篷', quantity: 8 }]);
    const disclosure = await value(viewer, 'stock.reports.disclosure', { officeCode: COUNTY, ...period });
    expect(disclosure).toMatchObject({
      officeName: `${COUNTY}红十字会`,
      received: [{ donor: `${COUNTY}基金会`, itemName: '单帐篷', unit: '顶', quantity: 10, value: 1_000_000 }],
      issued: [{ kind: 'office', destination: '泗洪县红十字会', quantity: 2 }],
    });
    // A disclosure is one office's notice: 'all' is not accepted there.
    expect(await viewer('stock.reports.disclosure', { officeCode: 'all', ...period })).toMatchObject({
      ok: false,
      error: { code: 'INPUT_INVALID' },
    });
  });

  it('refuses posting, approving and reversing county documents at the city', async () => {
    const { city, first } = await cityThatReceivedTwoCounties();
    const keeper = await city.caller!(['warehouse', 'approver']);
    const before = city.store.sqlite.prepare('SELECT count(*) FROM stock_movements').pluck().get();
    for (const [method, input] of [
      ['stock.documents.post', { id: first.draftId }],
      ['stock.documents.unapprove', { id: first.draftId, rowVersion: 2 }],
      ['stock.documents.reverse', { id: first.postedId, reason: '错误' }],
    ] as const) {
      expect(await keeper(method, input), method).toMatchObject({ ok: false, error: { code: 'RECORD_READ_ONLY' } });
    }
    // Nor may the city's own documents draw on a county's warehouse or items.
    const header = {
      type: 'receipt',
      documentDate: '2025-04-10',
      warehouseId: first.warehouseId,
      sourceKind: 'donation',
    };
    expect(
      await keeper('stock.documents.create', { header, lines: [{ itemId: first.itemId, quantity: 1, unitValue: 1 }] }),
    ).toMatchObject({ ok: false, error: { code: 'DOCUMENT_INVALID' } });
    expect(
      await keeper('stock.quotas.set', { warehouseId: first.warehouseId, itemId: first.itemId, quantity: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(city.store.sqlite.prepare('SELECT count(*) FROM stock_movements').pluck().get()).toBe(before);
    expect(await value(keeper, 'stock.onHand', { officeCode: COUNTY })).toMatchObject([{ quantity: 8 }]);
  });

  it('lets a county read only its own stock', async () => {
    const { county } = await cityThatReceivedTwoCounties();
    const viewer = await county.caller!(['viewer']);
    expect(await value(viewer, 'stock.onHand', { officeCode: COUNTY })).toMatchObject([
      { officeCode: COUNTY, quantity: 8 },
    ]);
    for (const officeCode of [OTHER_COUNTY, CITY, 'all']) {
      expect(await viewer('stock.onHand', { officeCode }), officeCode).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await viewer('stock.reports.dashboard', { officeCode: OTHER_COUNTY })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await viewer('stock.items.list', { officeCode: OTHER_COUNTY })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it("answers the CLI's on-hand for a county or all at the city, and refuses another office at a county", async () => {
    const { city, county } = await cityThatReceivedTwoCounties();
    const dataDir = (o: Office) => path.dirname(o.store.sqlite.name);
    const all = runCli(dataDir(city), ['stock', 'on-hand', '--office', 'all', '--json']);
    expect(all.status).toBe(0);
    const rows = all.json().rows as { office: string; quantity: number }[];
    expect(rows.map((r) => [r.office, r.quantity])).toEqual([
      [COUNTY, 8],
      [OTHER_COUNTY, 5],
    ]);
    const refused = runCli(dataDir(county), ['stock', 'on-hand', '--office', OTHER_COUNTY, '--json']);
    expect(refused.status).not.toBe(0);
    expect(refused.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
