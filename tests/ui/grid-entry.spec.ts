// Spreadsheet entry in the people grid by keyboard alone: Chinese through the IME starts editing, Enter saves the
// entry row and keeps the keyboard there, and a refused save leaves it on the offending cell of the entry row.
import type { PersonRow } from '@core/people/contract';
import { generatePeople } from '../fixtures/people';
import { expect, test } from './fixtures';
import { entryCell, imeType, openPeople, total, validId, withWrongCheck } from './grid-support';

test('three people typed by keyboard, Chinese names through the IME; a refused save keeps the keyboard on the bad cell', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  for (const person of generatePeople(3, 7)) await app.api('people.create', { person });
  const before = ((await app.api('people.list', { offset: 0, limit: 10 })) as { rows: PersonRow[] }).rows;
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 3 人');

  await entryCell(page, 'name').click();
  await imeType(page, 'zhangsan', '张三');
  await expect(entryCell(page, 'name').locator('input')).toHaveValue('张三');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entryCell(page, 'idNumber').locator('input')).toBeFocused();
  await page.keyboard.type(validId('19900101', '123'));
  await page.keyboard.press('Enter');
  await expect(total(page)).toHaveText('共 4 人');
  await expect(entryCell(page, 'name')).toBeFocused();

  // 李四 with a mistyped ID number: refused, and the keyboard waits on that cell of the entry row.
  await imeType(page, 'lisi', '李四');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entryCell(page, 'idNumber').locator('input')).toBeFocused();
  await page.keyboard.type(withWrongCheck(validId('19850505', '246')));
  await page.keyboard.press('Enter');
  await expect(page.getByText('身份证号校验位不对').first()).toBeVisible();
  await expect(entryCell(page, 'idNumber')).toBeFocused();
  await expect(entryCell(page, 'idNumber')).toHaveClass(/cell-invalid/);
  await shot('grid-entry-refused');
  await page.keyboard.type(validId('19850505', '246'));
  await page.keyboard.press('Enter');
  await expect(total(page)).toHaveText('共 5 人');
  await expect(entryCell(page, 'name')).toBeFocused();

  await imeType(page, 'wangwu', '王五');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entryCell(page, 'idNumber').locator('input')).toBeFocused();
  await page.keyboard.type(validId('19700707', '135'));
  await page.keyboard.press('Tab');
  await expect(entryCell(page, 'mobile').locator('input')).toBeFocused();
  await page.keyboard.type('13912345678');
  // Tab on through the last cell of the entry row: saved, and the keyboard is back at the entry row's first cell.
  // Each Tab waits for the next cell's editor, as a clerk sees the cursor arrive before typing on.
  for (const field of ['phone', 'township', 'village', 'workUnit']) {
    await page.keyboard.press('Tab');
    await expect(entryCell(page, field).locator('input')).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.locator('.ag-popup-editor textarea')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(total(page)).toHaveText('共 6 人');
  await expect(entryCell(page, 'name')).toBeFocused();
  await expect(entryCell(page, 'name')).toHaveText('在此输入…');

  const after = ((await app.api('people.list', { offset: 0, limit: 10 })) as { rows: PersonRow[] }).rows;
  expect(after.map((row) => row.name).sort()).toEqual(
    [...before.map((row) => row.name), '张三', '李四', '王五'].sort(),
  );
  for (const person of before) {
    expect(after.find((row) => row.id === person.id)).toMatchObject({
      rowVersion: person.rowVersion,
      name: person.name,
      mobile: person.mobile,
    });
  }
  const wang = after.find((row) => row.name === '王五');
  expect(wang?.mobile).toBe('13912345678');
});
