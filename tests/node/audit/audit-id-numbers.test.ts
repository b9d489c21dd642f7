// No full ID number (nor the reversed one, a search key) in the audit log after creating, editing, importing,
// revealing, exporting by ID number and voiding people: each appears as its mask plus a keyed hash, and the
// reveal entry names the person's record, so "who revealed whose ID" stays answerable.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import { entryHash, GENESIS_HASH, STORED_ENTRIES } from '@core/audit/chain';
import { exportPeople } from '@core/people/export';
import { commitImportJob } from '@core/people/import/jobs';
import { idReversed } from '@core/people/searchKeys';
import { createPerson, revealIdNumber, updatePerson, voidPerson } from '@core/people/service';
import { maskIdNumber } from '@rules/idNumber';
import { openBackend } from '../../../electron/backend';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { readyImport } from '../people/people-import-support';
import { officeBackend } from '../support';

describe('ID numbers in the audit log', () => {
  it('are never stored in full, and stay findable by their keyed hash', async () => {
    const { store, as } = officeBackend();
    const people = generatePeople(7, 21);
    const created = people.slice(0, 3).map((p) => createPerson(as(['clerk'], 'people.create'), p, true).person.id);
    updatePerson(
      as(['clerk'], 'people.update'),
      created[0]!,
      1,
      { idNumber: people[3]!.idNumber, name: '李更正' },
      true,
    );
    const clerk = as(['clerk'], 'people.importCommit');
    const { jobId } = await readyImport(
      clerk,
      '花名册.xlsx',
      await workbookBuffer([PEOPLE_HEADER, ...people.slice(4).map(personCells)]),
    );
    expect(await commitImportJob(clerk, jobId, 'allOrNothing')).toMatchObject({ imported: 3 });
    expect(revealIdNumber(as(['admin'], 'people.revealId'), created[1]!).idNumber).toBe(people[1]!.idNumber);
    await exportPeople(as(['admin'], 'people.export'), { search: people[2]!.idNumber, revealIds: true });
    voidPerson(as(['clerk'], 'people.void'), created[2]!, '重复登记');

    const audit = (store.sqlite.prepare('SELECT * FROM audit_log').raw().all() as unknown[][])
      .map((row) => row.join('\t'))
      .join('\n');
    for (const { idNumber } of people) {
      expect(audit).not.toContain(idNumber);
      expect(audit).not.toContain(idReversed(idNumber));
      expect(audit).not.toContain(idNumber.slice(6, 14) + idNumber.slice(14)); // the hidden birth date with the tail
    }
    const key = Buffer.from(store.sqlite.prepare('SELECT key FROM local_keys').pluck().get() as string, 'hex');
    const audited = (id: string) =>
      `${maskIdNumber(id)}#k:${createHmac('sha256', key).update(id).digest('hex').slice(0, 32)}`;
    const update = store.sqlite.prepare(`SELECT before, after FROM audit_log WHERE method = 'people.update'`).get() as {
      before: string;
      after: string;
    };
    expect(JSON.parse(update.before)).toMatchObject({ idNumber: audited(people[0]!.idNumber) });
    expect(JSON.parse(update.after)).toMatchObject({ idNumber: audited(people[3]!.idNumber), name: '李更正' });
    const exported = store.sqlite
      .prepare(`SELECT after FROM audit_log WHERE method = 'people.export'`)
      .pluck()
      .get() as string;
    expect(JSON.parse(exported)).toMatchObject({ query: { search: audited(people[2]!.idNumber) } });
    expect(store.sqlite.prepare(`SELECT record_id FROM audit_log WHERE method = 'people.revealId'`).pluck().get()).toBe(
      created[1],
    );
  });

  it('are taken out of entries an older version wrote, once, when the database is opened, with the rewrite on record', () => {
    const { backend, store, as } = officeBackend();
    const [person] = generatePeople(1, 23);
    const id = createPerson(as(['clerk'], 'people.create'), person!, true).person.id;
    // As an older version wrote it: the full ID number and its reversal in `after`, no journal head.
    const older = JSON.stringify({ ...person, idReversed: idReversed(person!.idNumber) });
    store.sqlite.prepare('UPDATE audit_log SET journal_seq = NULL, journal_hash = NULL').run();
    store.sqlite.prepare(`UPDATE audit_log SET after = ? WHERE method = 'people.create'`).run(older);
    let prev = GENESIS_HASH;
    for (const entry of STORED_ENTRIES.on(store.sqlite).all()) {
      const hash = entryHash(prev, entry);
      store.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, entry.seq);
      prev = hash;
    }
    const head = store.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    backend.close();

    for (let open = 0; open < 2; open++) {
      const reopened = openBackend(backend.dataDir);
      try {
        const text = (reopened.store.sqlite.prepare('SELECT * FROM audit_log').raw().all() as unknown[][])
          .map((r) => r.join('\t'))
          .join('\n');
        expect(text).not.toContain(person!.idNumber);
        expect(text).not.toContain(idReversed(person!.idNumber));
        const upgrades = reopened.store.sqlite
          .prepare(`SELECT after FROM audit_log WHERE method = 'audit.redactIdNumbers'`)
          .pluck()
          .all() as string[];
        expect(upgrades.map((u) => JSON.parse(u))).toEqual([{ entries: 1, previousHead: head }]);
        expect(
          reopened.store.sqlite.prepare(`SELECT record_id FROM audit_log WHERE method = 'people.create'`).pluck().get(),
        ).toBe(id);
        expect(checkDatabase(reopened.store)).toMatchObject({ ok: true, audit: { findings: [] } });
      } finally {
        reopened.close();
      }
    }
  });
});
