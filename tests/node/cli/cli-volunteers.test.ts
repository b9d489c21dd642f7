// `volunteers import`, `volunteers import-hours` and `volunteers stats` run for real in a child process: exactly one
// JSON object each in the shapes, exit 0 only when every row of the file is right.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { HOURS_ERRORS, hoursCsv, ROSTER_ERRORS, rosterCsv, writeFile } from '../volunteers/volunteer-import-files';
import { volunteerOffice } from '../volunteers/volunteer-support';

const CLI_RUNS_TIMEOUT = 300_000;

describe('cli: volunteers', () => {
  it('imports a roster and hours, and prints the figures by star', { timeout: CLI_RUNS_TIMEOUT }, async () => {
    const office = await volunteerOffice(3);
    const dataDir = path.dirname(office.store.file);
    const roster = writeFile('roster.csv', rosterCsv(office.people[0]!));

    const dry = runCli(dataDir, ['volunteers', 'import', roster, '--dry-run', '--json']);
    expect(dry.status).toBe(1);
    expect(dry.json()).toEqual({ rows: 5, valid: 2, invalid: 3, errors: ROSTER_ERRORS, imported: 0 });
    const imported = runCli(dataDir, ['volunteers', 'import', roster, '--json']);
    expect(imported.json()).toEqual({ rows: 5, valid: 2, invalid: 3, errors: ROSTER_ERRORS, imported: 2 });

    const hours = writeFile('hours.csv', hoursCsv(office.people[0]!, '321302V000002'));
    const checked = runCli(dataDir, ['volunteers', 'import-hours', hours, '--dry-run', '--json']);
    expect(checked.status).toBe(1);
    expect(checked.json()).toEqual({ rows: 12, valid: 4, invalid: 8, errors: HOURS_ERRORS, imported: 0, hours: 0 });
    const good = writeFile(
      'good.csv',
      hoursCsv(office.people[0]!, '321302V000002').split('\r\n').slice(0, 3).join('\r\n'),
    );
    const done = runCli(dataDir, ['volunteers', 'import-hours', good, '--json']);
    expect(done.status).toBe(0);
    expect(done.json()).toEqual({ rows: 2, valid: 2, invalid: 0, errors: [], imported: 2, hours: 7.5 });

    const stats = runCli(dataDir, ['volunteers', 'stats', '--json']);
    expect(stats.status).toBe(0);
    expect(stats.json()).toEqual({
      volunteers: 2,
      approvedHours: 7.5,
      byStar: { '0': 2, '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
    expect(runCli(dataDir, ['volunteers', 'stats', '--year', '2024', '--json']).json()).toMatchObject({
      approvedHours: 0,
    });
    expect(runCli(dataDir, ['volunteers', 'stats', '--year', 'x', '--json']).status).toBe(1);
  });
});
