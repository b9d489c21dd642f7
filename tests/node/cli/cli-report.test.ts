// `report annual` runs for real in a child process: exactly one JSON object {year, office, indicators}, exit 0 only
// when the report was read; a county naming another office or a missing year ends non-zero with the reason.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_NAMES } from '@core/report/contract';
import { seedPeople } from '../../fixtures/registryPeople';
import { runCli } from '../cli-support';
import { officeBackend } from '../support';

const CLI_RUNS_TIMEOUT = 300_000;

describe('cli: report', () => {
  it('prints the year, the office and every indicator', { timeout: CLI_RUNS_TIMEOUT }, () => {
    const office = officeBackend();
    seedPeople(office.store, 3);
    const dataDir = path.dirname(office.store.file);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

    const run = runCli(dataDir, ['report', 'annual', '--year', String(year), '--json']);
    expect(run.status).toBe(0);
    const printed = run.json() as { year: number; office: unknown; indicators: Record<string, unknown> };
    expect(Object.keys(printed)).toEqual(['year', 'office', 'indicators']);
    expect(printed).toMatchObject({ year, office: { code: '321302', name: '宿城区红十字会' } });
    expect(Object.keys(printed.indicators)).toEqual([...INDICATOR_NAMES]);
    expect(printed.indicators).toMatchObject({ peopleRegistered: 3, volunteers: 0, certifiedShareOfPopulation: null });

    const other = runCli(dataDir, ['report', 'annual', '--year', String(year), '--office', '321311', '--json']);
    expect(other.status).toBe(1);
    expect(other.json()).toMatchObject({ ok: false, code: 'REPORT_COUNTY_OWN_ONLY' });
    const noYear = runCli(dataDir, ['report', 'annual', '--json']);
    expect(noYear.status).toBe(1);
    expect(noYear.json()).toMatchObject({ ok: false, code: 'USAGE' });
  });
});
