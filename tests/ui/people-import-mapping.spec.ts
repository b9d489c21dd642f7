// The import wizard when the file's headers are not enough: the clerk is shown the columns with their first
// values and what is missing, picks the column from the dropdown, checks again and imports as usual.
import type { Page } from '@playwright/test';
import type { PersonInput } from '@core/people/contract';
import { generatePeople } from '../fixtures/people';
import { workbookBuffer } from '../fixtures/xlsx';
import { expect, signIn, test } from './fixtures';

const WIZARD = '从 Excel 或 CSV 导入人员';
const count = (page: Page, key: string) => page.locator(`.import-counts dd[data-count="${key}"]`);
const genderText = (p: PersonInput) => (p.gender === 'M' ? '男' : '女');

async function importFile(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: WIZARD });
  await wizard.getByLabel('选择文件').setInputFiles({ name, buffer, mimeType });
  return wizard;
}

test('a roster headed 证号: the clerk picks the ID column, checks again, previews and imports', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  const people = generatePeople(12, 41);
  const rows = [
    ['名字', '性别', '证号', '手机', '乡镇', '村'],
    ...people.map((p) => [p.name, genderText(p), p.idNumber, p.mobile ?? null, p.township ?? null, p.village ?? null]),
  ];
  const buffer = await workbookBuffer(rows, { title: '宿城区志愿者名单' });
  await signIn(page, app);
  const wizard = await importFile(
    page,
    '志愿者名单.xlsx',
    buffer,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );

  await expect(wizard.getByText('没有找到“身份证号”列，请在左侧为它选择对应的列')).toBeVisible({ timeout: 30_000 });
  await expect(wizard.getByText('表头在第 2 行')).toBeVisible();
  await expect(wizard.getByRole('alert')).toBeHidden(); // no bare error: the clerk is shown what to do instead
  await expect(wizard.locator('.required-missing')).toHaveText('身份证号');
  const idColumn = wizard.getByLabel('对应到 证号', { exact: true });
  await expect(idColumn).toHaveValue('');
  await expect(wizard.getByLabel('对应到 名字', { exact: true })).toHaveValue('name');
  await expect(wizard.locator('.mapping-sample', { hasText: people[0]!.idNumber })).toBeVisible();
  const recheck = wizard.getByRole('button', { name: '重新检查' });
  await expect(recheck).toBeDisabled();
  await shot('people-import-mapping');

  await idColumn.selectOption('idNumber');
  await expect(wizard.locator('.required-missing')).toHaveCount(0);
  await recheck.click();
  await expect(count(page, 'rows')).toHaveText('12', { timeout: 30_000 });
  await expect(count(page, 'valid')).toHaveText('12');
  await expect(idColumn).toHaveValue('idNumber');
  await wizard.getByRole('button', { name: '导入 12 人' }).click();
  await expect(wizard.getByText('已导入 12 人。')).toBeVisible({ timeout: 30_000 });
  await wizard.getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('.people-total')).toHaveText('共 12 人');
  await expect(page.getByText(people[3]!.name)).toBeVisible();
});

test('a CSV whose header is not recognised: its first row stands in and the clerk maps name and ID', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  const people = generatePeople(3, 42);
  const csv = ['人员,号码', ...people.map((p) => `${p.name},${p.idNumber}`), ''].join('\n');
  await signIn(page, app);
  const wizard = await importFile(page, '名单.csv', Buffer.from(csv), 'text/csv');

  await expect(wizard.getByText('没有认出表头行，已把第 1 行当作表头')).toBeVisible({ timeout: 30_000 });
  await expect(wizard.locator('.required-missing')).toHaveText(['姓名', '身份证号']);
  await wizard.getByLabel('对应到 人员', { exact: true }).selectOption('name');
  await wizard.getByLabel('对应到 号码', { exact: true }).selectOption('idNumber');
  await wizard.getByRole('button', { name: '重新检查' }).click();
  await expect(count(page, 'valid')).toHaveText('3', { timeout: 30_000 });
  await expect(wizard.getByText('表头在第 1 行')).toBeVisible();
});
