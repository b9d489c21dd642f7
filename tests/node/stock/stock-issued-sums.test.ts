// The disclosure's goods out come from sums kept at posting (stock_issued_months, _days, _households). On two
// counties' ledgers with reversals, a voided draft, replaced lines and a household that moves after its goods were
// issued, they give exactly what the posted lines say with each household's township when its issue was posted -
// at the county, at the city that applied the county's packages, for periods cutting months anywhere - and the
// rebuild from the ledger (and migration 0006 on a ledger written before it) gives the same sums.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { rebuildBalances } from '@core/stock/balances';
import { listCategories } from '@core/stock/categories';
import type { DocumentHeaderInput, DocumentLineInput } from '@core/stock/contract';
import { createDocument, updateDocument, voidDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createEvent } from '@core/stock/events';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { issuedTotals, type IssuedTotal } from '@core/stock/reports/issued';
import { reverseDocument } from '@core/stock/reversal';
import { createWarehouse } from '@core/stock/warehouses';
import {
  addGenerated,
  cityWith,
  COUNTY,
  edit,
  exportTo,
  OTHER_COUNTY,
  type Office,
} from '../exchange/exchange-apply-support';
import { issuedFromLines, type TownshipsAtPosting } from './stock-issued-reference';

const SUMS = [
  'SELECT * FROM stock_issued_months ORDER BY office_code, month, kind, destination, item_id',
  'SELECT * FROM stock_issued_days ORDER BY office_code, document_date, kind, destination, item_id',
  'SELECT * FROM stock_issued_households ORDER BY office_code, document_id, person_id, document_date',
];
const sumsOf = (sqlite: Database.Database) => SUMS.map((sql) => sqlite.prepare(sql).all());

const PERIODS = [
  ['2025-01-01', '2025-12-31'],
  ['2025-04-01', '2025-06-30'],
  ['2025-04-11', '2025-08-03'],
  ['2025-06-15', '2025-07-02'],
  ['2025-08-01', '2025-08-31'],
  ['2025-07-02', '2025-07-02'],
] as const;

const sorted = (totals: readonly IssuedTotal[]) =>
  totals.map((t) => [t.kind, t.destination, t.itemId, t.quantity, t.value, t.households].join('|')).sort();

/** A county warehouse with two items in stock, an event and four households (two per township). */
function countyWarehouse(county: Office, seed: number) {
  const keeper = county.ctx(['warehouse'], 'stock');
  const approver = county.ctx(['approver'], 'stock');
  const category = listCategories(keeper)[0]!.id;
  const quilt = createItem(keeper, { code: 'MB01', name: '棉被', categoryId: category, unit: '床', unitValue: 8000 });
  const rice = createItem(keeper, { code: 'SP01', name: '大米', categoryId: category, unit: '袋', unitValue: 5000 });
  const warehouse = createWarehouse(keeper, { code: 'CK01', name: '县库' });
  const donor = createDonor(keeper, { kind: 'organisation', name: '爱心企业', anonymous: false });
  const flood = createEvent(keeper, { name: '2025年洪涝', kind: '洪涝', date: '2025-04-01' });
  const households = addGenerated(county, 4, seed);
  households.forEach((id, n) => edit(county, id, { township: n < 2 ? '洋河镇' : '仓集镇' }));
  const townshipsAtPosting: TownshipsAtPosting = new Map();
  const post = (id: string) => {
    approveDocument(approver, id);
    postDocument(keeper, id);
    const persons = county.store.sqlite
      .prepare(
        `SELECT p.id, p.township FROM stock_document_lines ln JOIN stock_documents d ON d.id = ln.document_id
        JOIN people p ON p.id IN (ln.household_person_id, d.household_person_id) WHERE d.id = ? AND d.type = 'issue'`,
      )
      .all(id) as { id: string; township: string }[];
    townshipsAtPosting.set(id, new Map(persons.map((p) => [p.id, p.township])));
  };
  const issue = (date: string, header: Partial<DocumentHeaderInput>, lines: DocumentLineInput[]) => {
    const { document } = createDocument(
      keeper,
      { type: 'issue', documentDate: date, warehouseId: warehouse.id, ...header },
      lines,
    );
    post(document.id);
    return document.id;
  };
  const reverse = (id: string, date: string) => post(reverseDocument(keeper, id, '登记有误', date).document.id);
  const { document: receipt } = createDocument(
    keeper,
    {
      type: 'receipt',
      documentDate: '2025-03-05',
      warehouseId: warehouse.id,
      sourceKind: 'donation',
      donorId: donor.id,
    },
    [
      { itemId: quilt.id, quantity: 100, unitValue: 8000 },
      { itemId: rice.id, quantity: 50, unitValue: 5000 },
    ],
  );
  post(receipt.id);
  const lots = new Map(
    (
      county.store.sqlite.prepare('SELECT item_id, id FROM stock_lots WHERE document_id = ?').all(receipt.id) as {
        item_id: string;
        id: string;
      }[]
    ).map((l) => [l.item_id, l.id]),
  );
  const line = (item: { id: string }, quantity: number, householdPersonId: string | null = null) => ({
    itemId: item.id,
    lotId: lots.get(item.id)!,
    quantity,
    householdPersonId,
  });
  return { keeper, warehouse, quilt, rice, flood, households, townshipsAtPosting, post, issue, reverse, line };
}

describe('issued sums for the disclosure', () => {
  it('equal the posted lines with townships as posted, at the county, at the city and when rebuilt', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const county = countyWarehouse(a!, 3);
    const other = countyWarehouse(b!, 5);
    const { quilt, rice, issue, reverse, line } = county;
    const [h1, h2, h3, h4] = county.households as [string, string, string, string];
    const distribution = issue('2025-04-10', { destinationKind: 'household' }, [
      line(quilt, 2, h1),
      line(quilt, 1, h2),
      line(rice, 3, h2),
      line(rice, 1, h3),
    ]);
    issue('2025-04-12', { destinationKind: 'event', eventId: county.flood.id }, [line(quilt, 5)]);
    issue('2025-05-03', { destinationKind: 'office', destinationOffice: '泗洪县红十字会' }, [line(rice, 4)]);
    reverse(
      issue('2025-06-15', { destinationKind: 'household', householdPersonId: h4 }, [line(rice, 2)]),
      '2025-07-02',
    );
    const never = createDocument(
      county.keeper,
      {
        type: 'issue',
        documentDate: '2025-05-20',
        warehouseId: county.warehouse.id,
        destinationKind: 'internal',
        internalUse: '演练',
      },
      [line(quilt, 7)],
    );
    voidDocument(county.keeper, never.document.id, '不发了');
    const replaced = createDocument(
      county.keeper,
      {
        type: 'issue',
        documentDate: '2025-06-20',
        warehouseId: county.warehouse.id,
        destinationKind: 'internal',
        internalUse: '演练',
      },
      [line(quilt, 9)],
    ).document;
    updateDocument(county.keeper, replaced.id, replaced.rowVersion, {}, [line(quilt, 3)]);
    county.post(replaced.id);
    other.issue('2025-04-10', { destinationKind: 'household' }, [other.line(other.quilt, 1, other.households[0]!)]);

    await importPackage(city.ctx(), await exportTo(a!, city.code));
    await importPackage(city.ctx(), await exportTo(b!, city.code));
    edit(a!, h1, { township: '仓集镇' }); // moves after the April distribution
    issue('2025-08-01', { destinationKind: 'household' }, [line(quilt, 1, h1)]);
    reverse(distribution, '2025-08-05');
    await importPackage(city.ctx(), await exportTo(a!, city.code));

    const cityCtx = city.ctx(['admin']);
    for (const [from, to] of PERIODS) {
      for (const [ctx, sqlite, office, postedTownships] of [
        [county.keeper, a!.store.sqlite, COUNTY, county.townshipsAtPosting],
        [cityCtx, city.store.sqlite, COUNTY, county.townshipsAtPosting],
        [cityCtx, city.store.sqlite, OTHER_COUNTY, other.townshipsAtPosting],
      ] as const) {
        const kept = issuedTotals(ctx, { office, from, to });
        const expected = issuedFromLines(sqlite, { office, from, to }, postedTownships);
        expect({ office, from, to, totals: sorted(kept.totals), households: kept.households }).toEqual({
          office,
          from,
          to,
          totals: sorted(expected.totals),
          households: expected.households,
        });
      }
    }

    // What the clerk reads: April-June shows the mover's quilts under the township it lived in then.
    const spring = buildDisclosure(county.keeper, { from: '2025-04-01', to: '2025-06-30' });
    expect(
      spring.issued.filter((r) => r.itemName === '棉被').map((r) => [r.destination, r.quantity, r.households]),
    ).toEqual([
      ['2025年洪涝', 5, null],
      ['洋河镇', 3, 2],
      ['演练', 3, null],
    ]);
    // The distribution's reversal takes the quilts back from there, not from the township the household lives in now.
    const year = buildDisclosure(county.keeper, { from: '2025-01-01', to: '2025-12-31' });
    expect(
      year.issued
        .filter((r) => r.kind === 'township')
        .map((r) => [r.destination, r.itemName, r.quantity, r.households]),
    ).toEqual([['仓集镇', '棉被', 1, 1]]);

    for (const office of [a!, city]) {
      const kept = sumsOf(office.store.sqlite);
      expect(kept[2]!.length).toBeGreaterThan(4);
      rebuildBalances(office.ctx(['admin']));
      expect(sumsOf(office.store.sqlite)).toEqual(kept);
    }
    // Migration 0006 fills the sums from a ledger written before it (nobody had moved in the other county).
    const kept = sumsOf(b!.store.sqlite);
    const backfill = fs
      .readFileSync(path.join(import.meta.dirname, '../../../db/migrations/0006_issued_sums.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .filter((statement) => !/CREATE (TABLE|INDEX)/.test(statement));
    b!.store.sqlite.exec(
      'DELETE FROM stock_issued_months; DELETE FROM stock_issued_days; DELETE FROM stock_issued_households',
    );
    for (const statement of backfill) b!.store.sqlite.exec(statement);
    expect(sumsOf(b!.store.sqlite)).toEqual(kept);
  });
});
