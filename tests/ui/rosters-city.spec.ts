// The city reads each county's Red Cross rosters as the county reported them, one county at a time: its volunteers,
// members and rescue teams with the county's own fields, and no button that would change them. The pages that are a
// county's own work (hours entry and approval, dues, the roster settings) are not in the city's sidebar.
import type { CoreContext } from '@core/context';
import { createCustomField } from '@core/customFields/fields';
import { createMember } from '@core/members/roster/members';
import { createPerson } from '@core/people/service';
import { addTeamMember } from '@core/rescue/members';
import { createTeam } from '@core/rescue/teams';
import { createGroup } from '@core/volunteers/roster/groups';
import { createVolunteer } from '@core/volunteers/roster/volunteers';
import { generatePeople } from '../fixtures/people';
import { cityOffice, countyOf } from './city-support';
import { expect, signIn, test } from './fixtures';
import { columnTexts } from './stock-support';

const COUNTY = '宿城区红十字会';

/** Three volunteers (one in a team, with the county's 服务区域), two members and a water-rescue team of two. */
function countyRosters(ctx: CoreContext) {
  return ctx.store.sqlite.transaction(() => {
    const adults = generatePeople(30, 2).filter((input) => input.idNumber!.slice(6, 10) < '2000');
    const people = adults.slice(0, 3).map((input) => createPerson(ctx, input, true).person);
    const area = createCustomField(ctx, {
      roster: 'volunteers',
      labelZh: '服务区域',
      labelEn: 'Service area',
      type: 'text',
      required: false,
      inGrid: true,
    });
    const card = createCustomField(ctx, {
      roster: 'teamMembers',
      labelZh: '救生员证号',
      labelEn: 'Lifeguard card',
      type: 'text',
      required: false,
      inGrid: true,
    });
    const team = createGroup(ctx, { kind: 'team', name: '应急救护队' });
    const volunteers = people.map((person, n) =>
      createVolunteer(ctx, {
        personId: person.id,
        registrationDate: '2025-03-01',
        teamIds: n === 0 ? [team.id] : [],
        customFields: n === 0 ? { [area.key]: '项里街道' } : null,
      }),
    );
    for (const person of people.slice(0, 2))
      createMember(ctx, { kind: 'individual', personId: person.id, joinDate: '2024-05-01' });
    const rescue = createTeam(ctx, { name: '骆马湖水上救援队', type: '水上救援', contactPhone: '0527-84211234' });
    addTeamMember(ctx, {
      teamId: rescue.id,
      volunteerId: volunteers[0]!.id,
      role: '队长',
      joinedDate: '2025-04-01',
      customFields: { [card.key]: 'JS-0427' },
    });
    addTeamMember(ctx, { teamId: rescue.id, personId: people[2]!.id, role: '队员', joinedDate: '2025-04-01' });
    return { people, area, card };
  })();
}

test('the city clerk picks a county and reads its rosters, with no button that changes them', async ({
  page,
  app,
  shot,
}) => {
  const cleanup: (() => void)[] = [];
  try {
    const city = await cityOffice(app);
    const county = countyOf(city, '321302', COUNTY, cleanup);
    const { people, area, card } = countyRosters(county.ctx);
    await county.report();
    await app.addUser('shiyuan', ['clerk', 'approver']);
    await signIn(page, app, 'shiyuan', 'User-pass-1');

    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: '志愿服务' }).click();
    await nav.getByRole('button', { name: '会员' }).click();
    await nav.getByRole('button', { name: '应急救援队' }).click();
    for (const hidden of ['服务时长录入', '服务时长审核', '服务队与技能', '收会费', '会费标准', '救援队设置'])
      await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);

    // 志愿者: the city's own roster first (empty), then the county's, with its field and its teams.
    await nav.getByRole('link', { name: '志愿者', exact: true }).click();
    const office = page.getByLabel('单位', { exact: true });
    await expect(page.getByRole('button', { name: '新增志愿者' })).toBeVisible();
    await office.selectOption({ label: COUNTY });
    await expect(page.getByText('共 3 名志愿者')).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(`这是${COUNTY}上报的名册，市红十字会只能查看和导出。`);
    expect((await columnTexts(page, 'name')).sort()).toEqual(people.map((p) => p.name).sort());
    await expect(page.getByRole('columnheader', { name: '服务区域' })).toHaveAttribute('col-id', area.key);
    await expect(page.locator(`.ag-row [col-id="${area.key}"]`, { hasText: '项里街道' })).toHaveCount(1);
    for (const write of ['新增志愿者', '导入志愿者名册', '导入历史服务时长'])
      await expect(page.getByRole('button', { name: write })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible();
    await page.getByLabel('服务队', { exact: true }).selectOption({ label: '应急救护队' });
    await expect(page.getByText('共 1 名志愿者')).toBeVisible();
    await page.locator('.ag-row[row-index="0"] [col-id="name"]').dblclick();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await shot('rosters-city-volunteers');

    // 会员名册 keeps the county while the clerk moves on.
    await nav.getByRole('link', { name: '会员名册' }).click();
    await expect(office).toHaveValue('321302');
    await expect(page.getByText('共 2 名会员')).toBeVisible();
    await expect(page.getByRole('button', { name: '新增会员' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导入会员名册' })).toHaveCount(0);
    await page.locator('.ag-row[row-index="0"] [col-id="name"]').dblclick();
    const member = page.getByRole('dialog', { name: /会员 · / });
    await expect(member.getByLabel('入会日期')).toBeDisabled();
    await expect(member.getByRole('button', { name: '收会费' })).toHaveCount(0);
    await expect(member.getByRole('button', { name: '作废' })).toHaveCount(0);
    await shot('rosters-city-member');
    await member.press('Escape');

    // 救援队伍 and a team's page: its members with the county's 救生员证号, no edit, drill or add.
    await nav.getByRole('link', { name: '救援队伍' }).click();
    await expect(page.getByText('共 1 支队伍')).toBeVisible();
    await expect(page.getByRole('button', { name: '新建救援队' })).toHaveCount(0);
    await shot('rosters-city-teams');
    await page.locator('.ag-row[row-index="0"] [col-id="name"]').dblclick();
    await expect(page.getByRole('heading', { name: '骆马湖水上救援队', level: 1 })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(`这是${COUNTY}上报的名册，市红十字会只能查看和导出。`);
    await expect(page.getByRole('columnheader', { name: '救生员证号' })).toHaveAttribute('col-id', card.key);
    await expect(page.locator(`.ag-row [col-id="${card.key}"]`, { hasText: 'JS-0427' })).toHaveCount(1);
    for (const write of ['修改队伍', '记录演练/出队', '添加队员'])
      await expect(page.getByRole('button', { name: write })).toHaveCount(0);
    await shot('rosters-city-team');

    // 组织概览 of the county.
    await nav.getByRole('link', { name: '组织概览' }).click();
    await expect(office).toHaveValue('321302');
    await expect(page.getByRole('region', { name: '志愿者' })).toContainText('3');
    await shot('rosters-city-dashboard');
  } finally {
    for (const done of cleanup) done();
  }
});
