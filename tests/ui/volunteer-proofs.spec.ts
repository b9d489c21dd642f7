// A service-record proof as a clerk issues it: the volunteer found by number, the period's approved hours and
// content added up by the office, numbered, and printed on A4 with the ID number masked until revealed.
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { addDays } from '@rules/dates';
import { expect, signIn, test } from './fixtures';
import { validId } from './stock-support';
import { openVolunteerPage } from './volunteer-support';

test.use({ timezoneId: 'Asia/Shanghai' });
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test('a proof issued for a volunteer, registered and printed with the ID number masked', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  const idNumber = validId('19880808', '018');
  const volunteer = (await app.api('volunteers.create', {
    person: { name: '周丽华', idNumber },
    registrationDate: '2024-01-01',
  })) as VolunteerRow;
  const entered = (await app.api('volunteers.service.enter', {
    activity: { name: '无偿献血宣传', content: '献血点引导与宣传', date: addDays(today(), -3) },
    volunteerIds: [volunteer.id],
    duration: { startTime: '09:00', endTime: '12:30' },
  })) as ServiceEntryResult;
  await app.api('volunteers.service.decide', { ids: entered.recordIds, decision: 'approve' });

  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await openVolunteerPage(page, '服务证明', '志愿服务记录证明');
  await expect(page.getByText('还没有开具过志愿服务记录证明。')).toBeVisible();
  await page.getByRole('button', { name: '开具证明' }).click();
  const dialog = page.getByRole('dialog', { name: '开具志愿服务记录证明' });
  await dialog.getByLabel('志愿者（输入志愿者编号或身份证号）').fill(volunteer.number);
  await dialog.getByLabel('志愿者（输入志愿者编号或身份证号）').press('Enter');
  await expect(dialog).toContainText('周丽华');
  await dialog.getByLabel('负责人').fill('张主任');
  await dialog.getByLabel('经办人').fill('李文员');
  await shot('volunteer-proof-issue');
  await dialog.getByRole('button', { name: '开具证明' }).click();

  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('志愿服务记录证明');
  await expect(sheet).toContainText('累计服务时长 3.5 小时');
  await expect(sheet).toContainText('无偿献血宣传');
  await expect(sheet).not.toContainText(idNumber);
  await shot('volunteer-proof-print');
  await page.getByRole('button', { name: '显示完整身份证号' }).click();
  await expect(sheet).toContainText(idNumber);
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByText('共 1 份')).toBeVisible();
  await shot('volunteer-proofs');
});
