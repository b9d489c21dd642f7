// The member roster import through the router: a dry run lists each bad row by row and field and writes nothing;
// the import matches or adds people, keeps the file's card numbers (numbering the missing), writes each paid
// year's dues, and the status shown follows them; a second import of the same people is refused row by row.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MemberImportResult } from '@core/members/import/contract';
import type { MemberPage, MemberStats } from '@core/members/roster/contract';
import { writeFile } from '../volunteers/volunteer-import-files';
import { valueOf } from '../volunteers/volunteer-support';
import { MEMBER_ROSTER_ERRORS, memberRosterCsv } from './member-import-files';
import { memberOffice } from './member-support';

describe('the member roster import', () => {
  it('imports members with their dues per year and lists the bad rows', async () => {
    const office = await memberOffice(2);
    const file = writeFile('members.csv', memberRosterCsv(office.people[0]!));
    const input = { fileName: 'members.csv', contentBase64: fs.readFileSync(file).toString('base64') };
    const dry = valueOf(await office.call<MemberImportResult>('clerk', 'members.import', { ...input, dryRun: true }));
    expect(dry).toMatchObject({ rows: 7, valid: 3, invalid: 4, errors: MEMBER_ROSTER_ERRORS, imported: 0 });
    expect(dry).toMatchObject({ peopleMatched: 1, peopleAdded: 2, duesYears: [2024, 2025], dues: 3 });
    expect(valueOf(await office.call<MemberStats>('viewer', 'members.stats', {})).members).toBe(0);

    const done = valueOf(await office.call<MemberImportResult>('clerk', 'members.import', input));
    expect(done).toMatchObject({ valid: 3, invalid: 4, imported: 3 });
    const page = valueOf(
      await office.call<MemberPage>('viewer', 'members.list', {
        sort: [{ column: 'cardNumber', direction: 'asc' }],
        offset: 0,
        limit: 50,
      }),
    );
    expect(page.rows.map((r) => [r.name, r.kind, r.cardNumber, r.paidYears, r.status])).toEqual([
      ['赵新民', 'youth', '321302M000001', [2024], 'active'],
      ['吴无缴', 'individual', '321302M000002', [], 'lapsed'],
      [office.people[0]!.name, 'individual', 'HY001', [2024, 2025], 'active'],
    ]);
    expect(page.rows[0]).toMatchObject({ school: '实验小学', className: '三(2)班' });
    expect(valueOf(await office.call<MemberStats>('viewer', 'members.stats', {}))).toEqual({
      members: 3,
      byKind: { individual: 2, youth: 1, group: 0 },
      lapsed: 1,
    });

    const again = valueOf(await office.call<MemberImportResult>('clerk', 'members.import', { ...input, dryRun: true }));
    expect(again.errors.filter((e) => e.code === 'MEMBER_ALREADY_ON_ROSTER').map((e) => e.row)).toEqual([3, 4, 9]);
  });
});
