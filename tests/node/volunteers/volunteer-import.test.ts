// The volunteer imports through the router: a roster's people are matched or added by ID number and its teams and
// skills found or added; historical hours are checked row by row (each bad row by field) and imported approved
// by the importing clerk, or pending for an approver when asked.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HoursImportResult, VolunteerImportResult } from '@core/volunteers/import/contract';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServicePage, VolunteerStats } from '@core/volunteers/service/contract';
import { HOURS_ERRORS, hoursCsv, ROSTER_ERRORS, rosterCsv, writeFile } from './volunteer-import-files';
import { valueOf, volunteerOffice } from './volunteer-support';

const fileInput = (file: string, extra: Record<string, unknown> = {}) => ({
  fileName: file.split('/').pop(),
  contentBase64: fs.readFileSync(file).toString('base64'),
  ...extra,
});

describe('volunteer imports', () => {
  it('imports a roster: people matched or added, teams and skills added, each bad row by field', async () => {
    const office = await volunteerOffice(3);
    const person = office.people[0]!;
    const file = writeFile('roster.csv', rosterCsv(person));
    const dry = valueOf(
      await office.call<VolunteerImportResult>('clerk', 'volunteers.import', fileInput(file, { dryRun: true })),
    );
    expect(dry).toMatchObject({
      rows: 5,
      valid: 2,
      invalid: 3,
      errors: ROSTER_ERRORS,
      peopleMatched: 1,
      peopleAdded: 1,
      imported: 0,
    });
    expect(dry.groupsAdded.sort()).toEqual(['应急救护', '应急救护队', '驾驶'].sort());
    expect(await office.call('viewer', 'volunteers.import', fileInput(file))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const done = valueOf(await office.call<VolunteerImportResult>('clerk', 'volunteers.import', fileInput(file)));
    expect(done).toMatchObject({ imported: 2, invalid: 3 });
    const page = valueOf(
      await office.call<VolunteerPage>('viewer', 'volunteers.list', {
        offset: 0,
        limit: 10,
        sort: [{ column: 'number', direction: 'asc' }],
      }),
    );
    expect(
      page.rows.map((r) => [
        r.number,
        r.name,
        r.registrationDate,
        r.teams.map((t) => t.name),
        r.skills.map((s) => s.name),
      ]),
    ).toEqual([
      ['321302V000001', person.name, '2024-03-01', ['应急救护队'], ['应急救护', '驾驶']],
      ['321302V000002', '赵新民', '2024-04-01', ['应急救护队'], []],
    ]);
    expect(page.rows[0]!.personId).toBe(person.id);
    const again = valueOf(
      await office.call<VolunteerImportResult>('clerk', 'volunteers.import', fileInput(file, { dryRun: true })),
    );
    expect(again.errors.filter((e) => e.code === 'VOLUNTEER_ALREADY_ON_ROSTER').map((e) => e.row)).toEqual([3, 4]);
  });

  it('imports hours: each bad row by field; approved by the clerk, or pending for an approver', async () => {
    const office = await volunteerOffice(3);
    const [v1, v2] = await office.register([office.people[0]!.id, office.people[1]!.id]);
    const file = writeFile('hours.csv', hoursCsv(office.people[0]!, v2!.number));
    const dry = valueOf(
      await office.call<HoursImportResult>('clerk', 'volunteers.importHours', fileInput(file, { dryRun: true })),
    );
    expect(dry).toMatchObject({
      rows: 12,
      valid: 4,
      invalid: 8,
      errors: HOURS_ERRORS,
      validHalfHours: 69,
      imported: 0,
    });

    const pending = valueOf(
      await office.call<HoursImportResult>('clerk', 'volunteers.importHours', fileInput(file, { pending: true })),
    );
    expect(pending).toMatchObject({ imported: 4, importedHalfHours: 69, activitiesAdded: 3, status: 'pending' });
    const stats = async (year?: number) =>
      valueOf(await office.call<VolunteerStats>('viewer', 'volunteers.stats', year ? { year } : {}));
    expect(await stats()).toMatchObject({ approvedHalfHours: 0 });
    // The same file again: the 12th still has room for the day rows (7.5 + 7.5 hours), the 13th has none (23 + 6).
    const twice = valueOf(
      await office.call<HoursImportResult>('clerk', 'volunteers.importHours', fileInput(file, { dryRun: true })),
    );
    expect(twice).toMatchObject({ valid: 2, validHalfHours: 15 });
    expect(twice.errors.filter((e) => e.code === 'SERVICE_DAY_OVER_24').map((e) => e.row)).toEqual([6, 7, 8]);
    valueOf(
      await office.call('head', 'volunteers.service.decide', {
        activityId: (await firstActivity(office)).activityId,
        decision: 'approve',
      }),
    );
    const records = valueOf(
      await office.call<ServicePage>('viewer', 'volunteers.service.list', { offset: 0, limit: 10 }),
    );
    expect(records.rows.every((r) => r.source === 'import' && r.backfill)).toBe(true);
    const v1Row = valueOf(await office.call<VolunteerRow>('viewer', 'volunteers.get', { id: v1!.id }));
    expect(v1Row.approvedHalfHours + v1Row.pendingHalfHours).toBe(61);
  });
});

async function firstActivity(office: Awaited<ReturnType<typeof volunteerOffice>>) {
  const page = valueOf(
    await office.call<ServicePage>('viewer', 'volunteers.service.list', { status: 'pending', offset: 0, limit: 1 }),
  );
  return page.rows[0]!;
}
