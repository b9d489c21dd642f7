// The roster's 导出 Excel through the router: the grid's view as an .xlsx read back - ID numbers masked as the grid
// masks them (a viewer gets no birth date either), teams, skills, status, approved hours and stars; the query's
// filters apply; a note a clerk typed as "=..." stays a text cell, never a formula.
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '@core/people/contract';
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { exportedRows as rowsOf } from '../exportedRows';
import { valueOf, volunteerOffice } from './volunteer-support';

const FORMULA = '=HYPERLINK("http://x","y")';

async function rosterWithHours() {
  const office = await volunteerOffice(3);
  const team = valueOf(
    await office.call<VolunteerGroupRow>('clerk', 'volunteers.groups.create', { kind: 'team', name: '应急救护队' }),
  );
  const [wang, li, chen] = await office.register(office.people.map((p) => p.id));
  valueOf(
    await office.call('clerk', 'volunteers.update', {
      id: wang!.id,
      rowVersion: wang!.rowVersion,
      patch: { teamIds: [team.id], notes: FORMULA },
    }),
  );
  valueOf(
    await office.call('clerk', 'volunteers.update', {
      id: chen!.id,
      rowVersion: chen!.rowVersion,
      patch: { status: 'suspended', statusReason: '外出务工' },
    }),
  );
  // 5 days of 20 hours: 100 approved hours, one star for 王; 3.5 hours for 李 on the first day.
  const recordIds: string[] = [];
  for (const day of [1, 2, 3, 4, 5]) {
    const entered = valueOf(
      await office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', {
        activity: { name: '防汛值守', date: addDays(new Date().toISOString().slice(0, 10), -1 - day) },
        volunteerIds: day === 1 ? [wang!.id, li!.id] : [wang!.id],
        duration: { hours: 20 },
        overrides: day === 1 ? [{ volunteerId: li!.id, hours: 3.5 }] : [],
      }),
    );
    recordIds.push(...entered.recordIds);
  }
  valueOf(await office.call('head', 'volunteers.service.decide', { ids: recordIds, decision: 'approve' }));
  return { office, wang: wang!, li: li!, chen: chen! };
}

describe('the volunteer roster export', () => {
  it('writes the grid’s view for a viewer: masked ID numbers, no birth date, hours, stars, a formula kept text', async () => {
    const { office, wang, li } = await rosterWithHours();
    const file = valueOf(await office.call<ExportedFile>('viewer', 'volunteers.export', {}));
    expect(file.fileName).toMatch(/^志愿者名册-\d{8}-\d{4}\.xlsx$/);
    expect(file.rows).toBe(3);
    const rows = await rowsOf(file);
    expect(Object.keys(rows[0]!)).not.toContain('出生日期');
    const stored = office.store.sqlite.prepare('SELECT id_number FROM people').pluck().all() as string[];
    for (const row of rows) {
      const id = row['身份证号码']!;
      expect(id.value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(stored).not.toContain(id.value);
      expect(id.numFmt).toBe('@');
    }
    const byNumber = new Map(rows.map((r) => [r['志愿者编号']!.value, r]));
    const w = byNumber.get(wang.number)!;
    expect(w['服务队']!.value).toBe('应急救护队');
    expect(w['累计时长(小时)']!.value).toBe(100);
    expect(w['星级']!.value).toBe(1);
    expect(w['备注']!.value).toBe(FORMULA);
    expect(w['备注']!.numFmt).toBe('@');
    expect(byNumber.get(li.number)!['累计时长(小时)']!.value).toBe(3.5);
    expect(await office.call('keeper', 'volunteers.export', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('keeps the query’s filters; a clerk, who may reveal ID numbers, gets the birth date but still masked IDs', async () => {
    const { office, chen } = await rosterWithHours();
    const file = valueOf(await office.call<ExportedFile>('clerk', 'volunteers.export', { status: 'suspended' }));
    const rows = await rowsOf(file);
    expect(rows.map((r) => r['志愿者编号']!.value)).toEqual([chen.number]);
    expect(rows[0]!['状态']!.value).toBe('暂停');
    expect(rows[0]!['状态原因']!.value).toBe('外出务工');
    expect(rows[0]!['出生日期']!.value).toBe(office.people[2]!.birthDate);
    expect(rows[0]!['身份证号码']!.value).toContain('********');
  });
});
