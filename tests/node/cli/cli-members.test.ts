// `members import` and `members stats` run for real in a child process: exactly one JSON object each in the
// issue's shapes, exit 0 only when every row of the file is right.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { MEMBER_ROSTER_ERRORS, memberRosterCsv } from '../members/member-import-files';
import { writeFile } from '../volunteers/volunteer-import-files';
import { volunteerOffice } from '../volunteers/volunteer-support';

const CLI_RUNS_TIMEOUT = 300_000;

describe('cli: members', () => {
  it('imports a member roster with its dues and prints the figures', { timeout: CLI_RUNS_TIMEOUT }, async () => {
    const office = await volunteerOffice(1);
    const dataDir = path.dirname(office.store.file);
    const roster = writeFile('members.csv', memberRosterCsv(office.people[0]!));

    const dry = runCli(dataDir, ['members', 'import', roster, '--dry-run', '--json']);
    expect(dry.status).toBe(1);
    expect(dry.json()).toEqual({ rows: 7, valid: 3, invalid: 4, errors: MEMBER_ROSTER_ERRORS, imported: 0 });
    const imported = runCli(dataDir, ['members', 'import', roster, '--json']);
    expect(imported.json()).toEqual({ rows: 7, valid: 3, invalid: 4, errors: MEMBER_ROSTER_ERRORS, imported: 3 });

    const stats = runCli(dataDir, ['members', 'stats', '--json']);
    expect(stats.status).toBe(0);
    expect(stats.json()).toEqual({ members: 3, byKind: { individual: 2, youth: 1, group: 0 }, lapsed: 1 });
  });
});
