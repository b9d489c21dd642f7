// The household import through the router and the real CLI: a dry run lists each bad row by row and field and
// writes nothing; the import forms the households of the heads' rows (with their poverty files and the members'
// facts), places a member whose head heads a household already, matches registered people, and prints exactly the
// issue's JSON; a second run of the same file finds every member in a household.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HouseholdImportResult } from '@core/households/import/contract';
import type { PovertyFileDetail } from '@core/households/poverty/contract';
import type { HouseholdDetail, HouseholdPage } from '@core/households/roster/contract';
import { runCli } from '../cli-support';
import { csv, writeFile } from '../volunteers/volunteer-import-files';
import { idNumberBorn, valueOf } from '../volunteers/volunteer-support';
import { HOUSEHOLD_HEADER, householdCsv, householdImportJson, IMPORTED } from './household-import-files';
import { householdOffice } from './household-support';

const CLI_RUNS_TIMEOUT = 300_000;
const LONE = idNumberBorn('19580101', '671');

/** An office with one household (head and a member) and a registered person in none; the file naming them. */
async function officeWithFile() {
  const office = await householdOffice(4);
  const [registered, head, member] = office.people;
  const existing = await office.household(head!.id, [member!.id]);
  const file = writeFile('households.csv', householdCsv(registered!, head!, member!));
  return { office, registered: registered!, existing, file };
}

describe('the household import', () => {
  it('lists the bad rows, then forms the households, places members and keeps their facts', async () => {
    const { office, registered, existing, file } = await officeWithFile();
    const input = { fileName: 'households.csv', contentBase64: fs.readFileSync(file).toString('base64') };
    const list = async () =>
      valueOf(
        await office.call<HouseholdPage>('viewer', 'households.list', {
          sort: [{ column: 'number', direction: 'asc' }],
          offset: 0,
          limit: 10,
        }),
      );
    const dry = valueOf(
      await office.call<HouseholdImportResult>('clerk', 'households.import', { ...input, dryRun: true }),
    );
    expect(dry).toMatchObject({ ...householdImportJson(0), peopleMatched: 1, peopleAdded: 4 });
    expect((await list()).total).toBe(1);
    expect(await office.call('viewer', 'households.import', input)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const done = valueOf(await office.call<HouseholdImportResult>('clerk', 'households.import', input));
    expect(done).toMatchObject(householdImportJson(5));
    const rows = (await list()).rows;
    expect(
      rows.map((r) => [r.headName, r.township, r.attribute, r.size, r.povertyStatus, r.monitoringCategory]),
    ).toEqual([
      [existing.headName, null, 'general', 3, null, null],
      ['张大山', '蔡集镇', 'minimumLiving', 3, 'assisted', null],
      [registered.name, '耿车镇', 'general', 1, 'monitored', 'unstableExited'],
    ]);
    expect(rows[2]!.headPersonId).toBe(registered.id);
    const zhang = valueOf(await office.call<HouseholdDetail>('clerk', 'households.get', { id: rows[1]!.id }));
    expect(zhang).toMatchObject({ number: '321302H000002', villageGroup: '三组' });
    expect(zhang.members.map((m) => [m.name, m.relation, m.labour, m.health])).toEqual([
      ['张大山', 'self', 'ordinary', 'healthy'],
      ['李秀英', 'spouse', 'weak', 'disabled'],
      ['张小明', 'child', 'none', 'healthy'],
    ]);
    expect(zhang.members[1]).toMatchObject({ disabilityCardNumber: `${IMPORTED.WIFE}22`, disabilityGrade: 2 });
    expect(zhang.members[2]!.schoolStage).toBe('primary');
    // The wife's row names no place: she lives where the head's row says.
    const wife = office.store.sqlite
      .prepare('SELECT township, village FROM people WHERE id_number = ?')
      .get(IMPORTED.WIFE);
    expect(wife).toEqual({ township: '蔡集镇', village: '张圩村' });
    const poverty = valueOf(
      await office.call<PovertyFileDetail>('viewer', 'households.poverty.get', { householdId: zhang.id }),
    );
    expect(poverty.file).toMatchObject({ mainCause: 'illness', status: 'assisted' });
    const joined = valueOf(await office.call<HouseholdDetail>('viewer', 'households.get', { id: existing.id }));
    expect(joined.members.map((m) => [m.name, m.relation])).toContainEqual(['钱小妹', 'child']);

    const again = valueOf(
      await office.call<HouseholdImportResult>('clerk', 'households.import', { ...input, dryRun: true }),
    );
    expect(again.valid).toBe(0);
    expect(again.errors.filter((e) => e.code === 'HOUSEHOLD_MEMBER_ELSEWHERE').map((e) => e.row)).toEqual([
      3, 4, 5, 6, 10, 13,
    ]);
  });

  it(
    'prints exactly the issue JSON from the CLI, exit 1 when a row is wrong',
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const { office, file } = await officeWithFile();
      const dataDir = path.dirname(office.store.file);
      const dry = runCli(dataDir, ['households', 'import', file, '--dry-run', '--json']);
      expect(dry.status).toBe(1);
      expect(dry.json()).toEqual(householdImportJson(0));
      const imported = runCli(dataDir, ['households', 'import', file, '--json']);
      expect(imported.status).toBe(1);
      expect(imported.json()).toEqual(householdImportJson(5));
      const clean = writeFile(
        'one.csv',
        csv([HOUSEHOLD_HEADER, [LONE, '周一', LONE, '本人', '', '', '', '', '', '', '', '', '', '', '']]),
      );
      const ok = runCli(dataDir, ['households', 'import', clean, '--json']);
      expect(ok.status).toBe(0);
      expect(ok.json()).toEqual({ rows: 1, valid: 1, invalid: 0, errors: [], households: 1, members: 1, imported: 1 });
    },
  );
});
