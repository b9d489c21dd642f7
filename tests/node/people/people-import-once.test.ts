// A people import is committed once: the same job committed again (a second click, a retry) is refused
// with IMPORT_ALREADY_COMMITTED, and the same file in a new job finds every row already registered.
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '@core/people/contract';
import { commitImportJob } from '@core/people/import/jobs';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { officeBackend } from '../support';
import { readyImport } from './people-import-support';

describe('people import: committed once', () => {
  it('refuses a second commit of the job and imports nothing twice from the same file', async () => {
    const { as, store } = officeBackend();
    const ctx = as(['clerk'], 'people.importCommit');
    const people = generatePeople(3, 11) as PersonInput[];
    const content = await workbookBuffer([PEOPLE_HEADER, ...people.map(personCells)]);
    const peopleCount = () => store.sqlite.prepare('SELECT count(*) FROM people').pluck().get();

    const { jobId } = await readyImport(ctx, '花名册.xlsx', content);
    expect(await commitImportJob(ctx, jobId, 'validOnly')).toMatchObject({ imported: 3 });
    await expect(commitImportJob(ctx, jobId, 'validOnly')).rejects.toMatchObject({ code: 'IMPORT_ALREADY_COMMITTED' });
    expect(peopleCount()).toBe(3);

    const again = await readyImport(ctx, '花名册.xlsx', content);
    expect(again.preview).toMatchObject({ rows: 3, valid: 0, invalid: 3 });
    await expect(commitImportJob(ctx, again.jobId, 'validOnly')).rejects.toMatchObject({
      code: 'IMPORT_NOTHING_VALID',
    });
    expect(peopleCount()).toBe(3);
  });
});
