// The disclosure's figures pinned on a small but realistic year (two donations and an anonymous donor, a
// purchase, a Spring Festival campaign to households of several townships, relief after a flood through a
// campaign and through plain issues, a household served alone, goods to another office and internal use,
// an issue reversed and a campaign household's goods reversed): every row, its order and every total, for January to October.
// A faster way of computing the disclosure must give exactly this.
import { describe, expect, it } from 'vitest';
import { createCampaign } from '@core/stock/campaigns/campaigns';
import { addCampaignHouseholds } from '@core/stock/campaigns/households';
import { postCampaign } from '@core/stock/campaigns/post';
import type { DocumentHeaderInput } from '@core/stock/contract';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { postDocument } from '@core/stock/posting/post';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { reverseDocument } from '@core/stock/reversal';
import { seedPeople, stockOffice } from './stock-reports-support';

function year() {
  const office = stockOffice();
  const { admin, warehouse, quilt, rice, water, donorA, donorB } = office;
  const people = seedPeople(office.store, 40, 23);
  const donorC = createDonor(admin, { kind: 'person', name: '李爱心', anonymous: false });
  const flood = office.event('7·20洪涝灾害', '2026-07-20');
  const fire = office.event('城南火灾', '2026-09-02');
  const a = office.receive('2026-01-10', donorA.id, [
    { itemId: quilt.id, lotNumber: 'Q1', quantity: 200, unitValue: 8000 },
    { itemId: rice.id, lotNumber: 'R1', expiryDate: '2027-03-31', quantity: 120, unitValue: 5000 },
  ]);
  const b = office.receive('2026-01-15', donorB.id, [
    { itemId: rice.id, lotNumber: 'R2', expiryDate: '2027-01-31', quantity: 60, unitValue: 4800 },
  ]);
  const c = office.receive('2026-02-01', donorC.id, [
    { itemId: water.id, lotNumber: 'W1', expiryDate: '2027-12-31', quantity: 80, unitValue: 3000 },
  ]);
  const bought = office.receive('2026-02-03', null, [
    { itemId: water.id, lotNumber: 'W2', expiryDate: '2028-01-31', quantity: 50, unitValue: 2800 },
  ]);
  const lot = (doc: typeof a, n = 0) => doc.lines[n]!.lotId!;
  const issue = (
    date: string,
    header: Partial<DocumentHeaderInput>,
    lines: { itemId: string; lotId: string; quantity: number }[],
  ) => office.post({ type: 'issue', documentDate: date, warehouseId: warehouse.id, ...header }, lines);
  const reverse = (id: string, date: string) => {
    const reversal = reverseDocument(admin, id, '登记有误', date);
    approveDocument(admin, reversal.document.id);
    postDocument(admin, reversal.document.id);
  };

  const spring = createCampaign(admin, {
    name: '2026年春节博爱送万家',
    date: '2026-02-10',
    warehouseId: warehouse.id,
    items: [
      { itemId: quilt.id, quantityPerHousehold: 1 },
      { itemId: rice.id, quantityPerHousehold: 2 },
    ],
  }).campaign;
  addCampaignHouseholds(
    admin,
    spring.id,
    people.slice(0, 24).map((p) => p.id),
  );
  const springIssue = postCampaign(admin, spring.id);
  reverse(springIssue.documentId, '2026-02-12'); // the whole distribution entered twice by mistake ...
  const again = createCampaign(admin, {
    name: '2026年春节博爱送万家（更正）',
    date: '2026-02-13',
    warehouseId: warehouse.id,
    items: [
      { itemId: quilt.id, quantityPerHousehold: 1 },
      { itemId: rice.id, quantityPerHousehold: 1 },
    ],
  }).campaign;
  addCampaignHouseholds(
    admin,
    again.id,
    people.slice(0, 20).map((p) => p.id),
  ); // ... and entered again for 20
  postCampaign(admin, again.id);
  const relief = createCampaign(admin, {
    name: '洪灾受灾户救助',
    date: '2026-07-22',
    warehouseId: warehouse.id,
    eventId: flood.id,
    items: [{ itemId: water.id, quantityPerHousehold: 2 }],
  }).campaign;
  addCampaignHouseholds(
    admin,
    relief.id,
    people.slice(24, 34).map((p) => p.id),
  );
  postCampaign(admin, relief.id);
  issue('2026-07-21', { destinationKind: 'event', eventId: flood.id }, [
    { itemId: quilt.id, lotId: lot(a), quantity: 40 },
    { itemId: water.id, lotId: lot(c), quantity: 30 },
    { itemId: water.id, lotId: lot(bought), quantity: 10 },
  ]);
  issue('2026-09-02', { destinationKind: 'event', eventId: fire.id }, [
    { itemId: quilt.id, lotId: lot(a), quantity: 6 },
    { itemId: rice.id, lotId: lot(b), quantity: 6 },
  ]);
  issue('2026-03-05', { destinationKind: 'household', householdPersonId: people[35]!.id }, [
    { itemId: quilt.id, lotId: lot(a), quantity: 2 },
  ]);
  const wrong = issue('2026-03-06', { destinationKind: 'household', householdPersonId: people[36]!.id }, [
    { itemId: rice.id, lotId: lot(a, 1), quantity: 3 },
  ]);
  reverse(wrong.document.id, '2026-03-07');
  issue('2026-04-01', { destinationKind: 'office', destinationOffice: '泗阳县红十字会' }, [
    { itemId: rice.id, lotId: lot(a, 1), quantity: 20 },
  ]);
  issue('2026-05-12', { destinationKind: 'internal', internalUse: '应急救护培训演示' }, [
    { itemId: water.id, lotId: lot(bought), quantity: 4 },
  ]);
  issue('2026-11-05', { destinationKind: 'event', eventId: fire.id }, [
    { itemId: quilt.id, lotId: lot(a), quantity: 1 },
  ]); // after the period
  return office;
}

describe('disclosure figures', () => {
  it('gives exactly the rows, order and totals of the year', () => {
    const office = year();
    const { generatedAt: _at, ...d } = buildDisclosure(office.admin, { from: '2026-01-01', to: '2026-10-31' });
    const issued = d.issued.map((r) => [
      r.kind,
      r.destination,
      r.households,
      r.itemName,
      r.specification,
      r.unit,
      r.quantity,
      r.value,
    ]);
    const balances = d.balances.map((b) => [
      b.itemName,
      b.unit,
      b.opening,
      b.received,
      b.issued,
      b.adjusted,
      b.closing,
      b.openingValue,
      b.receivedValue,
      b.issuedValue,
      b.adjustedValue,
      b.closingValue,
    ]);
    expect({ ...d, issued, balances }).toEqual(PINNED);
  });
});

const PINNED = {
  officeName: '宿城区红十字会',
  from: '2026-01-01',
  to: '2026-10-31',
  received: [
    {
      donor: '李爱心',
      anonymous: false,
      itemName: '矿泉水',
      specification: null,
      unit: '箱',
      quantity: 80,
      value: 240000,
    },
    {
      donor: '宿迁爱心企业有限公司',
      anonymous: false,
      itemName: '大米',
      specification: '10kg',
      unit: '袋',
      quantity: 120,
      value: 600000,
    },
    {
      donor: '宿迁爱心企业有限公司',
      anonymous: false,
      itemName: '棉被',
      specification: null,
      unit: '床',
      quantity: 200,
      value: 1600000,
    },
    {
      donor: '匿名',
      anonymous: true,
      itemName: '大米',
      specification: '10kg',
      unit: '袋',
      quantity: 60,
      value: 288000,
    },
  ],
  issued: [
    ['event', '7·20洪涝灾害', 10, '矿泉水', null, '箱', 60, 178000],
    ['event', '7·20洪涝灾害', 10, '棉被', null, '床', 40, 320000],
    ['event', '城南火灾', null, '大米', '10kg', '袋', 6, 28800],
    ['event', '城南火灾', null, '棉被', null, '床', 6, 48000],
    ['township', '保安乡', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '保安乡', 1, '棉被', null, '床', 1, 8000],
    ['township', '埠子镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '埠子镇', 1, '棉被', null, '床', 1, 8000],
    ['township', '曹集乡', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '曹集乡', 1, '棉被', null, '床', 1, 8000],
    ['township', '大兴镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '大兴镇', 1, '棉被', null, '床', 1, 8000],
    ['township', '黄河街道', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '黄河街道', 1, '棉被', null, '床', 1, 8000],
    ['township', '龙河镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '龙河镇', 1, '棉被', null, '床', 1, 8000],
    ['township', '陆集镇', 1, '棉被', null, '床', 2, 16000],
    ['township', '罗圩乡', 2, '大米', '10kg', '袋', 2, 9600],
    ['township', '罗圩乡', 2, '棉被', null, '床', 2, 16000],
    ['township', '双沟镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '双沟镇', 1, '棉被', null, '床', 1, 8000],
    ['township', '顺河街道', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '顺河街道', 1, '棉被', null, '床', 1, 8000],
    ['township', '屠园乡', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '屠园乡', 1, '棉被', null, '床', 1, 8000],
    ['township', '下相街道', 2, '大米', '10kg', '袋', 2, 9600],
    ['township', '下相街道', 2, '棉被', null, '床', 2, 16000],
    ['township', '仰化镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '仰化镇', 1, '棉被', null, '床', 1, 8000],
    ['township', '豫新街道', 3, '大米', '10kg', '袋', 3, 14400],
    ['township', '豫新街道', 3, '棉被', null, '床', 3, 24000],
    ['township', '中扬镇', 2, '大米', '10kg', '袋', 2, 9600],
    ['township', '中扬镇', 2, '棉被', null, '床', 2, 16000],
    ['township', '众兴镇', 1, '大米', '10kg', '袋', 1, 4800],
    ['township', '众兴镇', 1, '棉被', null, '床', 1, 8000],
    ['office', '泗阳县红十字会', null, '大米', '10kg', '袋', 20, 100000],
    ['internal', '应急救护培训演示', null, '矿泉水', null, '箱', 4, 11200],
  ],
  // Worked by hand: reversed distributions and issues net to nothing; campaigns draw the earliest-expiring lots.
  balances: [
    ['大米', '袋', 0, 180, 46, 0, 134, 0, 888000, 224800, 0, 663200],
    ['矿泉水', '箱', 0, 130, 64, 0, 66, 0, 380000, 189200, 0, 190800],
    ['棉被', '床', 0, 200, 68, 0, 132, 0, 1600000, 544000, 0, 1056000],
  ],
  totals: {
    receivedValue: 2728000,
    issuedValue: 958000,
    households: 31,
    balance: { opening: 0, received: 2868000, issued: 958000, adjusted: 0, closing: 1910000 },
  },
};
