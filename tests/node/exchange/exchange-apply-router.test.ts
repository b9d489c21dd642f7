// The inbox through the router, as the import wizard calls it: files sent once (verify), previewed and
// applied by upload id; roles; and the city's people grid: county records listed with their office,
// filtered by office, and refused for editing on the server.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { generatePeople } from '../../fixtures/people';
import { addGenerated, backupOf, cityWith, COUNTY, CITY, exportTo, OTHER_COUNTY } from './exchange-apply-support';

const upload = (files: string[]) => ({
  files: files.map((file) => ({
    fileName: file.split('/').pop()!,
    contentBase64: fs.readFileSync(file).toString('base64'),
  })),
});

describe('inbox methods', () => {
  it('verifies once, previews and applies by upload id, and lists the inbox', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 3);
    const files = await exportTo(county!, CITY);
    const clerk = await city.caller!(['clerk']);
    const verified = (await clerk('inbox.verify', upload(files))) as { ok: true; value: { uploadId: string } };
    expect(verified).toMatchObject({
      ok: true,
      value: { sender: COUNTY, seq: 1, kind: 'delta', counts: { people: 3 }, senderName: `${COUNTY}红十字会` },
    });
    const { uploadId } = verified.value;
    expect(await clerk('inbox.preview', { uploadId })).toMatchObject({
      ok: true,
      value: { status: 'preview', summary: { people: { new: 3 } } },
    });
    expect(await clerk('inbox.preview', { uploadId, acceptSnapshot: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await clerk('inbox.apply', { uploadId })).toMatchObject({ ok: true, value: { status: 'applied' } });
    expect(await clerk('inbox.apply', { uploadId })).toMatchObject({ ok: false, error: { code: 'INBOX_UPLOAD_GONE' } });
    expect(await clerk('inbox.list', {})).toMatchObject({
      ok: true,
      value: { streams: [{ sender: COUNTY, lastSeq: 1 }], packages: [{ status: 'applied', seq: 1 }] },
    });
    const receipt = (await clerk('inbox.writeReceipt', { to: COUNTY })) as {
      ok: true;
      value: { contentBase64: string; fileName: string };
    };
    expect(receipt).toMatchObject({ ok: true, value: { to: COUNTY, seq: 1, lastContiguousSeq: 1 } });
    expect(Buffer.from(receipt.value.contentBase64, 'base64').subarray(1, 8).toString()).toBe('BOAIPKG');

    const damaged = Buffer.from(fs.readFileSync(files[0]!));
    damaged[damaged.length - 60]! ^= 0xff;
    expect(
      await clerk('inbox.verify', { files: [{ fileName: 'x.boaipkg', contentBase64: damaged.toString('base64') }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PKG_CHECKSUM_MISMATCH', messageKey: 'errors.PKG_CHECKSUM_MISMATCH' },
    });
    const viewer = await city.caller!(['viewer']);
    expect(await viewer('inbox.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets only an administrator accept a kept snapshot', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 2);
    const restore = backupOf(county!, true);
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const snapshot = await exportTo(restore(), CITY, { snapshot: true });
    const clerk = await city.caller!(['clerk', 'approver']);
    const { value } = (await clerk('inbox.verify', upload(snapshot))) as {
      value: { uploadId: string; packageId: string };
    };
    expect(await clerk('inbox.apply', { uploadId: value.uploadId })).toMatchObject({
      ok: true,
      value: { status: 'forked', code: 'PKG_INCARNATION_CHANGED' },
    });
    expect(await clerk('inbox.acceptSnapshot', { packageId: value.packageId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const admin = await city.caller!(['admin']);
    expect(await admin('inbox.acceptSnapshot', { packageId: value.packageId })).toMatchObject({
      ok: true,
      value: { status: 'applied' },
    });
    expect(await admin('inbox.acceptSnapshot', { packageId: value.packageId })).toMatchObject({
      ok: false,
      error: { code: 'INBOX_SNAPSHOT_NOT_KEPT' },
    });
  });
});

describe('the people grid in the city', () => {
  it('lists county people with their office, filters by office, and refuses to edit or void them', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    addGenerated(a!, 2, 1);
    addGenerated(b!, 3, 2);
    await importPackage(city.ctx(), await exportTo(a!, CITY));
    await importPackage(city.ctx(), await exportTo(b!, CITY));
    const clerk = await city.caller!(['clerk']);
    expect(await clerk('people.create', { person: generatePeople(1, 99)[0], acceptWarnings: true })).toMatchObject({
      ok: true,
    });
    expect(await clerk('people.offices', {})).toEqual({
      ok: true,
      value: [
        { code: CITY, name: '宿迁市红十字会', own: true },
        { code: COUNTY, name: `${COUNTY}红十字会`, own: false },
        { code: OTHER_COUNTY, name: `${OTHER_COUNTY}红十字会`, own: false },
      ],
    });
    const page = (await clerk('people.list', { offset: 0, limit: 100, officeCode: OTHER_COUNTY })) as {
      value: { total: number; rows: { id: string; officeCode: string; rowVersion: number }[] };
    };
    expect(page.value.total).toBe(3);
    expect(page.value.rows.every((r) => r.officeCode === OTHER_COUNTY)).toBe(true);
    const [row] = page.value.rows;
    expect(
      await clerk('people.update', { id: row!.id, rowVersion: row!.rowVersion, patch: { notes: '市里改' } }),
    ).toMatchObject({ ok: false, error: { code: 'RECORD_READ_ONLY', details: { officeCode: OTHER_COUNTY } } });
    expect(await clerk('people.void', { id: row!.id, reason: '重复' })).toMatchObject({
      ok: false,
      error: { code: 'RECORD_READ_ONLY' },
    });
    expect(await clerk('people.list', { offset: 0, limit: 100 })).toMatchObject({ ok: true, value: { total: 6 } });
  });
});
