// The warehouse reports: the public disclosure (donations by donor or 匿名, goods out by event / township with
// households counted / office / internal use, reversals netted, and never a recipient's name, ID or phone -
// in its data or its xlsx), donations followed through lots to where they went, and the dashboard figures.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { onHand } from '@core/stock/balances';
import { createCampaign } from '@core/stock/campaigns/campaigns';
import { addCampaignHouseholds } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import type { DocumentHeaderInput } from '@core/stock/contract';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { postDocument } from '@core/stock/posting/post';
import { setQuota } from '@core/stock/quotas';
import { stockDashboard } from '@core/stock/reports/dashboard';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { traceDonations } from '@core/stock/reports/donations';
import { exportStockReport } from '@core/stock/reports/export';
import { reverseDocument } from '@core/stock/reversal';
import { createWarehouse } from '@core/stock/warehouses';
import { seedPeople, stockOffice, type SeededPerson } from './stock-reports-support';

/** A half-year of a county warehouse: donations, a purchase, issues everywhere, a campaign, a reversal, a count, a transfer. */
function halfYear() {
  const office = stockOffice();
  const { admin, warehouse, quilt, rice, water, donorA, donorB } = office;
  const people = seedPeople(office.store, 60, 11);
  const donorC = createDonor(admin, { kind: 'person', name: '不愿具名的王先生', anonymous: true });
  const flood = office.event('6·18洪涝灾害', '2026-03-01');
  const q1 = office.receive('2026-02-01', donorA.id, [
    { itemId: quilt.id, lotNumber: 'Q1', quantity: 100, unitValue: 8000 },
    { itemId: rice.id, lotNumber: 'R1', expiryDate: '2027-01-31', quantity: 50, unitValue: 5000 },
  ]);
  office.receive('2026-02-05', donorB.id, [
    { itemId: rice.id, lotNumber: 'R2', expiryDate: '2026-12-31', quantity: 40, unitValue: 5000 },
  ]);
  office.receive('2026-02-06', donorC.id, [
    { itemId: water.id, lotNumber: 'W0', expiryDate: '2027-06-30', quantity: 10, unitValue: 3000 },
  ]);
  office.receive('2026-02-10', null, [
    { itemId: water.id, lotNumber: 'W1', expiryDate: '2027-06-30', quantity: 100, unitValue: 3000 },
  ]);
  const lot = (doc: typeof q1, n: number) => doc.lines[n]!.lotId!;
  const purchase = office.store.sqlite
    .prepare(
      `SELECT lot_id FROM stock_document_lines l JOIN stock_documents d ON d.id = l.document_id
    WHERE d.source_kind = 'purchase'`,
    )
    .pluck()
    .get() as string;
  const issue = (
    date: string,
    header: Partial<DocumentHeaderInput>,
    lines: { itemId: string; lotId: string; quantity: number }[],
  ) => office.post({ type: 'issue', documentDate: date, warehouseId: warehouse.id, ...header }, lines);
  issue('2026-03-01', { destinationKind: 'event', eventId: flood.id }, [
    { itemId: quilt.id, lotId: lot(q1, 0), quantity: 30 },
  ]);
  const { campaign } = createCampaign(admin, {
    name: '2026年春节博爱送万家',
    date: '2026-03-05',
    warehouseId: warehouse.id,
    items: [
      { itemId: quilt.id, quantityPerHousehold: 1 },
      { itemId: rice.id, quantityPerHousehold: 1 },
    ],
  });
  const served = people.slice(0, 30);
  addCampaignHouseholds(
    admin,
    campaign.id,
    served.map((p) => p.id),
  );
  postCampaign(admin, campaign.id);
  issue('2026-03-10', { destinationKind: 'household', householdPersonId: people[35]!.id }, [
    { itemId: quilt.id, lotId: lot(q1, 0), quantity: 2 },
  ]);
  issue('2026-03-12', { destinationKind: 'office', destinationOffice: '泗阳县红十字会' }, [
    { itemId: water.id, lotId: purchase, quantity: 20 },
  ]);
  issue('2026-03-15', { destinationKind: 'internal', internalUse: '应急救护培训演示' }, [
    { itemId: water.id, lotId: purchase, quantity: 5 },
  ]);
  const mistaken = issue('2026-04-01', { destinationKind: 'household', householdPersonId: people[36]!.id }, [
    { itemId: quilt.id, lotId: lot(q1, 0), quantity: 1 },
  ]);
  const reversal = reverseDocument(admin, mistaken.document.id, '发错了户', '2026-04-02');
  approveDocument(admin, reversal.document.id);
  postDocument(admin, reversal.document.id);
  // Count: R2 (donor B) has 10 on the shelf, 8 counted - a loss of 2. Then 10 of R1 (donor A) moved to a second warehouse.
  const r2 = onHand(admin, { itemId: rice.id }).find((r) => r.lotNumber === 'R2')!;
  office.post({ type: 'count', documentDate: '2026-05-01', warehouseId: warehouse.id }, [
    { itemId: rice.id, lotId: r2.lotId, countedQuantity: 8, reason: 'loss' },
  ]);
  const second = createWarehouse(admin, { code: 'CK02', name: '二号仓库' });
  office.post({ type: 'transfer', documentDate: '2026-05-05', warehouseId: warehouse.id, toWarehouseId: second.id }, [
    { itemId: rice.id, lotId: lot(q1, 1), quantity: 10 },
  ]);
  issue('2026-07-10', { destinationKind: 'event', eventId: flood.id }, [
    { itemId: quilt.id, lotId: lot(q1, 0), quantity: 5 },
  ]); // after the period
  return { ...office, people, served, flood, donorC, campaignId: campaign.id };
}

function countByTownship(people: readonly SeededPerson[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const p of people) map.set(p.township!, (map.get(p.township!) ?? 0) + 1);
  return map;
}

async function xlsxText(contentBase64: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(String(cell.text));
      }),
    ),
  );
  return cells.join('\n');
}

describe('stock reports', () => {
  it('discloses donations by donor (匿名 where asked) and goods out by destination, reversals netted', () => {
    const office = halfYear();
    const d = buildDisclosure(office.admin, { from: '2026-01-01', to: '2026-06-30' });
    expect(d.officeName).toBe('宿城区红十字会');
    expect(d.received.map((r) => [r.donor, r.itemName, r.quantity, r.value])).toEqual([
      ['宿迁爱心企业有限公司', '大米', 50, 250000],
      ['宿迁爱心企业有限公司', '棉被', 100, 800000],
      ['匿名', '大米', 40, 200000],
      ['匿名', '矿泉水', 10, 30000],
    ]);
    const issued = d.issued.map((r) => [r.kind, r.destination, r.households, r.itemName, r.quantity]);
    expect(issued.filter((r) => r[0] !== 'township')).toEqual([
      ['event', '6·18洪涝灾害', null, '棉被', 30],
      ['office', '泗阳县红十字会', null, '矿泉水', 20],
      ['internal', '应急救护培训演示', null, '矿泉水', 5],
    ]);
    // Households per township: the 30 of the campaign and the one served alone; the reversed issue counts for nothing.
    const expected = countByTownship([...office.served, office.people[35]!]);
    const quilts = d.issued.filter((r) => r.kind === 'township' && r.itemName === '棉被');
    expect(new Map(quilts.map((r) => [r.destination, r.households]))).toEqual(expected);
    expect(quilts.reduce((a, r) => a + r.quantity, 0)).toBe(32);
    expect(
      d.issued.filter((r) => r.kind === 'township' && r.itemName === '大米').reduce((a, r) => a + r.quantity, 0),
    ).toBe(30);
    expect(d.totals).toEqual({
      receivedValue: 1_280_000,
      households: 31,
      issuedValue: 30 * 8000 + 32 * 8000 + 30 * 5000 + 25 * 3000,
      // Donations and the purchase in, the count's loss of 2 rice; opening + in − out + adjusted = closing.
      balance: { opening: 0, received: 1_580_000, issued: 721_000, adjusted: -10_000, closing: 849_000 },
    });
  });

  it('never names a recipient: no household name, ID number or phone in the disclosure or its xlsx', async () => {
    const office = halfYear();
    const disclosure = JSON.stringify(buildDisclosure(office.admin, { from: '2026-01-01', to: '2026-12-31' }));
    const file = await exportStockReport(office.admin, { report: 'disclosure', from: '2026-01-01', to: '2026-12-31' });
    expect(file.fileName).toBe('捐赠款物公示表-20260101-20261231.xlsx');
    const sheet = await xlsxText(file.contentBase64);
    expect(sheet).toContain('宿城区红十字会捐赠款物公示表');
    expect(sheet).toContain('匿名');
    expect(sheet).not.toContain('张慈善');
    expect(sheet).not.toContain('不愿具名的王先生');
    // Names that are part of other words on the sheet (a township named like a person) cannot be told apart; none here.
    const places = [...new Set(office.people.map((p) => `${p.township}${p.village}`))].join('|');
    let namesChecked = 0;
    for (const person of office.people) {
      for (const text of [disclosure, sheet]) {
        expect(text).not.toContain(person.idNumber);
        expect(text).not.toContain(person.idNumber.slice(-8));
        if (person.mobile) expect(text).not.toContain(person.mobile);
        if (person.phone) expect(text).not.toContain(person.phone);
        if (!places.includes(person.name)) {
          expect(text).not.toContain(person.name);
          namesChecked++;
        }
      }
    }
    expect(namesChecked).toBeGreaterThan(100);
  });

  it('follows each donor through lots, transfers and counts to where the goods went', async () => {
    const office = halfYear();
    const report = traceDonations(office.admin, { from: '2026-01-01', to: '2026-06-30' });
    expect(report.donors.map((d) => [d.donorName, d.anonymous, d.received])).toEqual([
      ['不愿具名的王先生', true, 10],
      ['宿迁爱心企业有限公司', false, 150],
      ['张慈善', true, 40],
    ]);
    const a = report.donors.find((d) => d.donorId === office.donorA.id)!;
    const quilt = a.items.find((i) => i.itemName === '棉被')!;
    // 100 in; 30 to the flood in March, 32 to households, 5 more to the flood in July; 33 left.
    expect(quilt).toMatchObject({ received: 100, issued: 67, adjusted: 0, onHand: 33, onHandValue: 33 * 8000 });
    expect(quilt.destinations.find((t) => t.kind === 'event')).toMatchObject({
      destination: '6·18洪涝灾害',
      quantity: 35,
    });
    expect(quilt.destinations.find((t) => t.kind === 'event')!.documents.map((doc) => doc.date)).toEqual([
      '2026-03-01',
      '2026-07-10',
    ]);
    const rice = a.items.find((i) => i.itemName === '大米')!;
    expect(rice).toMatchObject({ received: 50, issued: 0, adjusted: 0, onHand: 50, destinations: [] }); // moved between warehouses, still the donor's
    const b = report.donors.find((d) => d.donorId === office.donorB.id)!;
    expect(b.items).toEqual([
      expect.objectContaining({ itemName: '大米', received: 40, issued: 30, adjusted: -2, onHand: 8 }),
    ]);
    expect(b.items[0]!.destinations.every((t) => t.kind === 'township')).toBe(true);
    expect(b.items[0]!.destinations.reduce((s, t) => s + (t.households ?? 0), 0)).toBe(30);

    const one = traceDonations(office.admin, { from: '2026-01-01', to: '2026-06-30', donorId: office.donorB.id });
    expect(one.donors.map((d) => d.donorId)).toEqual([office.donorB.id]);
    const file = await exportStockReport(office.admin, { report: 'donations', from: '2026-01-01', to: '2026-06-30' });
    const text = await xlsxText(file.contentBase64);
    expect(text).toContain('灾害救助：6·18洪涝灾害');
    for (const person of office.people) expect(text).not.toContain(person.idNumber);
  });

  it('refuses a period that ends before it starts', () => {
    const office = stockOffice();
    expect(() => buildDisclosure(office.admin, { from: '2026-06-30', to: '2026-01-01' })).toThrow(
      expect.objectContaining({ code: 'REPORT_PERIOD_INVALID' }),
    );
  });
});

describe('stock dashboard', () => {
  const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

  it("shows expiring and expired lots, items below quota, value by category and this month's movements", async () => {
    const office = stockOffice();
    const { admin, warehouse, quilt, rice, water } = office;
    office.receive(day(0), office.donorA.id, [
      { itemId: rice.id, lotNumber: 'SOON', expiryDate: day(30), quantity: 10, unitValue: 5000 },
      { itemId: rice.id, lotNumber: 'GONE', expiryDate: day(-5), quantity: 4, unitValue: 5000 },
      { itemId: rice.id, lotNumber: 'LATER', expiryDate: day(200), quantity: 6, unitValue: 5000 },
      { itemId: water.id, lotNumber: 'EDGE', expiryDate: day(90), quantity: 3, unitValue: 3000 },
      { itemId: quilt.id, lotNumber: 'Q', quantity: 7, unitValue: 8000 },
    ]);
    setQuota(admin, warehouse.id, rice.id, 100);
    setQuota(admin, warehouse.id, quilt.id, 5);
    const dash = stockDashboard(admin);
    expect(dash.days).toBe(90);
    expect(dash.expiring.map((l) => [l.lotNumber, l.daysLeft, l.quantity])).toEqual([
      ['SOON', 30, 10],
      ['EDGE', 90, 3],
    ]);
    expect(dash.expired.map((l) => [l.lotNumber, l.daysLeft])).toEqual([['GONE', -5]]);
    expect(stockDashboard(admin, { days: 30 }).expiring.map((l) => l.lotNumber)).toEqual(['SOON']);
    expect(dash.belowQuota).toEqual([
      expect.objectContaining({ itemName: '大米', quota: 100, onHand: 20, shortBy: 80 }),
    ]);
    expect(dash.valueByCategory.map((c) => [c.categoryName, c.items, c.value])).toEqual([
      ['食品', 1, 100000],
      ['棉被', 1, 56000],
      ['饮用水', 1, 9000],
    ]);
    expect(dash.movements).toMatchObject({
      month: day(0).slice(0, 7),
      documents: [{ type: 'receipt', count: 1 }],
      inValue: 165000,
      outValue: 0,
      byDay: [{ date: day(0), inValue: 165000, outValue: 0 }],
    });

    const expiry = await xlsxText((await exportStockReport(admin, { report: 'expiry' })).contentBase64);
    expect(expiry).toContain('已过期');
    expect(expiry).toContain('GONE');
    const categories = await exportStockReport(admin, { report: 'categories' });
    expect(await xlsxText(categories.contentBase64)).toMatch(/合计\n1650$/m);
    const hand = await exportStockReport(admin, { report: 'onHand' });
    expect(hand.rows).toBe(5);
    expect(await xlsxText((await exportStockReport(admin, { report: 'quotas' })).contentBase64)).toContain('80');
  });
});
