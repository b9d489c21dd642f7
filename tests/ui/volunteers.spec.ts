// Volunteers as a county office keeps them: a roster imported from an Excel file (bad rows named by row and field),
// one activity's hours entered for 40 volunteers by keyboard alone (one refused by name for a day past 24 hours),
// approved by an approver (a clerk sees no approve button), and the star list showing the volunteer who crossed
// 100 hours.
import ExcelJS from 'exceljs';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { expect, signIn, test, type App } from './fixtures';
import { validId } from './stock-support';
import { openVolunteerPage } from './volunteer-support';

// Clerks work in China time, as the core's dates do.
test.use({ timezoneId: 'Asia/Shanghai' });

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test('a volunteer roster imported from an Excel file, bad rows named by row and field', async ({ page, app, shot }) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await openVolunteerPage(page, '志愿者');
  await expect(page.getByText('还没有志愿者。')).toBeVisible();
  await shot('volunteers-roster-empty');

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('志愿者花名册');
  sheet.addRow(['宿城区红十字会志愿者花名册']);
  sheet.addRow(['序号', '姓名', '身份证号', '性别', '手机号', '乡镇', '注册日期', '服务队', '技能']);
  sheet.addRow([
    1,
    '王志强',
    validId('19850312', '011'),
    '男',
    '13851110001',
    '项里街道',
    '2023-05-01',
    '应急救护队',
    '应急救护、驾驶',
  ]);
  sheet.addRow([
    2,
    '李秀英',
    validId('19900620', '022'),
    '女',
    '13851110002',
    '幸福街道',
    '2024-01-15',
    '应急救护队',
    '心理疏导',
  ]);
  sheet.addRow([
    3,
    '陈刚',
    validId('19781109', '031'),
    '男',
    '13851110003',
    '项里街道',
    '2024-03-08',
    '水上救援队',
    '',
  ]);
  sheet.addRow([4, '赵敏', '32130219920101', '女', '', '', '2024-03-08', '', '']);
  sheet.addRow([5, '孙浩', validId('19950505', '051'), '男', '', '', '2024-02-30', '', '']);
  await page.getByLabel('选择志愿者名册文件').setInputFiles({
    name: '志愿者花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  const dialog = page.getByRole('dialog', { name: '导入志愿者名册' });
  await expect(dialog).toContainText('共 5 行：3 行可以导入，2 行有问题');
  await expect(dialog).toContainText('第 6 行 身份证号：');
  await expect(dialog).toContainText('第 7 行 注册日期：');
  await expect(dialog).not.toContainText('registrationDate');
  await shot('volunteers-roster-import-checked');
  await dialog.getByRole('button', { name: '导入 3 名志愿者' }).click();
  await expect(dialog).toContainText('共 5 行：导入 3 名志愿者，2 行有问题未导入。');
  await expect(dialog.getByRole('button', { name: '导入 3 名志愿者' })).toBeHidden();
  await dialog.getByRole('button', { name: '关闭' }).click();

  await expect(page.getByText('共 3 名志愿者')).toBeVisible();
  await expect(page.locator('.vol-grid')).toContainText('应急救护队');
  await shot('volunteers-roster');
  const stored = (await app.api('volunteers.list', { offset: 0, limit: 10 })) as VolunteerPage;
  expect(stored.rows.map((r) => r.name).sort()).toEqual(['李秀英', '王志强', '陈刚'].sort());
  expect(
    stored.rows
      .find((r) => r.name === '王志强')!
      .skills.map((s) => s.name)
      .sort(),
  ).toEqual(['应急救护', '驾驶'].sort());

  await page.getByLabel('搜索姓名、拼音、志愿者编号、身份证号后几位').fill('lxy');
  await expect(page.getByText('共 1 名志愿者')).toBeVisible();
  await page.locator('.vol-grid .ag-row', { hasText: '李秀英' }).dblclick();
  const edit = page.getByRole('dialog', { name: '修改志愿者 · 李秀英' });
  await edit.getByRole('button', { name: '暂停' }).click();
  const pause = page.getByRole('dialog', { name: '暂停志愿者 · 李秀英' });
  await pause.getByLabel('原因').fill('外出务工一年');
  await pause.getByRole('button', { name: '暂停' }).click();
  await expect(pause).toBeHidden();
  await expect(page.locator('.vol-grid')).toContainText('暂停');
  expect(
    ((await app.api('volunteers.list', { offset: 0, limit: 10, status: 'suspended' })) as VolunteerPage).rows,
  ).toMatchObject([{ name: '李秀英', statusReason: '外出务工一年' }]);
});

/** 41 volunteers: the first has 99 approved hours (a star at 100), the last 22 hours already today. */
async function seedVolunteers(app: App): Promise<VolunteerRow[]> {
  const rows: VolunteerRow[] = [];
  for (let n = 0; n < 41; n++) {
    const idNumber = validId(`1990${String((n % 12) + 1).padStart(2, '0')}10`, String(100 + n));
    rows.push(
      (await app.api('volunteers.create', {
        person: { name: `志愿者${String(n + 1).padStart(2, '0')}`, idNumber },
        registrationDate: '2024-01-01',
      })) as VolunteerRow,
    );
  }
  const enter = async (ids: string[], date: string, hours: number, name: string) =>
    (await app.api('volunteers.service.enter', {
      activity: { name, date },
      volunteerIds: ids,
      duration: { hours },
    })) as ServiceEntryResult;
  const seeded: string[] = [];
  for (const [days, hours] of [
    [5, 24],
    [4, 24],
    [3, 24],
    [2, 24],
    [1, 3],
  ] as const)
    seeded.push(...(await enter([rows[0]!.id], addDays(today(), -days), hours, `防汛值守第${6 - days}天`)).recordIds);
  await app.api('volunteers.service.decide', { ids: seeded, decision: 'approve' });
  await enter([rows[40]!.id], today(), 22, '夜间抢险');
  return rows;
}

test('40 volunteers’ hours entered by keyboard, approved by an approver, the star list updated', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  await app.addUser('shenhe', ['approver']);
  const volunteers = await seedVolunteers(app);
  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await openVolunteerPage(page, '服务时长录入');

  const started = Date.now();
  await page.getByLabel('选择已有活动').focus();
  const key = page.keyboard;
  await key.press('Tab');
  await key.type('社区应急救护宣传');
  await key.press('Enter');
  await key.type('宿城区红十字会');
  await key.press('Enter');
  await key.type('项里社区广场');
  await key.press('Tab');
  await key.press('Tab');
  await key.type('发放救护知识手册、演示心肺复苏');
  await key.press('Tab');
  await key.press('Tab');
  await key.type('08:30');
  await key.press('Enter');
  await key.type('11:30');
  await key.press('Tab');
  await key.press('Tab');
  const listed = [...volunteers.slice(0, 39), volunteers[40]!];
  await key.type(listed.map((v) => v.number).join('\n'));
  await key.press('Control+Enter');
  await expect(page.getByText('名单共 40 人')).toBeVisible();
  await key.press('Tab');
  await key.press('Tab');
  await key.type('2');
  await key.press('Enter');
  await key.type('4');
  await expect(page.getByText('名单共 40 人，合计 120 小时')).toBeVisible();
  await shot('volunteers-hours-entry');
  await key.press('Control+Enter');
  const result = page.locator('.vol-entry-result');
  await expect(result).toContainText('已录入 39 条服务记录，合计 117 小时，等待审核。');
  expect(Date.now() - started).toBeLessThan(60_000);
  await expect(result).toContainText(`以下 1 人未录入：`);
  await expect(result).toContainText(`志愿者41：${today()} 当天的服务时长合计会超过 24 小时`);
  await shot('volunteers-hours-result');

  await openVolunteerPage(page, '服务时长审核');
  await expect(page.getByText('您可以查看待审核的记录；审核通过或退回需要审核人权限。')).toBeVisible();
  await expect(page.getByRole('button', { name: '整个活动通过' })).toHaveCount(0);
  await shot('volunteers-approval-clerk');

  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, app, 'shenhe', 'User-pass-1');
  await openVolunteerPage(page, '服务时长审核');
  const group = page.getByRole('region', { name: '社区应急救护宣传' });
  await expect(group).toContainText('39 人，117 小时');
  await shot('volunteers-approval');
  await group.getByRole('button', { name: '整个活动通过' }).click();
  await expect(page.getByText('已通过 39 条服务记录。')).toBeVisible();
  await expect(page.getByRole('region', { name: '社区应急救护宣传' })).toHaveCount(0);

  await openVolunteerPage(page, '星级与时长');
  const year = today().slice(0, 4);
  await expect(page.getByRole('table').nth(1)).toContainText('志愿者01');
  await expect(page.getByRole('table').nth(1)).toContainText('一星');
  await expect(page.getByRole('table').first()).toContainText('100 小时起');
  await expect(page.getByText(`${year} 年晋升星级的志愿者`)).toBeVisible();
  await shot('volunteers-stars');
  const first = (await app.api('volunteers.get', { id: volunteers[0]!.id })) as VolunteerRow;
  expect(first).toMatchObject({ approvedHalfHours: 202, star: 1 });
});
