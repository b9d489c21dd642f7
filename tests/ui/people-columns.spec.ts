// Grid columns like a spreadsheet's: hide, move and resize columns and find the layout again after signing out
// and in; a column filter narrows the grid in SQL; 分组计数 per 村/社区 adds up to the total and exports; a
// revealed ID number survives a refresh of the grid without another (audited) reveal.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { generatePeople } from '../fixtures/people';
import { expect, signIn, test, type App } from './fixtures';

const BODY = '.ag-grid-scrolling-container';
const header = (page: Page, colId: string) => page.locator(`.ag-header-cell[role="columnheader"][col-id="${colId}"]`);
const total = (page: Page) => page.locator('.people-total');

async function openPeople(page: Page, app: App): Promise<void> {
  await signIn(page, app);
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
}

async function headerOrder(page: Page): Promise<string[]> {
  return page.locator('.ag-header-row-column .ag-header-cell').evaluateAll((cells) =>
    cells
      .map((c) => ({ id: c.getAttribute('col-id') ?? '', x: c.getBoundingClientRect().x }))
      .sort((a, b) => a.x - b.x)
      .map((c) => c.id),
  );
}

async function arrange(app: App, count: number): Promise<void> {
  for (const person of generatePeople(count, 7)) await app.api('people.create', { person });
}

test('hidden, moved and resized columns are back after signing out and in; 重置列 restores them', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await arrange(app, 12);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 12 人');

  await page.getByRole('button', { name: '列设置' }).click();
  const panel = page.getByRole('dialog', { name: '列设置' });
  await panel.getByRole('checkbox', { name: '手机' }).uncheck();
  await expect(header(page, 'mobile')).toHaveCount(0);
  await panel.getByRole('button', { name: '把“村/社区”上移' }).click();
  // The grid moves the column on its next frame: the order is read until it shows.
  const villageFirst = async () => {
    const order = await headerOrder(page);
    return order.indexOf('village') < order.indexOf('township');
  };
  await expect.poll(villageFirst).toBe(true);
  await shot('people-columns-menu');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // The moved column may still be sliding into place: the handle is taken where it has come to rest.
  const handle = header(page, 'village').locator('.ag-header-cell-resize');
  let box = (await handle.boundingBox())!;
  for (let look = 0; look < 30; look++) {
    await page.waitForTimeout(100);
    const again = (await handle.boundingBox())!;
    if (again.x === box.x && again.width === box.width) break;
    box = again;
  }
  const before = (await header(page, 'village').boundingBox())!.width;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const widened = (await header(page, 'village').boundingBox())!.width;
  expect(widened).toBeGreaterThan(before + 60);

  // Saved for this user (debounced), then found again after signing out and in.
  await expect
    .poll(async () => JSON.stringify(await app.api('prefs.get', { key: 'grid:people' })), { timeout: 10_000 })
    .toContain(`"colId":"village","width":${Math.round(widened)}`);
  await page.getByRole('button', { name: '退出登录' }).click();
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 12 人');
  await expect(header(page, 'mobile')).toHaveCount(0);
  await expect.poll(villageFirst).toBe(true);
  expect(Math.abs((await header(page, 'village').boundingBox())!.width - widened)).toBeLessThan(2);
  await shot('people-columns-restored');

  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('button', { name: '重置列' }).click();
  await expect(header(page, 'mobile')).toHaveCount(1);
  await expect.poll(villageFirst).toBe(false);
  await expect
    .poll(async () => JSON.stringify(await app.api('prefs.get', { key: 'grid:people' })))
    .toBe('{"value":null}');
});

test('a column filter narrows the grid; 分组计数 per 村/社区 adds up to the total and exports', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await arrange(app, 60);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 60 人');

  const filter = page.getByRole('textbox', { name: /村\/社区/ });
  await filter.fill('社区');
  const expected = (await app.api('people.list', {
    offset: 0,
    limit: 1,
    columnFilters: [{ kind: 'contains', column: 'village', text: '社区' }],
  })) as { total: number };
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(60);
  await expect(total(page)).toHaveText(`共 ${expected.total} 人`);
  const villages = await page.locator(`${BODY} .ag-row [col-id="village"]`).allTextContents();
  expect(villages.length).toBeGreaterThan(0);
  expect(villages.every((v) => v.includes('社区'))).toBe(true);
  await shot('people-column-filter');

  await filter.fill('');
  await expect(total(page)).toHaveText('共 60 人');
  await page.getByRole('button', { name: '分组计数' }).click();
  const dialog = page.getByRole('dialog', { name: '分组计数' });
  await expect(dialog.getByLabel('按此列分组')).toHaveValue('village');
  const table = dialog.getByRole('table', { name: '分组计数' });
  await expect(table.locator('tfoot')).toContainText('60');
  const counts = (await table.locator('tbody td.num').allTextContents()).map(Number);
  expect(counts.length).toBeGreaterThan(1);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
  await shot('people-group-counts');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 Excel' }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(file!) as unknown as ArrayBuffer);
  const rows = book.worksheets[0]!.getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual(['村/社区', '人数']);
  expect(rows).toContainEqual(['合计', 60]);
});

test('a revealed ID number is still shown after the grid refreshes, without another reveal', async ({ page, app }) => {
  await app.setupOffice();
  await arrange(app, 5);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 5 人');
  const firstName = (await page.locator(`${BODY} .ag-row[row-index="0"] [col-id="name"]`).textContent())!;
  const idCell = page.locator(`${BODY} .ag-row[row-index="0"] [col-id="idNumber"]`);
  await idCell.getByRole('button', { name: '显示' }).click();
  await expect(idCell).toHaveText(/^\d{17}[\dX]$/);
  const full = (await idCell.locator('.id-number').textContent())!;

  // A refresh: the search narrows the grid (a new datasource re-reads masked rows from the backend).
  await page.getByLabel('搜索人员').fill(firstName);
  await expect(total(page)).toHaveText(/共 [1-5] 人/);
  await expect(page.locator(`${BODY} .ag-row [col-id="idNumber"] .id-number`, { hasText: full })).toHaveCount(1);
  await page.getByLabel('搜索人员').fill('');
  await expect(total(page)).toHaveText('共 5 人');
  await expect(page.locator(`${BODY} .ag-row [col-id="idNumber"] .id-number`, { hasText: full })).toHaveCount(1);
  const reveals = app.backend.store.sqlite
    .prepare("SELECT count(*) FROM audit_log WHERE method = 'people.revealId'")
    .pluck()
    .get();
  expect(reveals).toBe(1);

  // Signing out forgets it.
  await page.getByRole('button', { name: '退出登录' }).click();
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 5 人');
  await expect(page.locator(`${BODY} .ag-row [col-id="idNumber"] .id-number`, { hasText: full })).toHaveCount(0);
});

test('a birth-date range filter takes dates as clerks write them (1980.1.1, 1989年12月31日)', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await arrange(app, 30);
  const all = ((await app.api('people.list', { offset: 0, limit: 50 })) as { rows: { birthDate: string | null }[] })
    .rows;
  const inEighties = all.filter(
    (row) => row.birthDate && row.birthDate >= '1980-01-01' && row.birthDate <= '1989-12-31',
  ).length;
  expect(inEighties).toBeGreaterThan(0);
  expect(inEighties).toBeLessThan(30);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 30 人');

  await header(page, 'birthDate').scrollIntoViewIfNeeded();
  await page.locator('.ag-floating-filter[col-id="birthDate"] button').click();
  const popup = page.locator('.ag-filter');
  const [from, to] = [popup.locator('.grid-date-input input').nth(0), popup.locator('.grid-date-input input').nth(1)];
  await from.fill('1980.1.1');
  await from.press('Tab');
  await expect(from).toHaveValue('1980-01-01');
  await to.fill('1989年12月31日');
  await to.press('Enter');
  await expect(to).toHaveValue('1989-12-31');
  await expect(total(page)).toHaveText(`共 ${inEighties} 人`);
  await shot('people-date-filter');

  await to.fill('1989.2.30');
  await to.press('Enter');
  await expect(popup.getByRole('alert')).toBeVisible();
  await expect(total(page)).toHaveText(`共 ${inEighties} 人`);
});
