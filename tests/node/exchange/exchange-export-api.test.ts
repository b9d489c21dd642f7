// The outbox methods through the router (who may call them, errors as values) and `package export` /
// `db restore` through the real CLI with --json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPackage } from '@core/exchange/format';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { backupDatabase } from '@db/open';
import { openBackend } from '../../../electron/backend';
import { runCli } from '../cli-support';
import { tempDir, callerFor } from '../support';
import { writeReceipt } from './exchange-export-receipts';
import { addPeople, CITY_CODE, countyAndCity } from './exchange-export-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results of many methods, read field by field in the assertions
type Call = (user: string, method: string, input: unknown) => Promise<{ ok: boolean; value?: any; error?: any }>;

async function signedInCounty() {
  const { county, city } = countyAndCity();
  const backend = openBackend(path.dirname(county.store.file), { secrets: county.secrets });
  const call: Call = (user, method, input) =>
    backend.router.call(method, input, callerFor(backend.router, user)) as never;
  for (const role of ['clerk', 'viewer', 'approver'] as const) {
    county.addUser(role, [role], `${role}-pass-1`);
    await call(role, 'auth.login', { username: role, password: `${role}-pass-1` });
  }
  return { county, city, backend, call };
}

describe('outbox methods', () => {
  it('let a clerk see what would go, export, list, fetch the files again and import a receipt; a viewer may not', async () => {
    const { county, city, backend, call } = await signedInCounty();
    try {
      addPeople(county, 6);
      const recipients = await call('clerk', 'outbox.recipients', {});
      expect(recipients).toMatchObject({
        ok: true,
        value: [
          {
            officeCode: CITY_CODE,
            nextSeq: 1,
            unacknowledged: 0,
            snapshotRequired: false,
            deltaCounts: { people: 6 },
            snapshotCounts: { people: 6 },
          },
        ],
      });
      expect(await call('viewer', 'outbox.export', { to: CITY_CODE })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await call('viewer', 'outbox.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

      const exported = await call('approver', 'outbox.export', { to: CITY_CODE, partMb: 20 });
      expect(exported).toMatchObject({ ok: true, value: { entry: { seq: 1, counts: { people: 6 }, status: 'sent' } } });
      const { packageId, files } = exported.value.entry;
      const contents = await call('clerk', 'outbox.files', { packageId });
      expect(contents.value.map((f: { fileName: string }) => f.fileName)).toEqual(files);
      const download = path.join(tempDir(), files[0]);
      fs.writeFileSync(download, Buffer.from(contents.value[0].contentBase64, 'base64'));
      const verified = await verifyPackage([download], {
        keys: loadKeyRing(city.ctx()),
        trust: trustLookup(city.store),
      });
      expect(verified.header.packageId).toBe(packageId);

      const hash = county.store.sqlite.prepare('SELECT package_hash FROM outbox_packages').pluck().get() as string;
      const receipt = await writeReceipt(city, county, { lastContiguousSeq: 1, lastPackageHash: hash });
      const upload = receipt.map((file) => ({
        fileName: path.basename(file),
        contentBase64: fs.readFileSync(file).toString('base64'),
      }));
      expect(await call('clerk', 'outbox.importReceipt', { files: upload })).toMatchObject({
        ok: true,
        value: { acknowledged: 1 },
      });
      expect(await call('clerk', 'outbox.list', {})).toMatchObject({
        ok: true,
        value: [{ packageId, status: 'acknowledged', filesPresent: false }],
      });
      expect(await call('clerk', 'outbox.files', { packageId })).toMatchObject({
        ok: false,
        error: { code: 'OUTBOX_ALREADY_ACKNOWLEDGED' },
      });
      expect(await call('clerk', 'outbox.export', { to: CITY_CODE })).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_NOTHING_NEW' },
      });
      expect(await call('clerk', 'outbox.export', { to: '999999' })).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_RECIPIENT_NOT_TRUSTED' },
      });
      expect(
        await call('clerk', 'outbox.importReceipt', { files: [{ fileName: 'x.boaipkg', contentBase64: 'AAAA' }] }),
      ).toMatchObject({ ok: false, error: { code: 'PKG_NOT_A_PACKAGE' } });
    } finally {
      backend.close();
    }
  });
});

describe('cli: package export and db restore', () => {
  it('exports to a named file with --json, and after a restore asks for a snapshot', { timeout: 420_000 }, async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 4);
    const dataDir = path.dirname(county.store.file);
    const env = { BOAI_KEY_PASSPHRASE: `passphrase of ${county.code}` };
    const backup = path.join(tempDir(), 'county-backup.sqlite');
    backupDatabase(county.store, backup);
    addPeople(county, 1, 55);
    county.backend.close();

    const usb = tempDir('boai-usb-');
    const run = runCli(
      dataDir,
      ['package', 'export', path.join(usb, '宿城区上报.boaipkg'), '--to', CITY_CODE, '--json'],
      env,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({
      ok: true,
      to: CITY_CODE,
      seq: 1,
      kind: 'delta',
      counts: { people: 5 },
      parts: 1,
      files: [path.join(usb, '宿城区上报.boaipkg')],
    });

    const locked = runCli(dataDir, ['package', 'export', usb, '--to', CITY_CODE, '--json'], {
      BOAI_KEY_PASSPHRASE: '',
    });
    expect(locked.status).toBe(1);
    expect(locked.json()).toMatchObject({ ok: false, code: 'KEYS_LOCKED' });

    const restored = runCli(dataDir, ['db', 'restore', backup, '--json']);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.json()).toMatchObject({ ok: true, officeCode: county.code, incarnationId: expect.any(String) });
    // The backup predates the first package, yet the city has seen one: only a snapshot may follow.
    const refused = runCli(dataDir, ['package', 'export', usb, '--to', CITY_CODE, '--json'], env);
    expect(refused.status).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, code: 'EXPORT_SNAPSHOT_REQUIRED' });
    const snapshot = runCli(
      dataDir,
      ['package', 'export', usb, '--to', CITY_CODE, '--snapshot', '--part-mb', '5', '--json'],
      env,
    );
    expect(snapshot.json()).toMatchObject({ ok: true, seq: 1, kind: 'snapshot', counts: { people: 4 } });
    const header = (
      await verifyPackage(snapshot.json().files as string[], {
        keys: loadKeyRing(city.ctx()),
        trust: trustLookup(city.store),
      })
    ).header;
    expect(header.sender.incarnationId).toBe(restored.json().incarnationId);
  });
});
