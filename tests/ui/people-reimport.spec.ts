// Re-importing a corrected roster with 更新已登记人员: the preview shows each changed field as old -> new, the
// clerk unticks one person (who stays as they were), imports, and the grid shows the new values.
import type { Page } from '@playwright/test';
import type { PersonInput } from '@core/people/contract';
import { generatePeople } from '../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../fixtures/xlsx';
import { expect, signIn, test, type App } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BODY = '.ag-grid-scrolling-container';
const count = (page: Page, key: string) => page.locator(`.import-counts dd[data-count="${key}"]`);

/** Three registered people and a corrected roster: a new phone and village, a new village, no change, a new person, a bad mobile. */
async function arrange(app: App) {
  await app.setupOffice();
  const people = generatePeople(5, 61).map((p, i): PersonInput => ({
    ...p,
    mobile: `1391234500${i}`,
    village: '张圩村',
  }));
  for (const person of people.slice(0, 3)) await app.api('people.create', { person, acceptWarnings: true });
  const corrected = [
    { ...people[0]!, mobile: '13800138000', village: '李庄村' },
    { ...people[1]!, village: '王集村' },
    people[2]!,
    people[3]!,
    { ...people[4]!, mobile: '1380013800' },
  ];
  return {
    people,
    file: await workbookBuffer([PEOPLE_HEADER, ...corrected.map(personCells)], { title: '志愿者花名册（6 月更正）' }),
  };
}

/** The grid cell of a column in the row of the person with this name. */
async function gridCell(page: Page, name: string, colId: string) {
  const row = page.locator(`${BODY} .ag-row`, { has: page.locator('[col-id="name"]', { hasText: name }) }).first();
  const index = await row.getAttribute('row-index');
  return page.locator(`${BODY} .ag-row[row-index="${index}"] [col-id="${colId}"]`);
}

test('a corrected roster re-imported: the diff is shown, an unticked person stays as they were, the grid shows the new values', async ({
  page,
  app,
  shot,
}) => {
  const { people, file } = await arrange(app);
  await signIn(page, app);
  await page.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: '从 Excel 或 CSV 导入人员' });
  const update = wizard.getByRole('checkbox', { name: '更新已登记人员' });
  await expect(update).not.toBeChecked(); // chosen, never pre-ticked
  await update.focus();
  await page.keyboard.press('Space');
  await expect(update).toBeChecked();
  await wizard.getByLabel('选择文件').setInputFiles({ name: '花名册-更正.xlsx', buffer: file, mimeType: XLSX });

  await expect(count(page, 'updated')).toHaveText('2', { timeout: 30_000 });
  await expect(count(page, 'added')).toHaveText('1');
  await expect(count(page, 'unchanged')).toHaveText('1');
  await expect(count(page, 'invalid')).toHaveText('1');
  // The problem names the row's person, not only its number.
  const problems = wizard.getByRole('table', { name: '问题清单（1 条）' });
  await expect(problems.getByRole('row', { name: new RegExp(`7 ${people[4]!.name} 手机`) })).toBeVisible();
  await expect(
    wizard
      .getByRole('table', { name: '前 5 行（将保存的值）' })
      .getByRole('row', { name: new RegExp(`3 更新 ${people[0]!.name}`) }),
  ).toContainText('13800138000');
  const changes = wizard.getByRole('table', { name: '将要更新的人员（2 人）' });
  const first = changes.getByRole('row', { name: new RegExp(people[0]!.name) });
  await expect(first.locator('[data-field="mobile"]')).toHaveText('手机13912345000 → 13800138000');
  await expect(first.locator('[data-field="village"]')).toHaveText('村/社区张圩村 → 李庄村');
  await expect(wizard.getByLabel('清空空白 村(社区)')).not.toBeChecked();
  await shot('people-reimport-diff');

  const second = wizard.getByLabel(`更新第 4 行 ${people[1]!.name}`);
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).not.toBeChecked();
  await wizard.getByRole('radio', { name: '只导入正确的行，错误行另存为文件修改' }).check();
  await wizard.getByRole('button', { name: '更新 1 人，新增 1 人' }).click();
  await expect(wizard.getByText('已更新 1 人，新增 1 人，1 人无变化。 1 行未勾选，没有写入。')).toBeVisible({
    timeout: 30_000,
  });
  await shot('people-reimport-done');
  await wizard.getByRole('button', { name: '关闭' }).click();

  await expect(page.locator('.people-total')).toHaveText('共 4 人');
  await expect(page.getByText(people[4]!.name)).toHaveCount(0);
  await expect(await gridCell(page, people[0]!.name, 'village')).toHaveText('李庄村');
  await expect(await gridCell(page, people[0]!.name, 'mobile')).toHaveText('13800138000');
  await expect(await gridCell(page, people[1]!.name, 'village')).toHaveText('张圩村');
  await expect(await gridCell(page, people[3]!.name, 'village')).toHaveText('张圩村');
});

test('in English the diff says Updated, New and old -> new', async ({ page, app, shot }) => {
  const { people, file } = await arrange(app);
  await signIn(page, app);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Import people from Excel or CSV' });
  await wizard.getByRole('checkbox', { name: 'Update registered people' }).check();
  await wizard.getByLabel('Choose file').setInputFiles({ name: 'roster.xlsx', buffer: file, mimeType: XLSX });
  await expect(count(page, 'updated')).toHaveText('2', { timeout: 30_000 });
  const first = wizard
    .getByRole('table', { name: 'People to update (2)' })
    .getByRole('row', { name: new RegExp(people[0]!.name) });
  await expect(first.locator('[data-field="village"]')).toHaveText('Village张圩村 → 李庄村');
  await expect(wizard.getByRole('table', { name: 'Problems (1)' })).toContainText(people[4]!.name);
  await expect(wizard.getByRole('button', { name: 'Update 2, add 1' })).toBeDisabled(); // 'only if every row is valid' until chosen otherwise
  await shot('people-reimport-diff-en');
});
