// The people registry through a real browser: the form with Chinese validation, persistence across a
// reload, search by pinyin initials, the English switch, editing in the grid, void, and paste from Excel.
import type { Page } from '@playwright/test';
import type { PersonInput, PersonRow } from '../../electron/core/people/contract';
import { nameSearchKeys } from '../../electron/core/people/searchKeys';
import { idCheckChar } from '../../rules/idNumber';
import { generatePeople } from '../fixtures/people';
import { expect, signIn, test, type App } from './fixtures';

/** A valid ID number for a birth date and sequence (odd sequence: male). */
function validId(birth: string, sequence: string, area = '321302'): string {
  const first17 = area + birth + sequence;
  return first17 + idCheckChar(first17);
}

function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
}

async function openPeople(page: Page, app: App, user?: string, password?: string): Promise<void> {
  await signIn(page, app, user, password);
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
}

const total = (page: Page) => page.locator('.people-total');
const BODY = '.ag-grid-scrolling-container';
const gridRows = (page: Page) => page.locator(`${BODY} .ag-row`);
const nameCells = (page: Page) => page.locator(`${BODY} .ag-row [col-id="name"]`);
const cell = (page: Page, rowIndex: number, colId: string) =>
  page.locator(`${BODY} .ag-row[row-index="${rowIndex}"] [col-id="${colId}"]`);
const entryRow = (page: Page) => page.locator('.ag-grid-pinned-top-rows-container .ag-row');

/** The names in the grid's body in row order (the DOM may hold rows in another order). */
async function names(page: Page): Promise<string[]> {
  return page.locator(`${BODY} .ag-row`).evaluateAll((rows) =>
    rows
      .map((row) => ({
        index: Number(row.getAttribute('row-index')),
        name: row.querySelector('[col-id="name"]')?.textContent ?? '',
      }))
      .sort((a, b) => a.index - b.index)
      .map((row) => row.name),
  );
}

async function stored(app: App, search: string): Promise<PersonRow | undefined> {
  const page = (await app.api('people.list', { search, offset: 0, limit: 1 })) as { rows: PersonRow[] };
  return page.rows[0];
}

async function arrange(app: App, people: PersonInput[]): Promise<void> {
  for (const person of people) await app.api('people.create', { person });
}

test('the form refuses a bad ID number in Chinese; a valid person is saved and still there after a reload', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await arrange(app, generatePeople(12, 3));
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 12 人');

  await page.getByRole('button', { name: '新增人员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增人员' });
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await dialog.getByLabel('姓名').fill('张三');
  const id = validId('19900101', '123');
  await dialog.getByLabel('身份证号').fill(withWrongCheck(id));
  await dialog.getByLabel('手机').fill('12345');
  await dialog.getByLabel('手机').press('Enter');
  await expect(dialog.getByText('身份证号校验位不对，可能有数字输错了。')).toBeVisible();
  await expect(dialog.getByText('手机号应为 11 位、以 13–19 开头的号码。')).toBeVisible();
  await expect(dialog.getByLabel('身份证号')).toHaveAttribute('aria-invalid', 'true');
  await shot('people-form-error');

  await dialog.getByLabel('身份证号').fill(id);
  await dialog.getByLabel('手机').fill('139 0527 1234');
  await dialog.getByLabel('乡镇/街道').fill('蔡集镇');
  await dialog.getByLabel('手机').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(total(page)).toHaveText('共 13 人');

  await page.reload();
  await expect(total(page)).toHaveText('共 13 人');
  await page.getByLabel('搜索人员').fill('张三');
  await expect(total(page)).toHaveText('共 1 人');
  await expect.poll(() => names(page)).toEqual(['张三']);
  await expect(cell(page, 0, 'idNumber')).toContainText('321302********');
  await expect(cell(page, 0, 'mobile')).toHaveText('13905271234');
  await expect(cell(page, 0, 'birthDate')).toHaveText('1990-01-01');
  await expect(cell(page, 0, 'gender')).toHaveText('男');

  // A second person with the same ID number is refused, naming the first.
  await page.getByRole('button', { name: '新增人员' }).click();
  await dialog.getByLabel('姓名').fill('张叁');
  await dialog.getByLabel('身份证号').fill(id);
  await dialog.getByLabel('身份证号').press('Enter');
  await expect(dialog.getByText('该身份证号已经登记过了：张三。')).toBeVisible();

  // A gender that contradicts the ID number is a warning the user may accept.
  await dialog.getByLabel('身份证号').fill(validId('19850202', '246'));
  await dialog.getByLabel('性别').selectOption('M');
  await dialog.getByLabel('身份证号').press('Enter');
  await expect(dialog.getByText('性别与身份证号不一致（按身份证号应为女）').first()).toBeVisible();
  await dialog.getByRole('button', { name: '仍然保存' }).click();
  await expect(dialog).toBeHidden();
  // Esc closes the form without saving, once the clerk agrees to discard what was typed.
  await page.getByRole('button', { name: '新增人员' }).click();
  await dialog.getByLabel('姓名').fill('不保存');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('搜索人员').fill('');
  await expect(total(page)).toHaveText('共 14 人');
});

test('search finds a person by pinyin initials, full pinyin, ID tail and mobile', async ({ page, app, shot }) => {
  await app.setupOffice();
  const people = generatePeople(60, 11);
  await arrange(app, [
    ...people,
    { name: '张三', idNumber: validId('19880808', '135'), mobile: '13812345678', township: '耿车镇' },
  ]);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 61 人');
  await expect(gridRows(page).first()).toBeVisible();
  await shot('people-grid');

  const search = page.getByLabel('搜索人员');
  await search.fill('zs');
  await expect(total(page)).not.toHaveText('共 61 人');
  await expect(nameCells(page).filter({ hasText: '张三' })).toHaveCount(1);
  for (const name of await nameCells(page).allTextContents())
    expect(nameSearchKeys(name).pinyinInitials).toMatch(/^zs/);

  await search.fill('zhangsan');
  await expect.poll(() => names(page)).toEqual(['张三']);
  await search.fill(validId('19880808', '135').slice(-6));
  await expect.poll(() => names(page)).toEqual(['张三']);
  // The tail search above shows the same row: wait for the mobile search's own answer, or the grid could refresh
  // under the click on 显示 below.
  const mobileSearched = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/call') && /people\.list[\s\S]*1381234/.test(response.request().postData() ?? ''),
  );
  await search.fill('1381234');
  await mobileSearched;
  await expect.poll(() => names(page)).toEqual(['张三']);
  // 显示 reveals the full ID number of this row (the backend audits it).
  await expect(cell(page, 0, 'idNumber')).toContainText('321302********');
  await cell(page, 0, 'idNumber').getByRole('button', { name: '显示' }).click();
  await expect(cell(page, 0, 'idNumber')).toHaveText(validId('19880808', '135'));
  await search.press('Escape');
  await expect(total(page)).toHaveText('共 61 人');

  await page.getByLabel('乡镇/街道', { exact: true }).selectOption('耿车镇');
  const inTownship = people.filter((person) => person.township === '耿车镇').length + 1;
  await expect(total(page)).toHaveText(`共 ${inTownship} 人`);
});

test('in English the grid headers and the grid’s own texts are English', async ({ page, app, shot }) => {
  await app.setupOffice();
  await arrange(app, generatePeople(5, 5));
  await openPeople(page, app);
  const headers = page.locator('.ag-header-cell-text');
  await expect(headers.filter({ hasText: '身份证号' })).toHaveCount(1);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  await expect(page.locator('.people-total')).toHaveText('5 people');
  for (const name of ['Name', 'Gender', 'ID number', 'Date of birth', 'Mobile', 'Township', 'Village', 'Work unit']) {
    await expect(headers.filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  }
  await expect(headers.filter({ hasText: '身份证号' })).toHaveCount(0);
  await shot('people-grid-en');
  // AG Grid's own texts come from its English locale (here the labels of its paging buttons).
  const gridText = page.locator('.ag-paging-panel [role=button]').last();
  await expect(gridText).toHaveAttribute('aria-label', 'Last Page');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(gridText).toHaveAttribute('aria-label', '最后一页');
});

test('cells are edited like a spreadsheet; a person is voided with a reason and shown greyed on request', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  await arrange(app, [
    { name: '王明', idNumber: validId('19700505', '111'), mobile: '13900000001' },
    { name: '李芳', idNumber: validId('19750606', '222'), mobile: '13900000002' },
  ]);
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 2 人');

  // 李芳 sorts first (li < wang). Type into the mobile cell, Enter saves and moves down.
  await cell(page, 0, 'mobile').dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('13811112222');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'mobile')).toHaveText('13811112222');
  await expect.poll(async () => stored(app, '李芳')).toMatchObject({ mobile: '13811112222', rowVersion: 2 });
  // A bad value is refused with the reason and the cell goes back.
  await cell(page, 1, 'mobile').dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('888');
  await page.keyboard.press('Tab');
  await expect(page.getByText('手机号应为 11 位、以 13–19 开头的号码。').first()).toBeVisible();
  await expect(cell(page, 1, 'mobile')).toHaveText('13900000001');
  // Esc cancels an edit.
  await cell(page, 1, 'township').dblclick();
  await page.keyboard.type('不要');
  await page.keyboard.press('Escape');
  await expect(cell(page, 1, 'township')).toHaveText('');
  await page.reload();
  await expect(cell(page, 0, 'mobile')).toHaveText('13811112222');

  // The entry row on top: type a new person, Enter leaves the row and saves it.
  await entryRow(page).locator('[col-id="name"]').dblclick();
  await page.keyboard.type('赵六');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entryRow(page).locator('[col-id="idNumber"] input')).toBeFocused();
  await page.keyboard.type(validId('19920303', '333'));
  await page.keyboard.press('Enter');
  await expect(total(page)).toHaveText('共 3 人');
  await expect.poll(() => names(page)).toEqual(['李芳', '王明', '赵六']);

  // Void 王明 with a reason.
  await cell(page, 1, 'actions').getByRole('button', { name: '作废' }).click();
  const dialog = page.getByRole('dialog', { name: '作废人员：王明' });
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect(dialog.getByText('请填写作废原因。')).toBeVisible();
  await dialog.getByLabel('作废原因').fill('重复登记');
  await dialog.getByLabel('作废原因').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(total(page)).toHaveText('共 2 人');
  await expect.poll(() => names(page)).toEqual(['李芳', '赵六']);
  await page.getByLabel('显示已作废').check();
  await expect(total(page)).toHaveText('共 3 人');
  const voided = page.locator(`${BODY} .ag-row.row-voided`);
  await expect(voided).toHaveCount(1);
  await expect(voided.locator('[col-id="voidReason"]')).toHaveText('重复登记');
});

test('a block of rows pasted from Excel adds people; bad rows are listed with their problems', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await openPeople(page, app);
  await expect(total(page)).toHaveText('共 0 人');
  const block =
    [
      ['孙丽', '女', validId('19800101', '002'), '13700000001'],
      ['周强', '男', validId('19810202', '013'), '13700000002'],
      ['吴敏', '女', validId('19820303', '024'), '13700000003'],
    ]
      .map((row) => row.join('\t'))
      .join('\r\n') + '\r\n';
  await entryRow(page).locator('[col-id="name"]').click();
  await pasteText(page, block);
  const summary = page.getByRole('dialog', { name: '粘贴结果' });
  await expect(summary.getByText('已添加 3 人。')).toBeVisible();
  await expect(summary).toContainText('按表格列顺序从“姓名”开始对应：姓名、性别、身份证号、手机');
  await summary.getByRole('button', { name: '关闭' }).click();
  await expect(total(page)).toHaveText('共 3 人');
  await expect.poll(() => names(page)).toEqual(['孙丽', '吴敏', '周强']);
  await expect(cell(page, 2, 'mobile')).toHaveText('13700000002');

  // With a header row the columns are taken by name, in any order; a bad row is reported by its number.
  const withHeader = [
    ['身份证号码', '姓名', '联系电话', '乡镇'],
    [validId('19900909', '035'), '郑浩', '13600000001', '龙河镇'],
    [withWrongCheck(validId('19910101', '046')), '冯娟', '13600000002', '龙河镇'],
  ]
    .map((row) => row.join('\t'))
    .join('\n');
  await cell(page, 0, 'mobile').click();
  await pasteText(page, withHeader);
  await expect(summary.getByText('已添加 1 人；1 行没有添加。')).toBeVisible();
  await expect(summary.locator('tbody tr')).toHaveCount(1);
  await expect(summary.locator('tbody tr td')).toHaveText([
    '2',
    '冯娟',
    '身份证号',
    '身份证号校验位不对，可能有数字输错了。',
  ]);
  await shot('people-paste-summary');
  await page.keyboard.press('Escape');
  await expect(total(page)).toHaveText('共 4 人');
});

/** What the browser does when the user presses Ctrl+V with text from Excel on the clipboard. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (document.activeElement ?? document.body).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}
