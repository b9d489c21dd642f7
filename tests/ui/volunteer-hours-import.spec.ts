// Past service hours imported from an Excel file on the roster page: a dry run counts the good rows and their hours
// and names each bad row by row and field (an unknown volunteer, an end before the start), the clerk keeps the
// default 已通过, and the imported hours show in the roster's 累计时长 and in the roster's 导出 Excel file.
import ExcelJS from 'exceljs';
import type { VolunteerPage, VolunteerRow } from '@core/volunteers/roster/contract';
import { expect, signIn, test } from './fixtures';
import { validId } from './stock-support';
import { openVolunteerPage } from './volunteer-support';

test.use({ timezoneId: 'Asia/Shanghai' });

test('past service hours imported: bad rows named by row and field, good ones in the totals and the export', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  const wang = (await app.api('volunteers.create', {
    person: { name: '王志强', idNumber: validId('19850312', '011') },
    registrationDate: '2024-01-01',
  })) as VolunteerRow;
  await app.api('volunteers.create', {
    person: { name: '李秀英', idNumber: validId('19900620', '022') },
    registrationDate: '2024-01-01',
  });

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务时长');
  sheet.addRow(['宿城区红十字会志愿服务记录（2025年）']);
  sheet.addRow(['身份证号', '志愿者编号', '活动名称', '服务日期', '开始时间', '结束时间']);
  sheet.addRow([validId('19850312', '011'), '', '防汛值守', '2025-03-01', '08:30', '12:00']);
  sheet.addRow(['', wang.number, '应急救护培训保障', '2025-03-08', '08:00', '12:00']);
  sheet.addRow([validId('19900620', '022'), '', '防汛值守', '2025-03-01', '09:00', '11:30']);
  sheet.addRow([validId('19700101', '999'), '', '防汛值守', '2025-03-01', '08:00', '10:00']);
  sheet.addRow([validId('19900620', '022'), '', '社区义诊', '2025-03-15', '14:00', '12:00']);

  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await openVolunteerPage(page, '志愿者');
  await expect(page.getByText('共 2 名志愿者')).toBeVisible();
  await page.getByLabel('选择服务时长文件').setInputFiles({
    name: '服务时长.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  const dialog = page.getByRole('dialog', { name: '导入历史服务时长' });
  await expect(dialog).toContainText('共 5 行：3 行可以导入，合计 10 小时；2 行有问题');
  await expect(dialog).toContainText('第 6 行 志愿者（身份证号/志愿者编号）：找不到这名志愿者');
  await expect(dialog).toContainText('第 7 行 结束时间：结束时间不能早于或等于开始时间');
  await expect(dialog).not.toContainText('volunteer');
  await expect(dialog.getByLabel('已通过（记为本人审核通过，计入时长）')).toBeChecked();
  await shot('volunteers-hours-import-checked');

  await dialog.getByRole('button', { name: '导入 3 条服务记录' }).click();
  await expect(dialog).toContainText('共 5 行：导入 3 条服务记录，合计 10 小时，已记为审核通过；2 行有问题未导入。');
  await expect(dialog.getByRole('button', { name: '导入 3 条服务记录' })).toBeHidden();
  await shot('volunteers-hours-import-done');
  await dialog.getByRole('button', { name: '关闭' }).click();

  const hoursOf = (name: string) => page.locator('.vol-grid .ag-row', { hasText: name }).locator('[col-id="hoursAll"]');
  await expect(hoursOf('王志强')).toHaveText('7.5');
  await expect(hoursOf('李秀英')).toHaveText('2.5');
  const stored = (await app.api('volunteers.list', { offset: 0, limit: 10 })) as VolunteerPage;
  expect(Object.fromEntries(stored.rows.map((r) => [r.name, r.approvedHalfHours]))).toEqual({ 王志强: 15, 李秀英: 5 });

  await page.getByLabel('搜索姓名、拼音、志愿者编号、身份证号后几位').fill('wzq');
  await expect(page.getByText('共 1 名志愿者')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^志愿者名册-\d{8}-\d{4}\.xlsx$/);
  await expect(page.getByText('已导出 1 名志愿者到')).toBeVisible();
  await shot('volunteers-roster-exported');
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.read(await download.createReadStream());
  const [header, row] = exported.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
  const cell = (name: string) => row![header!.indexOf(name)];
  expect(cell('姓名')).toBe('王志强');
  expect(cell('身份证号码')).toBe('321302********0110');
  expect(cell('累计时长(小时)')).toBe(7.5);
});

test('hours imported as 待审核 wait for an approver and do not count yet', async ({ page, app }) => {
  await app.setupOffice();
  await app.addUser('zhiyuan', ['clerk']);
  await app.api('volunteers.create', {
    person: { name: '王志强', idNumber: validId('19850312', '011') },
    registrationDate: '2024-01-01',
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务时长');
  sheet.addRow(['身份证号', '活动名称', '服务日期', '服务时长']);
  sheet.addRow([validId('19850312', '011'), '防汛值守', '2025-03-01', 4]);

  await signIn(page, app, 'zhiyuan', 'User-pass-1');
  await openVolunteerPage(page, '志愿者');
  await page.getByLabel('选择服务时长文件').setInputFiles({
    name: '服务时长.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  const dialog = page.getByRole('dialog', { name: '导入历史服务时长' });
  await expect(dialog).toContainText('共 1 行：1 行可以导入，合计 4 小时；0 行有问题');
  await dialog.getByLabel('待审核（交审核人审核后才计入时长）').check();
  await dialog.getByRole('button', { name: '导入 1 条服务记录' }).click();
  await expect(dialog).toContainText('共 1 行：导入 1 条服务记录，合计 4 小时，等待审核；0 行有问题未导入。');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('.vol-grid .ag-row', { hasText: '王志强' }).locator('[col-id="hoursAll"]')).toHaveText('0');
  const stored = (await app.api('volunteers.list', { offset: 0, limit: 10 })) as VolunteerPage;
  expect(stored.rows[0]).toMatchObject({ approvedHalfHours: 0, pendingHalfHours: 8 });
});
