// 组织概览 as a clerk opens it: volunteers on the roster and registered this year, hours waiting for approval,
// members by kind with the lapsed and those about to lapse, this year's approved hours by month; a figure opens the
// roster filtered to what it counts, and the approval list.
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { expect, signIn, test, type App } from './fixtures';
import { validId } from './stock-support';

test.use({ timezoneId: 'Asia/Shanghai' });

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Six volunteers (two registered this year, one suspended), approved hours in each month so far, one pending. */
async function seedVolunteers(app: App) {
  const year = Number(today().slice(0, 4));
  const registered = [`${year - 3}-05-01`, `${year - 2}-03-08`, `${year - 1}-12-31`, `${year - 1}-06-01`];
  registered.push(`${year}-01-01`, today());
  const rows: VolunteerRow[] = [];
  for (const [n, registrationDate] of registered.entries())
    rows.push(
      (await app.api('volunteers.create', {
        person: {
          name: ['王志强', '李秀英', '陈刚', '赵敏', '孙浩', '周芳'][n],
          idNumber: validId('19880412', `${n}11`),
        },
        registrationDate,
      })) as VolunteerRow,
    );
  await app.api('volunteers.update', {
    id: rows[3]!.id,
    rowVersion: rows[3]!.rowVersion,
    patch: { status: 'suspended', statusReason: '外出务工' },
  });
  const enter = async (ids: string[], date: string, hours: number, name: string) =>
    (await app.api('volunteers.service.enter', {
      activity: { name, date },
      volunteerIds: ids,
      duration: { hours },
      backfillReason: '按纸质台账补录',
    })) as ServiceEntryResult;
  const approved: string[] = [];
  const month = Number(today().slice(5, 7));
  for (let m = 1; m <= month; m++) {
    const date = m === month ? today() : `${year}-${String(m).padStart(2, '0')}-15`;
    const ids = rows.filter((_, n) => n !== 3 && (n + m) % 3 !== 0).map((r) => r.id);
    approved.push(...(await enter(ids, date, 2 + (m % 4), `社区服务${m}月`)).recordIds);
  }
  await app.api('volunteers.service.decide', { ids: approved, decision: 'approve' });
  await enter([rows[0]!.id, rows[1]!.id], addDays(today(), -1), 3.5, '应急救护培训保障');
  return rows;
}

/** Six members: three adults (one lapsed, one about to lapse), two pupils and a school. */
async function seedMembers(app: App) {
  const year = Number(today().slice(0, 4));
  const adult = async (name: string, serial: string) =>
    (await app.api('members.create', {
      kind: 'individual',
      person: { name, idNumber: validId('19750101', serial) },
      joinDate: `${year - 3}-03-01`,
    })) as { id: string };
  const pay = (memberId: string, paid: number) =>
    app.api('members.dues.collect', { memberId, year: paid, amountFen: 1_000, paidDate: today() });
  await adult('钱立新', '701');
  await pay((await adult('吴建国', '702')).id, year - 2);
  await pay((await adult('郑丽华', '703')).id, year - 1);
  for (const [name, serial] of [
    ['冯小雨', '704'],
    ['陈乐乐', '705'],
  ] as const)
    await app.api('members.create', {
      kind: 'youth',
      person: { name, idNumber: validId('20140601', serial) },
      school: '实验小学',
      className: '四(1)班',
      joinDate: `${year - 1}-09-01`,
    });
  await app.api('members.create', {
    kind: 'group',
    unitName: '宿城区第一中学',
    headcount: 120,
    joinDate: `${year}-01-05`,
  });
}

test('the organisation dashboard: figures of the year, each opening the list it counts', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  const volunteerRows = await seedVolunteers(app);
  await seedMembers(app);
  // A rescue team of two volunteers, neither holding a first-aid certificate.
  const team = (await app.api('rescue.teams.create', { name: '骆马湖水上救援队', type: '水上救援' })) as { id: string };
  for (const volunteer of volunteerRows.slice(0, 2))
    await app.api('rescue.members.add', {
      teamId: team.id,
      personId: volunteer.personId,
      role: '队员',
      joinedDate: today(),
    });
  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await page.getByRole('navigation').getByRole('link', { name: '组织概览' }).click();

  const volunteers = page.getByRole('region', { name: '志愿者', exact: true });
  await expect(volunteers.getByRole('button', { name: /在册志愿者\s*5\s*人/ })).toBeVisible();
  await expect(volunteers.getByRole('button', { name: /本年新注册\s*2\s*人/ })).toBeVisible();
  const pending = page.getByRole('region', { name: '待审核服务时长' });
  await expect(pending.getByRole('button', { name: /待审核记录\s*2\s*条/ })).toBeVisible();
  await expect(pending.getByRole('button', { name: /待审核时长\s*7\s*小时/ })).toBeVisible();
  const members = page.getByRole('region', { name: '会员' });
  await expect(members).toContainText(/会员\s*6\s*人/);
  await expect(members).toContainText(/已失效\s*1\s*人/);
  await expect(members).toContainText(/即将失效\s*1\s*人/);
  await expect(members).toContainText(/个人会员\s*3\s*青少年会员\s*2\s*团体会员\s*1/);
  const rescue = page.getByRole('region', { name: '应急救援队' });
  await expect(rescue.getByRole('button', { name: /队伍\s*1\s*支/ })).toBeVisible();
  await expect(rescue.getByRole('button', { name: /就绪\s*0\s*人/ })).toBeVisible();
  await expect(rescue.getByRole('button', { name: /证书过期或无证\s*2\s*人/ })).toBeVisible();
  const year = today().slice(0, 4);
  const approved = page.getByRole('region', { name: `${year} 年已审核服务时长` });
  await expect(approved.getByRole('img', { name: '各月已审核服务时长（小时）' })).toBeVisible();
  await shot('organisation-dashboard');

  await volunteers.getByRole('button', { name: /在册志愿者/ }).click();
  await expect(page.getByRole('heading', { name: '志愿者', level: 1 })).toBeVisible();
  await expect(page.getByLabel('状态')).toHaveValue('active');
  await expect(page.getByText('共 5 名志愿者')).toBeVisible();

  await page.goBack();
  await page
    .getByRole('region', { name: '志愿者', exact: true })
    .getByRole('button', { name: /本年新注册/ })
    .click();
  await expect(page.getByText(`注册日期 ${year}-01-01 至 ${year}-12-31`)).toBeVisible();
  await expect(page.getByText('共 2 名志愿者')).toBeVisible();
  await expect(page.locator('.vol-grid')).toContainText('周芳');
  await shot('organisation-roster-registered-this-year');
  await page.getByRole('button', { name: '取消注册日期筛选' }).click();
  await expect(page.getByText('共 6 名志愿者')).toBeVisible();

  await page.goBack();
  await page
    .getByRole('region', { name: '待审核服务时长' })
    .getByRole('button', { name: /待审核记录/ })
    .click();
  await expect(page.getByRole('heading', { name: '服务时长审核', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '应急救护培训保障' })).toContainText('2 人，7 小时');

  await page.goBack();
  await page
    .getByRole('region', { name: '会员' })
    .getByRole('button', { name: /已失效/ })
    .click();
  await expect(page.getByRole('heading', { name: '催缴与失效', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/member-lists\/lapsed$/);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Organisation overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Members' })).toContainText(/Lapsed\s*1\s*people/);
  await shot('organisation-dashboard-en');
});
