// The import wizard's preview keeps its transaction open so that "apply" commits exactly what was shown.
// Until then nothing is visible to the rest of the app; cancelling rolls it back; another preview or any
// other write in the app makes it give way, and applying then runs the apply afresh.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../fixtures/people';
import { addGenerated, cityWith, COUNTY, CITY, databaseDigest, exportTo, OTHER_COUNTY } from './exchange-apply-support';

const upload = (files: string[]) => ({
  files: files.map((file) => ({
    fileName: file.split('/').pop()!,
    contentBase64: fs.readFileSync(file).toString('base64'),
  })),
});
type Call = (method: string, input: unknown) => Promise<unknown>;

async function verified(clerk: Call, files: string[]): Promise<string> {
  const result = (await clerk('inbox.verify', upload(files))) as { ok: true; value: { uploadId: string } };
  return result.value.uploadId;
}

const peopleIn = (sqlite: import('better-sqlite3').Database, office: string) =>
  sqlite.prepare('SELECT count(*) FROM people WHERE office_code = ?').pluck().get(office);

describe('a previewed package', () => {
  it('is held uncommitted until applied, and applying commits what the preview showed', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 4);
    const clerk = await city.caller!(['clerk']);
    const uploadId = await verified(clerk, await exportTo(county!, CITY));
    const before = databaseDigest(city.store.sqlite);
    const preview = (await clerk('inbox.preview', { uploadId })) as { ok: true; value: { summary: unknown } };
    expect(preview).toMatchObject({ ok: true, value: { status: 'preview', summary: { people: { new: 4 } } } });
    // Reads elsewhere in the app see the database as it was.
    expect(databaseDigest(city.store.sqlite)).toBe(before);
    expect(await clerk('inbox.list', {})).toMatchObject({ ok: true, value: { packages: [] } });

    const applied = await clerk('inbox.apply', { uploadId });
    expect(applied).toMatchObject({ ok: true, value: { status: 'applied', summary: preview.value.summary } });
    expect(peopleIn(city.store.sqlite, COUNTY)).toBe(4);
    expect(await clerk('inbox.list', {})).toMatchObject({
      ok: true,
      value: { packages: [{ status: 'applied', seq: 1 }] },
    });
    const audit = city.store.sqlite
      .prepare(`SELECT method, username FROM audit_log WHERE table_name = 'inbox_packages'`)
      .all();
    expect(audit).toEqual([{ method: 'inbox.apply', username: 'caller1' }]);
  });

  it('is rolled back when the wizard is cancelled', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 3);
    const clerk = await city.caller!(['clerk']);
    const uploadId = await verified(clerk, await exportTo(county!, CITY));
    const before = databaseDigest(city.store.sqlite, ['sessions']);
    await clerk('inbox.preview', { uploadId });
    expect(await clerk('inbox.discard', { uploadId })).toMatchObject({ ok: true });
    expect(await clerk('inbox.finish', {})).toMatchObject({ ok: true, value: { indexesRebuilt: 0 } });
    expect(databaseDigest(city.store.sqlite, ['sessions'])).toBe(before);
    expect(await clerk('inbox.apply', { uploadId })).toMatchObject({ ok: false, error: { code: 'INBOX_UPLOAD_GONE' } });
  });

  it('gives way to another write in the app, and is then applied afresh', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 5);
    const clerk = await city.caller!(['clerk']);
    const uploadId = await verified(clerk, await exportTo(county!, CITY));
    await clerk('inbox.preview', { uploadId });
    const [own] = generatePeople(1, 99);
    const started = Date.now();
    expect(await clerk('people.create', { person: own, acceptWarnings: true })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(4_000); // no busy wait for the lock the preview held
    expect(peopleIn(city.store.sqlite, CITY)).toBe(1);
    expect(await clerk('inbox.apply', { uploadId })).toMatchObject({
      ok: true,
      value: { status: 'applied', summary: { people: { new: 5 } } },
    });
    expect(peopleIn(city.store.sqlite, COUNTY)).toBe(5);
  });

  it('gives way to the preview of another package', async () => {
    const {
      city,
      counties: [a, b],
    } = cityWith(COUNTY, OTHER_COUNTY);
    addGenerated(a!, 2, 1);
    addGenerated(b!, 3, 2);
    const clerk = await city.caller!(['clerk']);
    const first = await verified(clerk, await exportTo(a!, CITY));
    const second = await verified(clerk, await exportTo(b!, CITY));
    await clerk('inbox.preview', { uploadId: first });
    expect(await clerk('inbox.preview', { uploadId: second })).toMatchObject({
      ok: true,
      value: { status: 'preview', summary: { people: { new: 3 } } },
    });
    expect(await clerk('inbox.apply', { uploadId: first })).toMatchObject({
      ok: true,
      value: { status: 'applied', sender: COUNTY },
    });
    expect(await clerk('inbox.apply', { uploadId: second })).toMatchObject({
      ok: true,
      value: { status: 'applied', sender: OTHER_COUNTY },
    });
    expect(peopleIn(city.store.sqlite, COUNTY)).toBe(2);
    expect(peopleIn(city.store.sqlite, OTHER_COUNTY)).toBe(3);
  });
});
