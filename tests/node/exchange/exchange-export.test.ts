// County export: what a package carries (delta since the last acknowledged package, or a snapshot),
// how the stream is chained, where the files go, and the refusals a clerk can meet.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { openPackage } from '@core/exchange/format';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { listOutbox } from '@core/exchange/outbox/store';
import type { ExchangeRecord } from '@core/exchange/types';
import { tempDir } from '../support';
import { sendReceipt } from './exchange-export-receipts';
import {
  addPeople,
  CITY_CODE,
  countyAndCity,
  editPerson,
  exchangeOffice,
  voidOne,
  type ExchangeOffice,
} from './exchange-export-support';

async function readAsCity(city: ExchangeOffice, files: string[]) {
  const opened = await openPackage(files, { keys: loadKeyRing(city.ctx()), trust: trustLookup(city.store) });
  const records: ExchangeRecord[] = [];
  for await (const line of opened.lines()) records.push(line as ExchangeRecord);
  return { header: opened.header, packageHash: opened.packageHash, records };
}

describe('exportPackage', () => {
  it('writes the first package with every journalled record, keeps it in the outbox and copies it to the chosen folder', async () => {
    const { county, city } = countyAndCity();
    const ids = addPeople(county, 3);
    const usb = tempDir('boai-usb-');
    const { entry, written } = await exportPackage(county.ctx(), { to: CITY_CODE, dir: usb });

    expect(entry).toMatchObject({
      recipient: CITY_CODE,
      seq: 1,
      kind: 'delta',
      counts: { people: 3 },
      status: 'sent',
      filesPresent: true,
    });
    expect(written).toEqual([path.join(usb, entry.files[0]!)]);
    const outboxFile = path.join(path.dirname(county.store.file), 'outbox', CITY_CODE, entry.files[0]!);
    expect(fs.readFileSync(written[0]!).equals(fs.readFileSync(outboxFile))).toBe(true);
    expect(entry.bytes).toBe(fs.statSync(outboxFile).size);

    const { header, records } = await readAsCity(city, written);
    expect(header).toMatchObject({
      kind: 'delta',
      seq: 1,
      prevHash: null,
      sender: { officeCode: county.code },
      recipient: { officeCode: CITY_CODE },
    });
    expect(header.sender.incarnationId).toBe(
      county.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get(),
    );
    expect(records.map((r) => r.id).sort()).toEqual([...ids].sort());
    const stored = county.store.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(ids[0]) as Record<
      string,
      unknown
    >;
    const sent = records.find((r) => r.id === ids[0])!;
    expect(sent).toMatchObject({
      table: 'people',
      officeCode: county.code,
      rowVersion: 1,
      voided: false,
      voidReason: null,
    });
    expect(sent.fields).toMatchObject({
      name: stored.name,
      id_number: stored.id_number,
      created_at: stored.created_at,
      created_by: stored.created_by,
    });
    expect(sent.fields).not.toHaveProperty('row_version');
    // Search keys stay home: the city computes them again.
    for (const key of ['id_reversed', 'pinyin_full', 'pinyin_initials']) expect(sent.fields).not.toHaveProperty(key);
  });

  it('chains seq and prevHash, and repeats unacknowledged changes until the city acknowledges them', async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 2);
    const first = await exportPackage(county.ctx(), { to: CITY_CODE });
    addPeople(county, 1, 99);
    const second = await exportPackage(county.ctx(), { to: CITY_CODE });
    const one = await readAsCity(city, first.written);
    const two = await readAsCity(city, second.written);
    expect(two.header.seq).toBe(2);
    expect(two.header.prevHash).toBe(one.packageHash);
    expect(two.records).toHaveLength(3); // nothing acknowledged yet: everything again

    await sendReceipt(city, county, { lastContiguousSeq: 2, lastPackageHash: two.packageHash });
    await expect(exportPackage(county.ctx(), { to: CITY_CODE })).rejects.toMatchObject({ code: 'EXPORT_NOTHING_NEW' });
  });

  it('after an acknowledgement carries exactly the edited and voided records, at their new row versions', async () => {
    const { county, city } = countyAndCity();
    const ids = addPeople(county, 5);
    const first = await exportPackage(county.ctx(), { to: CITY_CODE });
    const opened = await readAsCity(city, first.written);
    await sendReceipt(city, county, { lastContiguousSeq: 1, lastPackageHash: opened.packageHash });

    editPerson(county, ids[1]!, { township: '耿车镇', notes: '已核实' });
    voidOne(county, ids[3]!, '重复登记');
    const delta = await readAsCity(city, (await exportPackage(county.ctx(), { to: CITY_CODE })).written);
    expect(delta.header).toMatchObject({ kind: 'delta', seq: 2, prevHash: opened.packageHash });
    const byId = new Map(delta.records.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([ids[1], ids[3]].sort());
    expect(byId.get(ids[1]!)).toMatchObject({
      rowVersion: 2,
      voided: false,
      fields: { township: '耿车镇', notes: '已核实' },
    });
    expect(byId.get(ids[3]!)).toMatchObject({ rowVersion: 2, voided: true, voidReason: '重复登记' });
  });

  it('a snapshot carries every record, voided ones too, whatever was acknowledged', async () => {
    const { county, city } = countyAndCity();
    const ids = addPeople(county, 4);
    const first = await exportPackage(county.ctx(), { to: CITY_CODE });
    await sendReceipt(city, county, {
      lastContiguousSeq: 1,
      lastPackageHash: (await readAsCity(city, first.written)).packageHash,
    });
    voidOne(county, ids[0]!);
    const { entry, written } = await exportPackage(county.ctx(), { to: CITY_CODE, snapshot: true });
    expect(entry).toMatchObject({ kind: 'snapshot', seq: 2, counts: { people: 4 } });
    const { header, records } = await readAsCity(city, written);
    expect(header.kind).toBe('snapshot');
    expect(records.filter((r) => r.voided).map((r) => r.id)).toEqual([ids[0]]);
  });

  it('splits into parts of at most the given size, named after the file the clerk chose', async () => {
    const { county, city } = countyAndCity();
    // Notes of random text do not compress: 2,000 characters each (their limit), about 3 MB of payload.
    const ids = addPeople(county, 1500);
    const update = county.store.sqlite.prepare('UPDATE people SET notes = ? WHERE id = ?');
    for (const id of ids) update.run(randomBytes(1500).toString('base64'), id);
    const usb = tempDir('boai-usb-');
    const { entry, written } = await exportPackage(county.ctx(), {
      to: CITY_CODE,
      snapshot: true,
      partMb: 1,
      dir: usb,
      baseName: '宿城区-上报',
    });
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(entry.files).toHaveLength(written.length);
    for (const file of written) {
      expect(fs.statSync(file).size).toBeLessThanOrEqual(1024 * 1024);
      expect(path.basename(file)).toMatch(/^宿城区-上报\.part\d+of\d+\.boaipkg$/);
    }
    const { records } = await readAsCity(city, [...written].reverse());
    expect(records).toHaveLength(1500);
  });

  it('refuses a recipient that is not on the trust list, and an office without unlocked keys', async () => {
    const county = exchangeOffice('county', '321311');
    addPeople(county, 1);
    await expect(exportPackage(county.ctx(), { to: CITY_CODE })).rejects.toMatchObject({
      code: 'EXPORT_RECIPIENT_NOT_TRUSTED',
    });
    await expect(exportPackage(county.ctx(), { to: county.code })).rejects.toMatchObject({
      code: 'EXPORT_RECIPIENT_IS_SELF',
    });
    const { county: other } = countyAndCity();
    addPeople(other, 1);
    await expect(exportPackage({ ...other.ctx(), secrets: undefined }, { to: CITY_CODE })).rejects.toMatchObject({
      code: 'KEYS_LOCKED',
    });
    expect(listOutbox(other.ctx())).toEqual([]);
  });

  it('reads its records from a snapshot: a change made while the package is written waits for the next one', async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 300);
    const exporting = exportPackage(county.ctx(), { to: CITY_CODE });
    const late = addPeople(county, 1, 4242)[0]!; // on the app's own connection, while the export streams
    const { records } = await readAsCity(city, (await exporting).written);
    expect(records.some((r) => r.id === late)).toBe(false);
    const [entry] = listOutbox(county.ctx());
    const lateSeq = county.store.sqlite
      .prepare('SELECT seq FROM change_journal WHERE record_id = ?')
      .pluck()
      .get(late) as number;
    const highWater = county.store.sqlite
      .prepare('SELECT journal_high_water FROM outbox_packages WHERE package_id = ?')
      .pluck()
      .get(entry!.packageId) as number;
    expect(highWater).toBeLessThan(lateSeq);
  });
});
