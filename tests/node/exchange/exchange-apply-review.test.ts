// The review list and rejected packages: an ID number live in two counties is not overwritten silently,
// a record older than the city's is skipped and counted, a record of another office rejects the package;
// receipts tell the county what was applied, held and refused.
import { describe, expect, it } from 'vitest';
import { openPackage } from '@core/exchange/format';
import { importPackage, listInbox, listReview, resolveReview, writeReceipt } from '@core/exchange/inbox';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { listOutbox } from '@core/exchange/outbox/store';
import type { ReceiptBody } from '@core/exchange/receipt';
import { generatePeople } from '../../fixtures/people';
import { tempDir } from '../support';
import {
  addPeople,
  cityWith,
  COUNTY,
  CITY,
  craftPackage,
  databaseDigest,
  exportTo,
  OTHER_COUNTY,
  peopleOf,
  RECEIVED_LOG,
  recordsOf,
} from './exchange-apply-support';

describe('conflicts in the city', () => {
  it('puts a person whose ID number is live in another county on the review list; a reviewer may apply or dismiss', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const [shared, other, third] = generatePeople(3, 5);
    addPeople(a!, [shared!]);
    await importPackage(city.ctx(), await exportTo(a!, CITY));
    const [bShared, bOther] = addPeople(b!, [shared!, other!]);
    const outcome = await importPackage(city.ctx(), await exportTo(b!, CITY));
    expect(outcome).toMatchObject({ status: 'applied', summary: { people: { new: 1, conflicts: 1 } } });
    expect(peopleOf(city, OTHER_COUNTY).map((p) => p.id)).toEqual([bOther]);
    const review = listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 });
    expect(review.total).toBe(1);
    expect(review.rows[0]).toMatchObject({
      recordId: bShared,
      sender: OTHER_COUNTY,
      reason: 'ID_NUMBER_IN_OTHER_OFFICE',
      status: 'open',
    });
    expect(review.rows[0]!.label).toContain(shared!.name);
    expect(review.rows[0]!.label).not.toContain(shared!.idNumber); // masked

    const resolved = resolveReview(city.ctx(['approver'], 'inbox.resolveReview'), review.rows[0]!.id, 'apply');
    expect(resolved).toMatchObject({ status: 'applied', resolvedBy: 'user-approver' });
    expect(
      peopleOf(city, OTHER_COUNTY)
        .map((p) => p.id)
        .sort(),
    ).toEqual([bShared, bOther].sort());
    expect(() => resolveReview(city.ctx(['approver']), review.rows[0]!.id, 'dismiss')).toThrow(
      expect.objectContaining({ code: 'REVIEW_ALREADY_RESOLVED' }),
    );

    addPeople(b!, [third!]);
    addPeople(a!, [third!]);
    await importPackage(city.ctx(), await exportTo(b!, CITY));
    const conflict = await importPackage(city.ctx(), await exportTo(a!, CITY));
    expect(conflict.summary!.people).toMatchObject({ conflicts: 1 });
    const open = listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 }).rows;
    expect(resolveReview(city.ctx(['approver']), open[0]!.id, 'dismiss')).toMatchObject({ status: 'dismissed' });
    expect(peopleOf(city, COUNTY)).toHaveLength(1);
  });

  it('dismisses a selection of entries together, all of them or none', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    const shared = generatePeople(4, 6);
    addPeople(a!, shared);
    await importPackage(city.ctx(), await exportTo(a!, CITY));
    addPeople(b!, shared);
    expect(await importPackage(city.ctx(), await exportTo(b!, CITY))).toMatchObject({
      summary: { people: { conflicts: 4 } },
    });
    const ids = listReview(city.ctx(), { status: 'open', offset: 0, limit: 10 }).rows.map((r) => r.id);
    // Through the router: its write transaction is what makes the batch all or none.
    const reviewer = await city.caller!(['approver']);

    expect(await reviewer('inbox.dismissReviews', { ids: ids.slice(0, 2) })).toEqual({
      ok: true,
      value: { dismissed: 2 },
    });
    expect(await reviewer('inbox.dismissReviews', { ids: [ids[2]!, ids[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'REVIEW_ALREADY_RESOLVED' },
    });
    const statuses = () => listReview(city.ctx(), { offset: 0, limit: 10 }).rows.map((r) => [r.id, r.status]);
    expect(Object.fromEntries(statuses())).toEqual({
      [ids[0]!]: 'dismissed',
      [ids[1]!]: 'dismissed',
      [ids[2]!]: 'open',
      [ids[3]!]: 'open',
    });
    const audited = city.store.sqlite
      .prepare(`SELECT count(*) FROM audit_log WHERE method = 'inbox.dismissReviews'`)
      .pluck()
      .get();
    expect(audited).toBe(2);
    expect(peopleOf(city, OTHER_COUNTY)).toHaveLength(0);
  });

  it('applies a record sent twice in one package in order: the second version updates the first', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [id] = addPeople(county!, generatePeople(1, 12));
    const [record] = recordsOf(county!);
    const twice = [record!, { ...record!, rowVersion: 2, fields: { ...record!.fields, notes: '第二版' } }, record!];
    const outcome = await importPackage(city.ctx(), await craftPackage(county!, city, { seq: 1, records: twice }));
    expect(outcome).toMatchObject({ status: 'applied', summary: { people: { new: 1, updated: 1, conflicts: 1 } } });
    expect(city.store.sqlite.prepare('SELECT row_version, notes FROM people WHERE id = ?').get(id)).toEqual({
      row_version: 2,
      notes: '第二版',
    });
    expect(listReview(city.ctx(), { offset: 0, limit: 10 }).rows).toMatchObject([
      { recordId: id, reason: 'ROW_VERSION_LOWER' },
    ]);
  });

  it('skips and counts a record with a lower row_version than the city holds, and never applies it', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const [id] = addPeople(county!, generatePeople(1, 3));
    await importPackage(city.ctx(), await exportTo(county!, CITY));
    const first = city.store.sqlite.prepare('SELECT package_hash FROM inbox_packages').pluck().get() as string;
    const newer = recordsOf(county!).map((r) => ({ ...r, rowVersion: 5, fields: { ...r.fields, notes: '第五版' } }));
    await importPackage(city.ctx(), await craftPackage(county!, city, { seq: 2, prevHash: first, records: newer }));
    const second = city.store.sqlite.prepare('SELECT last_hash FROM inbox_streams').pluck().get() as string;
    const older = recordsOf(county!).map((r) => ({ ...r, rowVersion: 4, fields: { ...r.fields, notes: '旧版' } }));
    const outcome = await importPackage(
      city.ctx(),
      await craftPackage(county!, city, { seq: 3, prevHash: second, records: older }),
    );
    expect(outcome).toMatchObject({
      status: 'applied',
      summary: { people: { conflicts: 1, updated: 0, unchanged: 0 } },
    });
    expect(city.store.sqlite.prepare('SELECT row_version, notes FROM people WHERE id = ?').get(id)).toEqual({
      row_version: 5,
      notes: '第五版',
    });
    const [entry] = listReview(city.ctx(), { offset: 0, limit: 10 }).rows;
    expect(entry).toMatchObject({ reason: 'ROW_VERSION_LOWER', rowVersion: 4 });
    expect(() => resolveReview(city.ctx(['approver']), entry!.id, 'apply')).toThrow(
      expect.objectContaining({ code: 'REVIEW_CANNOT_APPLY' }),
    );
  });

  it('rejects a whole package holding a record of another office, changes no record, and says so on the receipt', async () => {
    const {
      city,
      counties: [county, other],
    } = cityWith(COUNTY, OTHER_COUNTY);
    addPeople(county!, generatePeople(2, 3));
    addPeople(other!, generatePeople(1, 4));
    const records = [...recordsOf(county!), ...recordsOf(other!)];
    const before = databaseDigest(city.store.sqlite, RECEIVED_LOG);
    const outcome = await importPackage(city.ctx(), await craftPackage(county!, city, { seq: 1, records }));
    expect(outcome).toMatchObject({
      status: 'rejected',
      code: 'PKG_RECORD_INVALID',
      details: { problem: 'officeCode', line: 3 },
    });
    expect(databaseDigest(city.store.sqlite, RECEIVED_LOG)).toBe(before);
    expect(listInbox(city.ctx()).packages).toMatchObject([{ status: 'rejected', reason: 'PKG_RECORD_INVALID' }]);
    const receipt = await writeReceipt(city.ctx(), { to: COUNTY, dir: tempDir('boai-receipts-') });
    const opened = await openPackage([receipt.file], {
      keys: loadKeyRing(county!.ctx()),
      trust: trustLookup(county!.store),
    });
    const bodies: ReceiptBody[] = [];
    for await (const line of opened.lines()) bodies.push(line as ReceiptBody);
    expect(bodies).toMatchObject([
      {
        county: COUNTY,
        lastContiguousSeq: 0,
        rejected: [{ seq: 1, packageId: outcome.packageId, code: 'PKG_RECORD_INVALID' }],
      },
    ]);
    expect(bodies[0]!.rejected[0]!.reason).toMatch(/重新导出/);
  });
});

describe('receipts', () => {
  it('tells the county what was applied and what is held; the county outbox follows', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const sent: string[][] = [];
    for (let i = 0; i < 3; i++) {
      addPeople(county!, generatePeople(1, 20 + i));
      sent.push(await exportTo(county!, CITY));
    }
    await importPackage(city.ctx(), sent[0]!);
    await importPackage(city.ctx(), sent[2]!);
    const dir = tempDir('boai-receipts-');
    const receipt = await writeReceipt(city.ctx(['clerk'], 'inbox.writeReceipt'), { to: COUNTY, dir });
    expect(receipt).toMatchObject({ to: COUNTY, seq: 1, lastContiguousSeq: 1 });
    const result = await importReceipt(county!.ctx(), [receipt.file]);
    expect(result).toMatchObject({ lastContiguousSeq: 1, held: 1 });
    expect(listOutbox(county!.ctx()).map((p) => [p.seq, p.status])).toEqual(
      expect.arrayContaining([
        [1, 'acknowledged'],
        [2, 'sent'],
        [3, 'held'],
      ]),
    );

    await importPackage(city.ctx(), sent[1]!);
    const second = await writeReceipt(city.ctx(), { to: COUNTY, dir });
    expect(second).toMatchObject({ seq: 2, lastContiguousSeq: 3 });
    await importReceipt(county!.ctx(), [second.file]);
    expect(listOutbox(county!.ctx()).map((p) => p.status)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
  });
});
