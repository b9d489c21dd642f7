// The people registry's files through a real browser: the import wizard (title row, bad rows, preview,
// valid rows only), export with and without full ID numbers, and re-importing an export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import type { PersonInput } from '@core/people/contract';
import { generatePeople } from '../fixtures/people';
import { columnTypes, readXlsxRows, rosterXlsx } from '../fixtures/uiSheets';
import { expect, signIn, test, type App } from './fixtures';

const ID_HEADER = '身份证号码';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const total = (page: Page) => page.locator('.people-total');
const count = (page: Page, key: string) => page.locator(`.import-counts dd[data-count="${key}"]`);

async function arrange(app: App, people: PersonInput[]): Promise<void> {
  for (const person of people) await app.api('people.create', { person });
}

async function saved(download: Download): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The ID numbers of an exported sheet, read from the column headed 身份证号码. */
async function exportedIds(file: string): Promise<string[]> {
  const rows = await readXlsxRows(file);
  const headerAt = rows.findIndex((row) => row.includes(ID_HEADER));
  expect(headerAt).toBeGreaterThanOrEqual(0);
  const column = rows[headerAt]!.indexOf(ID_HEADER);
  return rows
    .slice(headerAt + 1)
    .map((row) => row[column]!)
    .filter(Boolean);
}

async function exportView(page: Page, reveal: boolean, shot?: (name: string) => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Excel' });
  if (reveal) await dialog.getByLabel('导出完整身份证号').check();
  if (shot) await shot('people-export-dialog');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^人员库_\d{8}\.xlsx$/);
  await expect(dialog).toBeHidden();
  return saved(download);
}

async function openImport(page: Page, file: { name: string; buffer: Buffer } | string) {
  await page.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: '从 Excel 或 CSV 导入人员' });
  await wizard.getByLabel('选择文件').setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: XLSX });
  return wizard;
}

test('a 1,000-row roster with a title row and 5 bad rows: the preview lists exactly those, the valid rows go in', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  await app.setupOffice();
  const roster = await rosterXlsx(1000, [4, 180, 333, 612, 998]);
  await signIn(page, app);
  await expect(total(page)).toHaveText('共 0 人');

  const wizard = await openImport(page, { name: '志愿者花名册.xlsx', buffer: roster.buffer });
  await expect(count(page, 'rows')).toHaveText('1000', { timeout: 30_000 });
  await expect(count(page, 'valid')).toHaveText('995');
  await expect(count(page, 'invalid')).toHaveText('5');
  await expect(count(page, 'duplicates')).toHaveText('0');
  await expect(wizard.getByText('表头在第 2 行')).toBeVisible();
  const issueRows = wizard.locator('.issue-table tbody tr');
  await expect(issueRows).toHaveCount(5);
  expect(await issueRows.locator('td.col-row').allTextContents()).toEqual([...roster.badRows.keys()].map(String));
  await expect(issueRows.nth(4)).toContainText('在 Excel 中被存成了数字');
  await shot('people-import-preview');

  // A column matched wrongly can be corrected and the file checked again.
  const mobileColumn = wizard.getByLabel('对应到 手机', { exact: true });
  await mobileColumn.selectOption('phone');
  await expect(wizard.getByRole('button', { name: '导入 995 人' })).toBeDisabled();
  await wizard.getByRole('button', { name: '重新检查' }).click();
  await expect(issueRows.nth(1)).toContainText('固定电话格式不对');
  await expect(mobileColumn).toHaveValue('phone');
  await mobileColumn.selectOption('mobile');
  await wizard.getByRole('button', { name: '重新检查' }).click();
  await expect(issueRows.nth(1)).toContainText('手机号应为 11 位');
  await expect(count(page, 'invalid')).toHaveText('5');

  // All-or-nothing cannot import a file with errors; the valid rows only can.
  await expect(wizard.getByRole('button', { name: /^导入 \d+ 人$/ })).toBeDisabled();
  await wizard.getByLabel('只导入正确的行，错误行另存为文件修改').check();
  await wizard.getByRole('button', { name: '导入 995 人' }).click();
  await expect(wizard.getByText('已导入 995 人。')).toBeVisible({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await wizard.getByRole('button', { name: '下载错误行文件' }).click();
  const rejected = await readXlsxRows(await saved(await downloading));
  const rejectedNames = roster.people.filter((_, index) => [4, 180, 333, 612, 998].includes(index)).map((p) => p.name);
  for (const name of rejectedNames.filter((_, index) => index !== 2)) expect(rejected.flat()).toContain(name);
  await wizard.getByRole('button', { name: '关闭' }).click();
  await expect(total(page)).toHaveText('共 995 人');
  await expect(page.locator('.ag-grid-scrolling-container .ag-row').first()).toBeVisible();
  await shot('people-grid-imported');
});

test('a large file shows its progress and can be cancelled, leaving the registry unchanged', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.setupOffice();
  const roster = await rosterXlsx(100_000, []);
  await signIn(page, app);
  const wizard = await openImport(page, { name: '大花名册.xlsx', buffer: roster.buffer });
  await expect(wizard.getByRole('progressbar')).toBeVisible();
  await wizard.getByRole('button', { name: '取消导入' }).click();
  await expect(wizard.getByText('已取消，人员库没有任何改变。')).toBeVisible();
  await expect(wizard.getByRole('progressbar')).toBeHidden();
  await wizard.getByRole('button', { name: '取消', exact: true }).click();
  await expect(total(page)).toHaveText('共 0 人');
});

test('an admin exports full ID numbers; re-importing that file finds every row a duplicate with the same IDs', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  const people = generatePeople(40, 21);
  await arrange(app, people);
  await signIn(page, app);
  await expect(total(page)).toHaveText('共 40 人');

  const file = await exportView(page, true, shot);
  const ids = await exportedIds(file);
  expect(ids.sort()).toEqual(people.map((person) => person.idNumber).sort());
  expect(await columnTypes(file, ID_HEADER)).toEqual(new Set(['string']));

  const wizard = await openImport(page, file);
  await expect(count(page, 'rows')).toHaveText('40', { timeout: 30_000 });
  await expect(count(page, 'duplicates')).toHaveText('40');
  await expect(count(page, 'valid')).toHaveText('0');
  const problems = wizard.locator('.issue-table tbody tr');
  await expect(problems).toHaveCount(40);
  await expect(problems.filter({ hasText: '该身份证号已经登记过了' })).toHaveCount(40);
  await wizard.getByRole('button', { name: '取消' }).click();
  await expect(total(page)).toHaveText('共 40 人');
});

test('a clerk who does not reveal exports masked ID numbers of the filtered view; a viewer is not offered the choice', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  const people = generatePeople(40, 33);
  await arrange(app, people);
  await app.addUser('clerk1', ['clerk']);
  await app.addUser('viewer1', ['viewer']);
  await signIn(page, app, 'clerk1', 'User-pass-1');
  await expect(total(page)).toHaveText('共 40 人');
  const township = people[0]!.township!;
  const inTownship = people.filter((person) => person.township === township);
  await page.getByLabel('乡镇/街道', { exact: true }).selectOption(township);
  await expect(total(page)).toHaveText(`共 ${inTownship.length} 人`);

  const ids = await exportedIds(await exportView(page, false));
  expect(ids).toHaveLength(inTownship.length);
  for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  expect(ids.map((id) => id.slice(-4)).sort()).toEqual(inTownship.map((person) => person.idNumber.slice(-4)).sort());

  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, app, 'viewer1', 'User-pass-1');
  await expect(total(page)).toHaveText('共 40 人');
  await expect(page.getByRole('button', { name: '新增人员' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导入' })).toHaveCount(0);
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Excel' });
  await expect(dialog.getByText('将导出当前列表中的人员（共 40 人）')).toBeVisible();
  await expect(dialog.getByLabel('导出完整身份证号')).toHaveCount(0);
  await expect(page.locator('.id-cell button')).toHaveCount(0);
});
