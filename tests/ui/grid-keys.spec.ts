// The people grid's row actions and range by keyboard: the skip link, the row menu (Shift+F10, the Menu key,
// Alt+Enter), the status bar's count and sum, Ctrl+D fill-down saved row by row, and Ctrl+Z as a new audited change.
import type { Page } from '@playwright/test';
import type { PersonRow } from '@core/people/contract';
import { generatePeople } from '../fixtures/people';
import { expect, test, type App } from './fixtures';
import { bodyCell, entryCell, imeType, openPeople, total } from './grid-support';

async function people(app: App): Promise<PersonRow[]> {
  return (
    (await app.api('people.list', { offset: 0, limit: 50, sort: [{ column: 'name', direction: 'asc' }] })) as {
      rows: PersonRow[];
    }
  ).rows;
}

async function withPeople(page: Page, app: App, count: number): Promise<PersonRow[]> {
  await app.setupOffice();
  for (const person of generatePeople(count, 21)) await app.api('people.create', { person });
  await openPeople(page, app);
  await expect(total(page)).toHaveText(`共 ${count} 人`);
  await expect(bodyCell(page, count - 1, 'name')).toBeVisible();
  return people(app);
}

const status = (page: Page) => page.locator('.grid-status');

test('the skip link reaches the grid in one Tab; row actions open from the keyboard', async ({ page, app, shot }) => {
  const rows = await withPeople(page, app, 3);
  await page.getByRole('heading', { name: '人员库' }).click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到表格' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entryCell(page, 'name')).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(bodyCell(page, 0, 'name')).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: '行操作' });
  await expect(menu.getByRole('menuitem')).toHaveText(['编辑Alt+Enter', '作废', '显示完整身份证号（会记入审计日志）']);
  await expect(menu.getByRole('menuitem', { name: '编辑' })).toBeFocused();
  await shot('grid-row-menu');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `编辑人员：${rows[0]!.name}` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The Menu key on the next row; Esc gives the keyboard back to the cell it came from.
  await bodyCell(page, 1, 'mobile').click();
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: '作废' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(bodyCell(page, 1, 'mobile')).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByRole('dialog', { name: `编辑人员：${rows[1]!.name}` })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'English' }).click();
  await bodyCell(page, 2, 'name').click();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Row actions' }).getByRole('menuitem').first()).toHaveText(
    'EditAlt+Enter',
  );
  await shot('grid-row-menu-en');
});

test('a range shows its count and sum; Ctrl+D fills the village down three rows, each saved', async ({
  page,
  app,
  shot,
}) => {
  const rows = await withPeople(page, app, 4);
  await bodyCell(page, 0, 'village').click();
  // The keys go where the grid's focus is: wait for it, as a clerk sees the cell framed before pressing on.
  await expect(bodyCell(page, 0, 'village')).toHaveClass(/ag-cell-focus/);
  for (let step = 0; step < 3; step++) await page.keyboard.press('Shift+ArrowDown');
  await expect(status(page)).toContainText('已选 4 格');
  await expect(status(page)).toContainText('有值 4');
  await expect(status(page)).not.toContainText('求和');
  await page.keyboard.press('ControlOrMeta+d');
  await expect(page.getByText('向下填充：已保存 3 行')).toBeVisible();
  for (let index = 1; index < 4; index++) await expect(bodyCell(page, index, 'village')).toHaveText(rows[0]!.village!);
  const after = await people(app);
  expect(after.map((row) => row.village)).toEqual(rows.map(() => rows[0]!.village));
  expect(after.map((row) => row.rowVersion)).toEqual([1, 2, 2, 2]);

  // Masked ID numbers cannot be changed: the summary says so, nothing is written.
  await bodyCell(page, 0, 'idNumber').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Shift+ArrowDown');
  await expect(status(page)).toContainText('已选 2 格');
  await page.keyboard.press('ControlOrMeta+d');
  await expect(page.getByText('向下填充：已保存 0 行，1 行未保存（不能修改的行）')).toBeVisible();
  expect((await people(app)).map((row) => row.rowVersion)).toEqual([1, 2, 2, 2]);

  // Numbers are summed: a Shift+click over the version column.
  await bodyCell(page, 0, 'village').click();
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
  await expect(bodyCell(page, 0, 'rowVersion')).toBeFocused();
  await bodyCell(page, 3, 'rowVersion').click({ modifiers: ['Shift'] });
  await expect(status(page)).toContainText('已选 4 格');
  await expect(status(page)).toContainText('求和 7');
  await shot('grid-range-status');
});

test('Ctrl+Z after a saved edit saves the old value again, and the audit log shows both changes', async ({
  page,
  app,
}) => {
  const rows = await withPeople(page, app, 2);
  const old = rows[0]!.workUnit ?? '';
  await bodyCell(page, 0, 'workUnit').click();
  await imeType(page, 'suchengqu', '宿城区民政局');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await people(app))[0]!.workUnit).toBe('宿城区民政局');
  await bodyCell(page, 0, 'workUnit').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByText(`已撤销：工作单位 改回“${old}”`)).toBeVisible();
  await expect(bodyCell(page, 0, 'workUnit')).toHaveText(old);
  await expect.poll(async () => (await people(app))[0]!.workUnit).toBe(old);
  expect((await people(app))[0]!.rowVersion).toBe(3);

  await page.getByRole('link', { name: '操作日志' }).click();
  const log = page.locator('.audit-grid');
  await expect(log.locator('.ag-row').filter({ hasText: '宿城区民政局' })).toHaveCount(2);
  // The read-only audit grid: the skip link and a range by keyboard, counted in its status bar.
  await page.getByRole('heading', { name: '操作日志' }).click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(log.locator('.ag-row[row-index="0"] [col-id="at"]')).toBeFocused();
  // One key at a time, each after the grid has moved, as a clerk watching the frame move would press them.
  await page.keyboard.press('Shift+ArrowDown');
  await expect(log.locator('.ag-row[row-index="1"] [col-id="at"]')).toBeFocused();
  await expect(page.locator('.grid-status')).toContainText('已选 2 格');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(log.locator('.ag-row[row-index="2"] [col-id="at"]')).toBeFocused();
  await expect(page.locator('.grid-status')).toContainText('已选 3 格');
});
