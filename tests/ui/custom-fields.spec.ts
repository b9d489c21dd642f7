// Custom fields through a real browser: an administrator adds a field in 设置, a clerk fills it in the person form
// (checked as typed), filters the grid by it and exports the view with its column; a volunteer roster's field
// added on its tab is filled in the volunteer form and shown in the roster grid.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PeoplePage } from '@core/people/contract';
import type { VolunteerPage } from '@core/volunteers/roster/contract';
import { readXlsxRows } from '../fixtures/uiSheets';
import { workbookBuffer } from '../fixtures/xlsx';
import { expect, signIn, test } from './fixtures';
import { validId } from './stock-support';
import { openVolunteerPage } from './volunteer-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BODY = '.ag-grid-scrolling-container';
const total = (page: import('@playwright/test').Page) => page.locator('.people-total');

test('an admin adds a field; a clerk fills it in, filters the grid by it and exports it', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(90_000);
  await app.setupOffice();
  await app.addUser('clerk1', ['clerk']);
  for (const person of [
    { name: '张三', idNumber: '321302199001011234', township: '蔡集镇' },
    { name: '李四', idNumber: '321302198503150029', township: '仓集镇' },
  ])
    await app.api('people.create', { person });

  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
  const section = page.getByRole('region', { name: '自定义字段' });
  await expect(section.getByText('还没有自定义字段。')).toBeVisible();
  await section.getByRole('button', { name: '添加字段' }).click();
  const dialog = page.getByRole('dialog', { name: '添加字段' });
  await dialog.getByLabel('中文名称').fill('血型');
  await dialog.getByLabel('英文名称').fill('Blood type');
  await dialog.getByLabel('类型').selectOption({ label: '从列表中选择' });
  await dialog.getByLabel('选项（每行一个）').fill('A\nB\nO\nAB');
  await expect(dialog.getByLabel('在表格中显示')).toBeChecked();
  await shot('custom-fields-add');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await section.getByRole('button', { name: '添加字段' }).click();
  await dialog.getByLabel('中文名称').fill('献血次数');
  await dialog.getByLabel('英文名称').fill('Blood donations');
  await dialog.getByLabel('类型').selectOption({ label: '数字' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(section.locator('tbody tr')).toHaveCount(2);
  await shot('custom-fields-settings');
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, app, 'clerk1', 'User-pass-1');
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
  await expect(total(page)).toHaveText('共 2 人');
  // The custom columns follow 村/社区: scrolled into view as a clerk would.
  await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => el.scrollTo({ left: 400 }));
  await expect(page.getByRole('columnheader', { name: '血型' })).toBeVisible();

  // In pinyin order 李四 comes first, 张三 second.
  await page.locator(`${BODY} .ag-row[row-index="1"] [col-id="actions"]`).getByRole('button', { name: '编辑' }).click();
  const form = page.getByRole('dialog', { name: '编辑人员：张三' });
  await form.getByLabel('献血次数').fill('三次');
  await expect(form.getByText('应填写数字。')).toBeVisible();
  await form.getByLabel('献血次数').fill('3');
  await expect(form.getByText('应填写数字。')).toBeHidden();
  await form.getByLabel('血型').selectOption('O');
  await shot('custom-fields-person-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator(`${BODY} .ag-row[row-index="1"] [col-id="f1"]`)).toHaveText('O');
  await expect(page.locator(`${BODY} .ag-row[row-index="1"] [col-id="f2"]`)).toHaveText('3');

  // A registered person's value is typed in the cell like any other; a value that is not a number is refused.
  const liCount = page.locator(`${BODY} .ag-row[row-index="0"] [col-id="f2"]`);
  await liCount.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(liCount).toHaveText('7');
  await expect
    .poll(async () => ((await app.api('people.list', { offset: 0, limit: 1 })) as PeoplePage).rows[0]!.customFields)
    .toEqual({ f2: 7 });
  await liCount.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/献血次数.*应填写数字/)).toBeVisible();
  await expect(liCount).toHaveText('7');

  await page.locator('.ag-floating-filter[col-id="f1"] button').click();
  await page.locator('.choice-filter').getByLabel('O', { exact: true }).check();
  await expect(total(page)).toHaveText('共 1 人');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${BODY} .ag-row[row-index="0"] [col-id="f1"]`)).toHaveText('O');
  await expect(page.locator(`${BODY} .ag-row[row-index="0"] [col-id="name"]`)).toHaveText('张三');
  await shot('custom-fields-grid-filter');

  await page.getByRole('button', { name: '导出 Excel' }).click();
  const exporting = page.getByRole('dialog', { name: '导出 Excel' });
  const downloading = page.waitForEvent('download');
  await exporting.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const rows = await readXlsxRows(file);
  const header = rows[0]!;
  expect(header).toEqual(expect.arrayContaining(['血型', '献血次数']));
  expect(rows.length).toBe(2);
  expect(rows[1]![header.indexOf('姓名')]).toBe('张三');
  expect(rows[1]![header.indexOf('血型')]).toBe('O');
  expect(String(rows[1]![header.indexOf('献血次数')])).toBe('3');

  // A roster with the field's column: mapped by its label, a value not among the choices listed by row and field.
  const roster = await workbookBuffer([
    ['姓名', '身份证号', '血型', '献血次数'],
    ['王五', '321302197708080015', 'AB', '2'],
    ['赵六', '321302199203030337', 'C', ''],
  ]);
  await page.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: '从 Excel 或 CSV 导入人员' });
  await wizard.getByLabel('选择文件').setInputFiles({ name: '献血者.xlsx', mimeType: XLSX, buffer: roster });
  await expect(wizard.locator('.import-counts dd[data-count="invalid"]')).toHaveText('1', { timeout: 30_000 });
  // The column fills the field of its label: its list shows that label, not 不导入.
  await expect(wizard.getByLabel('对应到 血型', { exact: true }).locator('option:checked')).toHaveText('血型');
  const issue = wizard.locator('.issue-table tbody tr');
  await expect(issue).toHaveCount(1);
  await expect(issue).toContainText('3');
  await expect(issue).toContainText('血型');
  await expect(issue).toContainText('不是可选的值');
  await shot('custom-fields-import-preview');
});

test('an admin adds a volunteer field in 设置; the volunteer form fills it and the roster shows its column', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await app.setupOffice();
  await app.api('volunteers.create', {
    person: { name: '王志强', idNumber: validId('19850312', '011'), township: '项里街道' },
    registrationDate: '2024-03-01',
  });
  await app.api('volunteers.create', {
    person: { name: '李秀英', idNumber: validId('19900508', '022'), township: '项里街道' },
    registrationDate: '2024-05-01',
  });

  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
  const section = page.getByRole('region', { name: '自定义字段' });
  await section.getByRole('tab', { name: '志愿者' }).click();
  await section.getByRole('button', { name: '添加字段' }).click();
  const dialog = page.getByRole('dialog', { name: '添加字段' });
  await dialog.getByLabel('中文名称').fill('服装尺码');
  await dialog.getByLabel('英文名称').fill('Uniform size');
  await dialog.getByLabel('类型').selectOption({ label: '从列表中选择' });
  await dialog.getByLabel('选项（每行一个）').fill('S\nM\nL');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(section.locator('tbody tr')).toHaveCount(1);
  await section.getByRole('tab', { name: '人员库' }).click();
  await expect(section.getByText('还没有自定义字段。')).toBeVisible();

  await openVolunteerPage(page, '志愿者');
  await expect(page.getByRole('columnheader', { name: '服装尺码' })).toBeAttached();
  // The form asks for its office's fields again as it opens; that answer, held back here until the clerk has
  // chosen, must not wipe the choice (it did, on a loaded machine).
  let release = () => {};
  const chosen = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { method: string; input: { officeCode?: string } };
    if (body.method === 'customFields.list' && body.input.officeCode) await chosen;
    await route.continue();
  });
  await page.locator('.vol-grid .ag-row', { hasText: '王志强' }).dblclick();
  const form = page.getByRole('dialog', { name: '修改志愿者 · 王志强' });
  await form.getByLabel('服装尺码').selectOption('M');
  const lateAnswer = page.waitForResponse((response) => {
    const sent = response.request().postDataJSON() as { method?: string; input?: { officeCode?: string } } | null;
    return sent?.method === 'customFields.list' && sent.input?.officeCode !== undefined;
  });
  release();
  await lateAnswer;
  await page.unroute('**/api/call');
  await expect(form.getByLabel('服装尺码')).toHaveValue('M');
  await form.getByRole('button', { name: '确定' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.vol-grid .ag-row', { hasText: '王志强' }).locator('[col-id="f1"]')).toHaveText('M');
  const stored = (await app.api('volunteers.list', { offset: 0, limit: 1, search: '王志强' })) as VolunteerPage;
  expect(stored.rows[0]!.customFields).toEqual({ f1: 'M' });

  // Filtered under its header like the built-in columns.
  await page.locator('.ag-floating-filter[col-id="f1"] button').click();
  await page.locator('.choice-filter').getByLabel('M', { exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('.vol-grid .ag-row')).toHaveCount(1);
  await expect(page.locator('.vol-grid')).not.toContainText('李秀英');
});
