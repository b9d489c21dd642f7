// Update by re-import (更新已登记人员): the per-field diff, unticked rows, blanks that never erase unless the
// column clears blanks, unchanged rows writing nothing, the audit and journal of each update, voided people
// not revived, masking for roles that may not reveal, and one transaction when a person changed meanwhile.
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@core/admin/check';
import type { PersonInput } from '@core/people/contract';
import { commitImportJob } from '@core/people/import/jobs';
import { prepareImport } from '@core/people/import/pipeline';
import { createPerson, updatePerson, voidPerson } from '@core/people/service';
import { contentHashOf } from '@core/records/contentHash';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer, type TestCell } from '../../fixtures/xlsx';
import { officeBackend } from '../support';
import { readyImport } from './people-import-support';

const VILLAGE = 5;
const MOBILE = 3;
const WORK_UNIT = 6;

/** Five registered people (with village and mobile) and the clerk's context. */
function registry() {
  const office = officeBackend();
  const clerk = office.as(['clerk'], 'people.importCommit');
  const people = generatePeople(6, 77).map((p, i): PersonInput => ({
    ...p,
    mobile: `1391234567${i}`,
    village: `张圩村${i}`,
    workUnit: null,
  }));
  const stored = people.slice(0, 5).map((p) => createPerson(office.as(['clerk'], 'people.create'), p).person);
  return { ...office, clerk, people, stored };
}

const cellsOf = (p: PersonInput, change: (cells: TestCell[]) => void = () => {}) => {
  const cells = personCells(p);
  change(cells);
  return cells;
};

function personRow(store: ReturnType<typeof officeBackend>['store'], id: string) {
  return store.sqlite
    .prepare(
      'SELECT name, mobile, village, work_unit AS workUnit, gender, row_version AS rowVersion FROM people WHERE id = ?',
    )
    .get(id) as {
    name: string;
    mobile: string | null;
    village: string | null;
    workUnit: string | null;
    gender: string;
    rowVersion: number;
  };
}

const counts = (store: ReturnType<typeof officeBackend>['store']) =>
  store.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM people),
  (SELECT count(*) FROM change_journal), (SELECT count(*) FROM audit_log)`,
    )
    .raw()
    .get();

describe('people import: update existing people', () => {
  it('shows the diff, writes the ticked updates and new people with journal and audit, and leaves the rest', async () => {
    const { store, clerk, people, stored } = registry();
    const rows = [
      PEOPLE_HEADER,
      cellsOf(people[0]!, (c) => {
        c[MOBILE] = '138 0000 1111';
        c[VILLAGE] = '李庄村';
      }), // row 2: update
      cellsOf(people[1]!), // row 3: the same values
      cellsOf(people[2]!, (c) => {
        c[MOBILE] = null;
        c[VILLAGE] = '  ';
        c[1] = null;
      }), // row 4: blanks never erase
      cellsOf(people[3]!, (c) => {
        c[WORK_UNIT] = '蔡集镇卫生院';
      }), // row 5: update, unticked below
      cellsOf(people[5]!), // row 6: a new ID number
      cellsOf(people[4]!, (c) => {
        c[MOBILE] = '12345';
      }), // row 7: a bad mobile
    ];
    const { jobId, preview } = await readyImport(clerk, '花名册.xlsx', await workbookBuffer(rows), undefined, {
      clearBlanks: [],
    });
    expect(preview.update).toMatchObject({ added: 1, updated: 2, unchanged: 2, clearBlanks: [] });
    expect(preview).toMatchObject({ rows: 6, valid: 5, invalid: 1, duplicates: 0 });
    expect(preview.update!.changes).toEqual([
      {
        row: 2,
        name: people[0]!.name,
        idNumber: people[0]!.idNumber,
        changes: [
          { field: 'mobile', from: '13912345670', to: '13800001111' },
          { field: 'village', from: '张圩村0', to: '李庄村' },
        ],
      },
      {
        row: 5,
        name: people[3]!.name,
        idNumber: people[3]!.idNumber,
        changes: [{ field: 'workUnit', from: null, to: '蔡集镇卫生院' }],
      },
    ]);
    // Each issue names its row's person; the sample shows what will be stored.
    expect(preview.issues).toEqual([
      { row: 7, name: people[4]!.name, field: 'mobile', code: 'MOBILE_FORMAT', severity: 'error' },
    ]);
    expect(preview.sample.map((s) => s.action)).toEqual([
      'update',
      'unchanged',
      'unchanged',
      'update',
      'add',
      'invalid',
    ]);
    expect(preview.sample[0]!.values).toMatchObject({ mobile: '13800001111', village: '李庄村' });
    expect(preview.sample[2]!.values).toMatchObject({ mobile: '13912345672', village: '张圩村2' });

    const journalBefore = store.sqlite.prepare('SELECT max(seq) FROM change_journal').pluck().get() as number;
    const auditBefore = store.sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    const result = await commitImportJob(clerk, jobId, 'validOnly', [5]);
    expect(result).toMatchObject({ imported: 1, updated: 1, unchanged: 2, skipped: 1 });

    expect(personRow(store, stored[0]!.id)).toMatchObject({ mobile: '13800001111', village: '李庄村', rowVersion: 2 });
    for (const i of [1, 2, 3, 4])
      expect(personRow(store, stored[i]!.id)).toEqual({ ...personRow(store, stored[i]!.id), rowVersion: 1 });
    expect(personRow(store, stored[2]!.id)).toMatchObject({
      mobile: '13912345672',
      village: '张圩村2',
      gender: stored[2]!.gender,
    });
    expect(personRow(store, stored[3]!.id).workUnit).toBeNull();

    const journal = store.sqlite
      .prepare(
        'SELECT record_id AS recordId, row_version AS rowVersion, operation, content_hash AS hash FROM change_journal WHERE seq > ? ORDER BY seq',
      )
      .all(journalBefore) as { recordId: string; rowVersion: number; operation: string; hash: string }[];
    expect(
      journal.map(({ recordId, rowVersion, operation }) => [
        recordId === stored[0]!.id ? 'p0' : 'new',
        rowVersion,
        operation,
      ]),
    ).toEqual([
      ['p0', 2, 'update'],
      ['new', 1, 'insert'],
    ]);
    const p0 = store.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(stored[0]!.id) as Record<string, unknown>;
    expect(journal[0]!.hash).toBe(contentHashOf(p0));
    const audit = store.sqlite
      .prepare('SELECT method, record_id AS recordId, before, after FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(auditBefore) as { method: string; recordId: string | null; before: string | null; after: string }[];
    expect(audit[0]).toEqual({
      method: 'people.importCommit',
      recordId: stored[0]!.id,
      before: JSON.stringify({ mobile: '13912345670', village: '张圩村0' }),
      after: JSON.stringify({ mobile: '13800001111', village: '李庄村' }),
    });
    expect(JSON.parse(audit[1]!.after)).toMatchObject({
      update: true,
      imported: 1,
      updated: 1,
      unchanged: 2,
      skipped: 1,
    });
    expect(audit).toHaveLength(2);
    expect(checkDatabase(store).ok).toBe(true);
  });

  it('empties a field only where its column is set to clear blanks; a blank gender keeps the stored one', async () => {
    const { store, clerk, people, stored } = registry();
    const rows = [
      PEOPLE_HEADER,
      cellsOf(people[0]!, (c) => {
        c[VILLAGE] = null;
        c[MOBILE] = null;
        c[1] = null;
      }),
    ];
    const content = await workbookBuffer(rows);
    const kept = await readyImport(clerk, 'a.xlsx', content, undefined, { clearBlanks: [] });
    expect(kept.preview.update).toMatchObject({ updated: 0, unchanged: 1 });
    const cleared = await readyImport(clerk, 'a.xlsx', content, undefined, { clearBlanks: ['village'] });
    expect(cleared.preview.update!.changes[0]!.changes).toEqual([{ field: 'village', from: '张圩村0', to: null }]);
    await commitImportJob(clerk, cleared.jobId, 'allOrNothing');
    expect(personRow(store, stored[0]!.id)).toMatchObject({
      village: null,
      mobile: '13912345670',
      gender: stored[0]!.gender,
      rowVersion: 2,
    });
  });

  it('writes nothing when every row is unchanged', async () => {
    const { store, clerk, people } = registry();
    const before = counts(store);
    const { jobId, preview } = await readyImport(
      clerk,
      'same.xlsx',
      await workbookBuffer([PEOPLE_HEADER, ...people.slice(0, 5).map((p) => personCells(p))]),
      undefined,
      { clearBlanks: [] },
    );
    expect(preview.update).toMatchObject({ added: 0, updated: 0, unchanged: 5, changes: [] });
    expect(await commitImportJob(clerk, jobId, 'allOrNothing')).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 5,
    });
    expect(counts(store)).toEqual(before);
  });

  it('does not revive a voided person: the row adds a new record, with a warning', async () => {
    const { store, clerk, people, stored, as } = registry();
    voidPerson(as(['clerk'], 'people.void'), stored[1]!.id, '重复录入');
    const { jobId, preview } = await readyImport(
      clerk,
      'v.xlsx',
      await workbookBuffer([PEOPLE_HEADER, personCells(people[1]!)]),
      undefined,
      { clearBlanks: [] },
    );
    expect(preview.update).toMatchObject({ added: 1, updated: 0 });
    expect(preview.issues).toEqual([
      { row: 2, name: people[1]!.name, field: 'idNumber', code: 'ID_VOIDED_ADDED_AGAIN', severity: 'warning' },
    ]);
    await commitImportJob(clerk, jobId, 'allOrNothing');
    const records = store.sqlite
      .prepare('SELECT voided FROM people WHERE id_number = ? ORDER BY voided')
      .pluck()
      .all(people[1]!.idNumber);
    expect(records).toEqual([0, 1]);
  });

  it('masks ID numbers in the diff and the sample for a role that may not reveal them', async () => {
    const { as, people } = registry();
    const rows = [
      PEOPLE_HEADER,
      cellsOf(people[0]!, (c) => {
        c[VILLAGE] = '李庄村';
      }),
    ];
    const prepared = await prepareImport(as(['viewer']), 'm.xlsx', await workbookBuffer(rows), {
      update: { clearBlanks: [] },
    });
    const masked = /^\d{6}\*{8}\d{3}[\dX]$/;
    expect(prepared.preview.update!.changes[0]!.idNumber).toMatch(masked);
    expect(prepared.preview.sample[0]!.values.idNumber).toMatch(masked);
    expect(JSON.stringify(prepared.preview)).not.toContain(people[0]!.idNumber.slice(6, 14));
  });

  it('fails whole, naming the row, when a matched person was edited after the preview', async () => {
    const { store, clerk, people, stored, as } = registry();
    const rows = [
      PEOPLE_HEADER,
      cellsOf(people[0]!, (c) => {
        c[VILLAGE] = '李庄村';
      }),
      cellsOf(people[1]!, (c) => {
        c[VILLAGE] = '王集村';
      }),
      personCells(people[5]!),
    ];
    const { jobId } = await readyImport(clerk, 'c.xlsx', await workbookBuffer(rows), undefined, { clearBlanks: [] });
    updatePerson(as(['clerk'], 'people.update'), stored[1]!.id, 1, { mobile: '13700000000' });
    const before = counts(store);
    await expect(commitImportJob(clerk, jobId, 'allOrNothing')).rejects.toMatchObject({
      code: 'IMPORT_PERSON_CHANGED',
      details: { row: 3, name: people[1]!.name },
    });
    expect(counts(store)).toEqual(before);
    expect(personRow(store, stored[0]!.id)).toMatchObject({ village: '张圩村0', rowVersion: 1 });
  });

  it('refuses a cell the reading could not decode (U+FFFD) instead of storing it over a registered value', async () => {
    const { store, clerk, people, stored } = registry();
    const rows = [
      PEOPLE_HEADER,
      cellsOf(people[0]!, (c) => {
        c[VILLAGE] = '东\uFFFD\uFFFD社区';
      }),
    ];
    const { preview } = await readyImport(clerk, 'g.xlsx', await workbookBuffer(rows), undefined, { clearBlanks: [] });
    expect(preview.issues).toEqual([
      { row: 2, name: people[0]!.name, field: 'village', code: 'TEXT_UNREADABLE', severity: 'error' },
    ]);
    expect(preview.update).toMatchObject({ updated: 0, unchanged: 0 });
    expect(personRow(store, stored[0]!.id)).toMatchObject({ village: '张圩村0', rowVersion: 1 });
  });
});
