// Rescue teams as a county office keeps them: a team set up on screen, a member added from the registry, the team
// page showing each member's first-aid certificate (one expired, issued through the real training core), a drill
// entered by keyboard (the volunteer's hours made into one service record), and the call-out list printed.
import type { PersonRow } from '@core/people/contract';
import type { RescueTeamRow } from '@core/rescue/contract';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServicePage } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { addMonths } from '@rules/training/certificateDates';
import { expect, signIn, test, type App } from './fixtures';
import { validId } from './stock-support';
import { openSectionPage } from './volunteer-support';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const PEOPLE = [
  { name: '周海涛', birth: '19820415', mobile: '13951230001', issued: () => addDays(today(), -200) },
  { name: '吴建国', birth: '19750908', mobile: '13951230002', issued: () => addMonths(today(), -50) },
  { name: '孙丽华', birth: '19880121', mobile: '13951230003', issued: () => addDays(addMonths(today(), -36), 40) },
  { name: '郑小龙', birth: '19930630', mobile: '13951230004', issued: null },
] as const;

/** Four people, each with the certificate the list says (the second's expired years ago), the first a volunteer; a catalog item. */
async function seedPeople(app: App): Promise<{ people: PersonRow[]; volunteer: VolunteerRow }> {
  const kindId = app.backend.store.sqlite
    .prepare("SELECT id FROM training_kinds WHERE code = 'rescuer'")
    .pluck()
    .get() as string;
  const people: PersonRow[] = [];
  for (const [n, p] of PEOPLE.entries()) {
    const created = (await app.api('people.create', {
      person: { name: p.name, idNumber: validId(p.birth, String(201 + n)), mobile: p.mobile, township: '项里街道' },
    })) as { person: PersonRow };
    people.push(created.person);
    if (p.issued)
      await app.api('training.certificates.issue', { personId: created.person.id, kindId, issueDate: p.issued() });
  }
  const category = (await app.api('stock.categories.create', { name: '救援装备' })) as { id: string };
  await app.api('stock.items.create', {
    code: 'JY-001',
    name: '救生衣',
    categoryId: category.id,
    unit: '件',
    unitValue: 12_000,
  });
  const volunteer = (await app.api('volunteers.create', {
    personId: people[0]!.id,
    registrationDate: '2024-03-01',
  })) as VolunteerRow;
  return { people, volunteer };
}

test('a rescue team showing a member with an expired certificate, a drill by keyboard, the call-out list', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('jiuyuan', ['clerk']);
  const { people, volunteer } = await seedPeople(app);
  await signIn(page, app, 'jiuyuan', 'User-pass-1');
  await openSectionPage(page, '应急救援队', '救援队伍');
  await expect(page.getByText('还没有救援队。')).toBeVisible();

  await page.getByRole('button', { name: '新建救援队' }).click();
  const teamForm = page.getByRole('dialog', { name: '新建救援队' });
  await teamForm.getByLabel('队伍名称').fill('骆马湖水上救援队');
  await teamForm.getByLabel('队伍类型').selectOption('水上救援');
  await teamForm.getByLabel('联系电话').fill('0527-84211234');
  await shot('rescue-team-new');
  await teamForm.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { name: '骆马湖水上救援队', level: 1 })).toBeVisible();
  const team = ((await app.api('rescue.teams.list', { offset: 0, limit: 10 })) as { rows: RescueTeamRow[] }).rows[0]!;

  // The captain joins on screen, picked from the registry; the others through the API.
  await page.getByRole('button', { name: '添加队员' }).click();
  const memberForm = page.getByRole('dialog', { name: /添加队员/ });
  const find = memberForm.getByLabel('从人员库查找（姓名、拼音或身份证号后几位）');
  await find.fill('周海涛');
  await find.press('Enter');
  await memberForm.getByRole('button', { name: /周海涛/ }).click();
  await memberForm.getByLabel('职务').selectOption('队长');
  await memberForm.getByLabel('入队日期').fill(addDays(today(), -60));
  await shot('rescue-member-add');
  await memberForm.getByRole('button', { name: '确定' }).click();
  await expect(memberForm).toBeHidden();
  for (const person of people.slice(1))
    await app.api('rescue.members.add', {
      teamId: team.id,
      personId: person.id,
      role: '队员',
      joinedDate: addDays(today(), -30),
    });
  await page.reload();

  const grid = page.locator('.rescue-members-grid');
  const rowOf = (name: string) => grid.locator('.ag-row', { hasText: name });
  await expect(rowOf('吴建国').locator('[col-id="readiness"]')).toHaveText('已过期');
  await expect(rowOf('周海涛').locator('[col-id="readiness"]')).toHaveText('有效');
  await expect(rowOf('孙丽华').locator('[col-id="readiness"]')).toHaveText('即将到期');
  await expect(rowOf('郑小龙').locator('[col-id="readiness"]')).toHaveText('无证');
  await expect(rowOf('周海涛').locator('[col-id="volunteerNumber"]')).toHaveText(volunteer.number);
  await expect(rowOf('吴建国').locator('[col-id="mobile"]')).toHaveText('13951230002');
  await expect(page.getByText('队员 4 人，其中 2 人救护员证有效')).toBeVisible();
  await expect(page.getByText('2 人证书已过期或无证')).toBeVisible();
  // The captain first: the office's order of roles.
  await expect(grid.locator('.ag-row[row-index="0"] [col-id="name"]')).toHaveText('周海涛');
  await shot('rescue-team-members');

  await page.getByLabel('救护员证').selectOption('expired');
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await expect(rowOf('吴建国')).toBeVisible();
  // The export writes the view as filtered: the one member whose certificate has expired.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/骆马湖水上救援队队员名单.*\.xlsx$/);
  await expect(page.getByText('已导出 1 名队员。')).toBeVisible();
  await page.getByLabel('救护员证').selectOption('');

  // Life jackets from the catalog assigned to the team: a record of who holds them, no stock movement.
  await page.getByRole('tab', { name: '装备' }).click();
  const assign = page.getByRole('form', { name: '配发装备' });
  await assign.getByLabel('物资').selectOption({ label: 'JY-001 救生衣（件）' });
  await assign.getByLabel('数量').fill('20');
  await assign.getByLabel('备注').fill('汛期前配发');
  await assign.getByRole('button', { name: '配发装备' }).click();
  await expect(page.locator('.rescue-tab .data-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.rescue-tab .data-table')).toContainText('20 件');
  await shot('rescue-team-equipment');
  await page.getByRole('tab', { name: '队员' }).click();

  // A drill yesterday: hours for everyone, three members ticked by keyboard, one with her own hours.
  await page.getByRole('button', { name: '记录演练/出队' }).click();
  const drill = page.getByRole('dialog', { name: /记录演练\/出队/ });
  await drill.getByLabel('日期').fill(addDays(today(), -1));
  await drill.getByLabel('地点').fill('骆马湖北岸码头');
  await drill.getByLabel('内容').fill('落水人员搜救与心肺复苏演练');
  await drill.getByLabel('开始时间').fill('08:30');
  await drill.getByLabel('结束时间').fill('11:30');
  await drill.getByRole('checkbox', { name: '周海涛' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const ticked = drill.locator('tbody input[type=checkbox]:checked');
  await expect(ticked).toHaveCount(3);
  const firstTwo = await drill.locator('tbody tr.rescue-ticked td:first-child').allInnerTexts();
  await drill.getByLabel(`${firstTwo[1]!.trim()} 本人时长`).fill('2');
  await expect(drill.getByText('志愿者到场的时长会记为一条志愿服务记录')).toBeVisible();
  await shot('rescue-drill-entry');
  await drill.getByRole('button', { name: '保存（3 人到场）' }).click();
  await expect(page.getByRole('status')).toContainText('3 人到场，其中 1 名志愿者');
  await page.getByRole('tab', { name: '演练与出队' }).click();
  const drills = page.locator('.rescue-members-grid');
  await expect(drills.locator('.ag-row[row-index="0"] [col-id="total"]')).toHaveText('8');
  await shot('rescue-team-drills');

  const service = (await app.api('volunteers.service.list', {
    volunteerId: volunteer.id,
    offset: 0,
    limit: 10,
  })) as ServicePage;
  expect(service.rows).toMatchObject([{ activityName: '骆马湖水上救援队演练', halfHours: 6, status: 'pending' }]);

  // The call-out list, with phones and each certificate's state.
  await page.getByRole('button', { name: '打印集结名单' }).click();
  await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('应急救援队集结名单');
  await expect(sheet.locator('tbody tr')).toHaveCount(4);
  await expect(sheet.locator('tbody tr', { hasText: '吴建国' })).toContainText('已过期');
  await expect(sheet.locator('tbody tr', { hasText: '吴建国' })).toContainText('13951230002');
  await expect(sheet).toContainText('0527-84211234');
  await shot('rescue-callout-print');

  await page.goto(`${app.host.url}#/rescue-teams`);
  await expect(page.locator('.rescue-grid .ag-row[row-index="0"] [col-id="ready"]')).toHaveText('2 / 4');
  await shot('rescue-teams');
});

test('team types and roles are the office’s own lists', async ({ page, app, shot }) => {
  await app.setupOffice();
  await app.addUser('jiuyuan', ['clerk']);
  await app.api('rescue.teams.create', { name: '县赈济队', type: '赈济' });
  await signIn(page, app, 'jiuyuan', 'User-pass-1');
  await openSectionPage(page, '应急救援队', '救援队设置');
  const types = page.getByRole('region', { name: '队伍类型' });
  await types.getByLabel('队伍类型 4').fill('赈济救援');
  await types.getByLabel('队伍类型 新名称').fill('危化品处置');
  await types.getByRole('button', { name: '添加' }).click();
  await shot('rescue-settings');
  await types.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  const stored = (await app.api('rescue.teams.list', { offset: 0, limit: 10 })) as { rows: RescueTeamRow[] };
  expect(stored.rows).toMatchObject([{ name: '县赈济队', type: '赈济救援' }]);
  expect(((await app.api('rescue.settings.get', {})) as { teamTypes: string[] }).teamTypes).toContain('危化品处置');
});
