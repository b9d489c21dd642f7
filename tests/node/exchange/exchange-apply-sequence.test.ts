// Sequencing per county in the city: gaps held and filled, replays, forks after a county restored a
// backup (stop; an administrator accepts a snapshot), and never going back to a lower row_version.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptSnapshot, importPackage, listInbox, listReview, resolveReview } from '@core/exchange/inbox';
import {
  addGenerated,
  backupOf,
  cityWith,
  COUNTY,
  CITY,
  databaseDigest,
  edit,
  exportTo,
  peopleOf,
  RECEIVED_LOG,
} from './exchange-apply-support';

describe('county streams in the city', () => {
  it('holds a package after a gap, lists the missing numbers, and applies it once the gap is filled', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const packages: string[][] = [];
    for (let i = 0; i < 3; i++) {
      addGenerated(county!, 2, 10 + i);
      packages.push(await exportTo(county!, CITY));
    }

    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const third = await importPackage(city.ctx(), packages[2]!);
    expect(third).toMatchObject({ status: 'held', code: 'PKG_SEQUENCE_GAP', seq: 3, missing: [1, 2] });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    const kept = path.join(path.dirname(city.store.file), 'inbox', third.packageId);
    expect(fs.readdirSync(kept)).toHaveLength(1); // the clerk may take the USB stick away
    expect(listInbox(city.ctx()).streams).toMatchObject([
      { sender: COUNTY, lastSeq: 0, held: 1, missing: [1, 2], fork: null },
    ]);

    expect(await importPackage(city.ctx(), packages[0]!)).toMatchObject({ status: 'applied', seq: 1, released: [] });
    expect(listInbox(city.ctx()).streams[0]).toMatchObject({ lastSeq: 1, missing: [2] });
    const second = await importPackage(city.ctx(), packages[1]!);
    expect(second).toMatchObject({ status: 'applied', seq: 2, released: [{ status: 'applied', seq: 3 }] });
    expect(fs.existsSync(kept)).toBe(false);
    expect(peopleOf(city)).toEqual(peopleOf(county!));
    expect(listInbox(city.ctx()).streams[0]).toMatchObject({ lastSeq: 3, held: 0, missing: [] });
    expect(await importPackage(city.ctx(), packages[2]!)).toMatchObject({ status: 'already' });
  });

  it('treats an old sequence number with another hash as a fork, stops the stream, and resyncs from an accepted snapshot', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const ids = addGenerated(county!, 3);
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const restore = backupOf(county!, false);
    edit(county!, ids[0]!, { notes: '第二次修改' });
    edit(county!, ids[0]!, { notes: '第三次修改' });
    await importPackage(city.ctx(), await exportTo(county!, CITY));

    // The county restores yesterday's backup and carries on: its seq 2 is not the seq 2 the city has.
    const restored = restore();
    addGenerated(restored, 2, 55);
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const fork = await importPackage(city.ctx(), await exportTo(restored, CITY));
    expect(fork).toMatchObject({ status: 'forked', code: 'PKG_REPLAY_MISMATCH', seq: 2 });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);

    // Nothing more from that county applies until the fork is resolved.
    addGenerated(county!, 1, 77);
    const stopped = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(stopped).toMatchObject({ status: 'forked', code: 'PKG_STREAM_FORKED', seq: 3 });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    expect(listInbox(city.ctx()).streams[0]).toMatchObject({ fork: 'PKG_REPLAY_MISMATCH', lastSeq: 2 });

    const snapshot = await importPackage(city.ctx(), await exportTo(restored, CITY, { snapshot: true }));
    expect(snapshot).toMatchObject({ status: 'forked', kind: 'snapshot' });
    const row = listInbox(city.ctx()).packages.find((p) => p.packageId === snapshot.packageId)!;
    expect(row.canAcceptSnapshot).toBe(true);
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);

    const accepted = await acceptSnapshot(city.ctx(['admin'], 'inbox.acceptSnapshot'), snapshot.packageId);
    // The restored county has ids[0] at row_version 1; the city keeps its row_version 3 and lists the conflict.
    expect(accepted).toMatchObject({
      status: 'applied',
      summary: { people: { new: 2, unchanged: 2, conflicts: 1, updated: 0 } },
    });
    expect(city.store.sqlite.prepare('SELECT row_version, notes FROM people WHERE id = ?').get(ids[0])).toEqual({
      row_version: 3,
      notes: '第三次修改',
    });
    expect(listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 }).rows).toMatchObject([
      { recordId: ids[0], reason: 'ROW_VERSION_LOWER', rowVersion: 1, details: { storedRowVersion: 3 } },
    ]);
    expect(listInbox(city.ctx()).streams[0]).toMatchObject({ fork: null, lastSeq: snapshot.seq, epoch: 2 });

    // The restored county's next package follows the snapshot.
    addGenerated(restored, 1, 88);
    expect(await importPackage(city.ctx(), await exportTo(restored, CITY))).toMatchObject({
      status: 'applied',
      summary: { people: { new: 1 } },
    });
  });

  it('treats a new database incarnation as a fork that only an accepted snapshot resolves, listing what the county lost', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 2);
    const restore = backupOf(county!, true);
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const [lost] = addGenerated(county!, 1, 31); // entered after the backup, sent, then lost with the restore
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const restored = restore();
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const files = await exportTo(restored, CITY, { snapshot: true });
    const outcome = await importPackage(city.ctx(), files);
    expect(outcome).toMatchObject({ status: 'forked', code: 'PKG_INCARNATION_CHANGED' });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    const preview = await importPackage(city.ctx(), files, { dryRun: true, acceptSnapshot: true });
    expect(preview).toMatchObject({ status: 'preview', summary: { people: { unchanged: 2, conflicts: 1 } } });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    expect(await acceptSnapshot(city.ctx(['admin']), outcome.packageId)).toMatchObject({
      status: 'applied',
      summary: { people: { unchanged: 2, conflicts: 1 } },
    });
    // The city keeps the record the county lost, live, and lists it so the county can be asked to enter it again.
    expect(city.store.sqlite.prepare('SELECT voided FROM people WHERE id = ?').pluck().get(lost)).toBe(0);
    const review = listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 }).rows;
    expect(review).toMatchObject([{ recordId: lost, reason: 'MISSING_FROM_SNAPSHOT', sender: COUNTY }]);
    expect(() => resolveReview(city.ctx(['approver']), review[0]!.id, 'apply')).toThrow(
      expect.objectContaining({ code: 'REVIEW_CANNOT_APPLY' }),
    );
    expect(listInbox(city.ctx()).streams[0]).toMatchObject({
      fork: null,
      incarnationId: restored.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get(),
    });
  });
});
