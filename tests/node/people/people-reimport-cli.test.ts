// `people import FILE --update [--dry-run]` run for real in a child process: the import shape plus updated and
// unchanged, the dry run writing nothing and reporting the same counts, blanks never erasing, exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPerson } from '@core/people/service';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { runCli } from '../cli-support';
import { officeBackend, tempDir } from '../support';

// Each CLI run starts tsx: slow on a busy machine.
const SLOW = 300_000;

describe('cli: people import --update', () => {
  it(
    'dry-runs, then updates changed people, adds new ones and keeps stored values under blank cells',
    async () => {
      const { backend, store, as } = officeBackend();
      const [a, b, c] = generatePeople(3, 31).map((p) => ({ ...p, mobile: '13912345678', village: '张圩村' }));
      for (const p of [a!, b!]) createPerson(as(['clerk'], 'people.create'), p);
      const rows = [
        PEOPLE_HEADER,
        personCells({ ...a!, village: '李庄村', mobile: null }),
        personCells(b!),
        personCells(c!),
      ];
      const file = path.join(tempDir(), '花名册.xlsx');
      fs.writeFileSync(file, await workbookBuffer(rows));
      const counts = () =>
        store.sqlite
          .prepare(
            `SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM change_journal),
      (SELECT count(*) FROM audit_log WHERE method <> 'auth.login')`,
          )
          .raw()
          .get(); // the CLI's sign-in is audited
      const before = counts();

      const shape = { rows: 3, valid: 3, invalid: 0, duplicates: 0, errors: [], updated: 1, unchanged: 1 };
      const dry = runCli(backend.dataDir, ['people', 'import', file, '--update', '--dry-run', '--json']);
      expect(dry.status).toBe(0);
      expect(dry.json()).toEqual(shape);
      expect(counts()).toEqual(before);

      const real = runCli(backend.dataDir, ['people', 'import', file, '--update', '--json']);
      expect(real.status).toBe(0);
      expect(real.json()).toEqual({ ...shape, imported: 1 });
      const stored = store.sqlite.prepare(
        'SELECT village, mobile, row_version AS rowVersion FROM people WHERE id_number = ?',
      );
      expect(stored.get(a!.idNumber)).toEqual({ village: '李庄村', mobile: '13912345678', rowVersion: 2 });
      expect(stored.get(b!.idNumber)).toEqual({ village: '张圩村', mobile: '13912345678', rowVersion: 1 });
      expect(stored.get(c!.idNumber)).toMatchObject({ village: '张圩村', rowVersion: 1 });

      const refused = runCli(backend.dataDir, [
        'people',
        'import',
        file,
        '--update',
        '--clear-blanks',
        'idNumber',
        '--json',
      ]);
      expect(refused.status).not.toBe(0);
      expect(refused.json()).toMatchObject({ ok: false, code: 'USAGE' });
    },
    SLOW,
  );
});
