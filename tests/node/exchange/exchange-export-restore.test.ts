// A county restored from a backup: the database gets a new incarnation id, the current file is kept,
// an incremental package is refused (the city saw records this copy no longer knows), and a snapshot
// resyncs the city once an administrator accepts it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreDatabase } from '@core/admin/restore';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { acceptSnapshot, importPackage, writeReceipt } from '@core/exchange/inbox';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { listOutbox } from '@core/exchange/outbox/store';
import { backupDatabase } from '@db/open';
import { openBackend } from '../../../electron/backend';
import { tempDir } from '../support';
import { addPeople, CITY_CODE, countyAndCity } from './exchange-export-support';

const admin = { userId: 'cli', username: 'cli:test', displayName: 'cli:test', roles: ['admin' as const] };

describe('db restore', () => {
  it('gives the restored database a new incarnation; the next package must be a snapshot, which the city can accept', async () => {
    const { county, city } = countyAndCity();
    addPeople(county, 4);
    const first = await exportPackage(county.ctx(), { to: CITY_CODE });
    await importPackage(city.ctx(), first.written);
    await importReceipt(county.ctx(), [(await writeReceipt(city.ctx(), { to: county.code, dir: tempDir() })).file]);
    const backup = path.join(tempDir('boai-backup-'), 'county.sqlite');
    backupDatabase(county.store, backup);
    const lostIds = addPeople(county, 2, 77);
    const lost = await exportPackage(county.ctx(), { to: CITY_CODE });
    await importPackage(city.ctx(), lost.written);

    const file = county.store.file;
    const oldIncarnation = county.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
    county.backend.close();
    const result = restoreDatabase(file, backup, { actor: admin, now: new Date('2026-12-02T10:00:00Z') });
    expect(result.previousIncarnationId).toBe(oldIncarnation);
    expect(result.incarnationId).not.toBe(oldIncarnation);
    expect(fs.existsSync(result.previousCopy!)).toBe(true);

    const restored = openBackend(path.dirname(file));
    try {
      const ctx: CoreContext = { ...county.ctx(), store: restored.store };
      expect(restored.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get()).toBe(
        result.incarnationId,
      );
      expect(restored.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(4);
      expect(listOutbox(ctx).map((e) => e.seq)).toEqual([1]);
      const audit = restored.store.sqlite
        .prepare(`SELECT after FROM audit_log WHERE method = 'db.restore'`)
        .pluck()
        .get() as string;
      expect(JSON.parse(audit)).toMatchObject({ incarnationId: result.incarnationId });

      addPeople({ ...county, ctx: () => ctx }, 1, 88);
      await expect(exportPackage(ctx, { to: CITY_CODE })).rejects.toMatchObject({ code: 'EXPORT_SNAPSHOT_REQUIRED' });
      const snapshot = await exportPackage(ctx, { to: CITY_CODE, snapshot: true });
      expect(snapshot.entry).toMatchObject({ seq: 2, kind: 'snapshot', counts: { people: 5 } });

      const forked = await importPackage(city.ctx(), snapshot.written);
      expect(forked.status).toBe('forked');
      const resynced = await acceptSnapshot(city.ctx(['admin'], 'inbox.acceptSnapshot'), forked.packageId);
      expect(resynced.status).toBe('applied');
      const countyIds = restored.store.sqlite.prepare('SELECT id FROM people ORDER BY id').pluck().all();
      const cityLive = city.store.sqlite
        .prepare('SELECT id FROM people WHERE office_code = ? AND voided = 0 ORDER BY id')
        .pluck()
        .all(county.code);
      // Every record of the restored county is in the city. (The two from the lost package stay too: what
      // a resync does with records the county no longer has is the city's rule, not the export's.)
      expect(cityLive).toEqual(expect.arrayContaining(countyIds));
      expect(cityLive).toEqual(expect.arrayContaining(lostIds));
    } finally {
      restored.close();
    }
  });

  it('refuses a file that is not a database and a backup of another office, leaving the database as it was', () => {
    const { county } = countyAndCity();
    const other = countyAndCity().city;
    const junk = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database');
    const file = county.store.file;
    const otherBackup = path.join(tempDir(), 'other.sqlite');
    backupDatabase(other.store, otherBackup);
    county.backend.close();
    const before = fs.readFileSync(file);
    expect(() => restoreDatabase(file, junk, { actor: admin, now: new Date() })).toThrow(
      expect.objectContaining({ code: 'RESTORE_NOT_A_DATABASE' }),
    );
    expect(() => restoreDatabase(file, otherBackup, { actor: admin, now: new Date() })).toThrow(
      expect.objectContaining({ code: 'RESTORE_OTHER_OFFICE' }),
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
