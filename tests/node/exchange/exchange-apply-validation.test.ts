// The city checks every record of a signed county package as if it had been typed in: forged packages (signed
// with the county's real keys) holding a reference to another county's warehouse, item and lot, an invalid ID
// number, an unknown enum value, a bad date or a 15 MB note are each refused whole with their own code and a
// message naming the record; the city's tables and the other county's balance stay as they were.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { packageMessageText } from '@api/messages/errors/packages';
import { openPackage } from '@core/exchange/format';
import { importPackage, writeReceipt } from '@core/exchange/inbox';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import type { ReceiptBody } from '@core/exchange/receipt';
import type { ExchangeRecord } from '@core/exchange/types';
import { generatePeople } from '../../fixtures/people';
import { receivedStock } from '../stock/stock-support';
import { tempDir } from '../support';
import {
  addPeople,
  cityWith,
  CITY,
  COUNTY,
  craftPackage,
  databaseDigest,
  exportTo,
  OTHER_COUNTY,
  RECEIVED_LOG,
  recordsOf,
  tableRecordsOf,
  type Office,
} from './exchange-apply-support';

/** A county's warehouse holding 300 tents in one lot, posted through the real workflow. */
function stockUp(county: Office): void {
  receivedStock(
    county.ctx(['warehouse', 'approver'], 'stock'),
    { code: 'ZP01', name: '单帐篷', unit: '顶', unitValue: 120000 },
    300,
  );
}

/** A city holding both counties' warehouses, and the stream position of COUNTY's next package. */
async function stockedCity() {
  const {
    city,
    counties: [county, other],
  } = cityWith(COUNTY, OTHER_COUNTY);
  stockUp(county!);
  stockUp(other!);
  for (const o of [county!, other!])
    expect(await importPackage(city.ctx(), await exportTo(o, CITY))).toMatchObject({ status: 'applied' });
  const prevHash = city.store.sqlite
    .prepare('SELECT last_hash FROM inbox_streams WHERE sender_office_code = ?')
    .pluck()
    .get(COUNTY) as string;
  return { city, county: county!, other: other!, prevHash };
}

const balanceOf = (city: Office, officeCode: string) =>
  city.store.sqlite.prepare('SELECT sum(quantity) FROM stock_balances WHERE office_code = ?').pluck().get(officeCode);

const one = (o: Office, table: string) => tableRecordsOf(o, table)[0]!;

/** A new record of COUNTY made from one of its own, with some fields changed. */
const forged = (record: ExchangeRecord, fields: Record<string, unknown>): ExchangeRecord => ({
  ...record,
  id: randomUUID(),
  officeCode: COUNTY,
  rowVersion: 1,
  fields: { ...record.fields, ...fields },
});

describe('references in a county package', () => {
  it.each([
    ['a stock movement', 'stock_movements', 'warehouse_id'],
    ['a document line', 'stock_document_lines', 'item_id'],
  ])(
    "refuses %s pointing at another county's warehouse, item and lot; the other county's balance stays",
    async (_what, table, column) => {
      const { city, county, other, prevHash } = await stockedCity();
      const theirs = {
        warehouse_id: one(other, 'stock_warehouses').id,
        item_id: one(other, 'stock_items').id,
        lot_id: one(other, 'stock_lots').id,
      };
      const line = one(county, 'stock_document_lines');
      const records =
        table === 'stock_movements'
          ? [
              forged(one(county, 'stock_movements'), {
                ...theirs,
                kind: 'issue',
                quantity: -100_000,
                seq: 99,
                line_id: line.id,
              }),
            ]
          : [forged(line, { item_id: theirs.item_id, lot_id: theirs.lot_id, line_no: 2 })];
      expect(balanceOf(city, OTHER_COUNTY)).toBe(300);
      const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);

      const outcome = await importPackage(city.ctx(), await craftPackage(county, city, { seq: 2, prevHash, records }));

      expect(outcome).toMatchObject({
        status: 'rejected',
        code: 'PKG_REFERENCE_FOREIGN',
        details: { table, column, rule: 'foreign', line: 1 },
      });
      expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
      expect(balanceOf(city, OTHER_COUNTY)).toBe(300);
      expect(packageMessageText(outcome.code!, 'zh-CN', outcome.details)).toMatch(/第 1 行）：.*指向其他单位的记录/);
    },
  );

  it('refuses a record pointing at a record that exists nowhere', async () => {
    const { city, county, prevHash } = await stockedCity();
    const records = [forged(one(county, 'stock_lots'), { document_id: randomUUID() })];
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const outcome = await importPackage(city.ctx(), await craftPackage(county, city, { seq: 2, prevHash, records }));
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_REFERENCE_FOREIGN',
      details: { table: 'stock_lots', column: 'document_id', rule: 'missing' },
    });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
  });
});

describe('values in a county package', () => {
  const FIFTEEN_MB = '备'.repeat(5 * 1024 * 1024); // 15 MB in UTF-8

  it.each([
    [
      'an invalid ID number',
      { id_number: "' OR '1'='1" },
      'PKG_VALUE_INVALID',
      { column: 'id_number', rule: 'idNumber' },
      /身份证号无效/,
    ],
    ['an unknown gender', { gender: 'Q' }, 'PKG_VALUE_INVALID', { column: 'gender', rule: 'enum' }, /性别不是可选的值/],
    [
      'a birth date that is no date',
      { birth_date: 'not-a-date' },
      'PKG_VALUE_INVALID',
      { column: 'birth_date', rule: 'date' },
      /出生日期不是有效的日期/,
    ],
    [
      'a 15 MB note',
      { notes: FIFTEEN_MB },
      'PKG_FIELD_TOO_LONG',
      { column: 'notes', rule: 'tooLong', max: 2000 },
      /备注最多 2000 个字/,
    ],
  ])(
    'refuses a person with %s, names the record without its full ID number, and changes nothing',
    async (_what, change, code, details, sentence) => {
      const {
        city,
        counties: [county],
      } = cityWith(COUNTY);
      addPeople(county!, generatePeople(3, 5));
      const records = recordsOf(county!);
      const idNumber = records[1]!.fields['id_number'] as string;
      records[1] = { ...records[1]!, fields: { ...records[1]!.fields, ...change } };
      const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);

      const outcome = await importPackage(city.ctx(), await craftPackage(county!, city, { seq: 1, records }));

      expect(outcome).toMatchObject({ status: 'rejected', code, details: { table: 'people', line: 2, ...details } });
      expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
      const message = packageMessageText(code, 'zh-CN', outcome.details);
      expect(message).toMatch(sentence);
      expect(message).toContain(`人员 ${records[1]!.fields['name'] as string}`);
      expect(message).not.toContain(idNumber);
      expect(message).not.toMatch(/损坏|重新拷贝/);
      expect(JSON.stringify(outcome.details)).not.toContain(idNumber);
      expect(JSON.stringify(outcome.details).length).toBeLessThan(500);
    },
  );

  it('refuses a warehouse document whose date is no date or whose type is unknown', async () => {
    const { city, county, prevHash } = await stockedCity();
    for (const [fields, column, rule] of [
      [{ document_date: 'not-a-date' }, 'document_date', 'date'],
      [{ type: 'gift' }, 'type', 'enum'],
    ] as const) {
      const records = [forged(one(county, 'stock_documents'), { ...fields, number: `RK-X-${column}` })];
      const outcome = await importPackage(city.ctx(), await craftPackage(county, city, { seq: 2, prevHash, records }));
      expect(outcome).toMatchObject({
        status: 'rejected',
        code: 'PKG_VALUE_INVALID',
        details: { table: 'stock_documents', column, rule },
      });
    }
  });
});

describe('the receipt for a refused package', () => {
  it('tells the county which record to fix and why', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addPeople(county!, generatePeople(2, 6));
    const records = recordsOf(county!);
    records[0] = { ...records[0]!, fields: { ...records[0]!.fields, gender: 'Q' } };
    await importPackage(city.ctx(), await craftPackage(county!, city, { seq: 1, records }));
    const receipt = await writeReceipt(city.ctx(), { to: COUNTY, dir: tempDir('boai-receipts-') });
    const opened = await openPackage([receipt.file], {
      keys: loadKeyRing(county!.ctx()),
      trust: trustLookup(county!.store),
    });
    const bodies: ReceiptBody[] = [];
    for await (const line of opened.lines()) bodies.push(line as ReceiptBody);
    expect(bodies[0]!.rejected).toMatchObject([{ seq: 1, code: 'PKG_VALUE_INVALID' }]);
    expect(bodies[0]!.rejected[0]!.reason).toContain(`人员 ${records[0]!.fields['name'] as string}`);
    expect(bodies[0]!.rejected[0]!.reason).toMatch(/第 1 行）：性别不是可选的值$/);
  });
});
