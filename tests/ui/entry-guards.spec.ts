// A clerk's day without surprises (issue 10, parts 1-3) through a real browser: an opening-stock file is
// posted once (a repeat is refused with the first import's date; an approver may confirm it), unsaved
// lines of a stock document and a half-typed 新增人员 survive the close button and Esc until 放弃修改,
// and a new user starts with no role, the roles that may see full ID numbers marked.
import type { UserInfo } from '@api/types';
import { expect, signIn, test } from './fixtures';
import { arrangeWarehouse, columnTexts, openPage } from './stock-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function openingFile() {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('期初库存');
  sheet.addRow(['仓库', '物资名称', '批号', '有效期', '数量', '单价']);
  sheet.addRow(['城南备灾仓库', '大米', 'R-OPEN', '2027/6/30', 30, 60]);
  sheet.addRow(['城南备灾仓库', '棉被', 'Q-OPEN', '', 2, 150]);
  return { name: '期初库存.xlsx', mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

test('the same opening-stock file twice: the wizard refuses it with the first import, an approver confirms', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  const quantities = async () =>
    ((await app.api('stock.onHand', { warehouseId: w.warehouse.id })) as { lotNumber: string; quantity: number }[])
      .map((row) => `${row.lotNumber}:${row.quantity}`)
      .sort();
  await openPage(page, app, '仓库资料');
  await page.getByRole('tab', { name: '期初库存' }).click();
  const fileInput = page.getByLabel('期初库存表（.xlsx 或 .csv）');
  const file = await openingFile();
  await fileInput.setInputFiles(file);
  await page.getByRole('button', { name: '检查' }).click();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 2 个批次' })).toBeVisible();
  // Committed: nothing here imports again; choosing a file is off until the wizard starts afresh.
  await expect(page.getByRole('button', { name: '检查' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);
  await expect(fileInput).toBeDisabled();
  expect(await quantities()).toEqual(['Q-OPEN:2', 'R-OPEN:30']);

  await page.getByRole('button', { name: '导入另一个文件' }).click();
  await fileInput.setInputFiles(file);
  await page.getByRole('button', { name: '检查' }).click();
  const refusal = page.locator('.opening-earlier');
  await expect(refusal).toContainText(`这个期初库存文件已于 ${chinaToday()}`);
  await expect(refusal).toContainText('由 管理员 导入过（RK-');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await shot('stock-opening-again');

  await page.getByLabel('我确认这不是重复导入，再导入一次（只有审批人可以）').check();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 2 个批次' })).toBeVisible();
  expect(await quantities()).toEqual(['Q-OPEN:2', 'Q-OPEN:2', 'R-OPEN:30', 'R-OPEN:30']);
});

test('a keeper without the approver role sees the refusal and no way to confirm it', async ({ page, app }) => {
  await arrangeWarehouse(app);
  const file = await openingFile(); // one file: a workbook written again carries a new creation time, so other bytes
  await app.api('stock.opening.import', { fileName: file.name, contentBase64: file.buffer.toString('base64') });
  await app.addUser('keeper', ['warehouse']);
  await signIn(page, app, 'keeper', 'User-pass-1');
  await page.getByRole('navigation').getByRole('link', { name: '仓库资料' }).click();
  await page.getByRole('tab', { name: '期初库存' }).click();
  await page.getByLabel('期初库存表（.xlsx 或 .csv）').setInputFiles(file);
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.locator('.opening-import')).toContainText('如确需再次导入，请审批人操作。');
  await expect(page.getByLabel(/我确认这不是重复导入/)).toHaveCount(0);
});

test('a stock document with unsaved lines asks before the close button and Esc throw them away', async ({
  page,
  app,
  shot,
}) => {
  await arrangeWarehouse(app);
  await openPage(page, app, '出入库单据');
  await page.getByRole('button', { name: '新建入库单' }).click();
  const editor = page.getByRole('dialog', { name: /新建入库单/ });
  await editor.getByLabel('物资 1').selectOption({ label: 'SP-001 大米 (10kg/袋)' });
  await editor.getByLabel('批号 1').fill('RICE-A');
  await editor.getByLabel('数量 1').fill('40');
  await expect(editor.getByText('有未保存的修改')).toBeVisible();

  const question = page.getByRole('dialog', { name: '放弃修改？' });
  await editor.getByRole('button', { name: '关闭' }).click();
  await expect(question).toContainText('有未保存的修改，确定放弃吗？');
  await expect(question.getByRole('button', { name: '继续编辑' })).toBeFocused();
  await shot('unsaved-guard');
  await question.getByRole('button', { name: '继续编辑' }).click();
  await expect(question).toBeHidden();
  await expect(editor.getByLabel('数量 1')).toHaveValue('40');

  // Esc asks too; Esc on the question (like Enter on the focused 继续编辑) keeps the lines.
  await editor.getByLabel('批号 1').press('Escape');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(editor).toBeVisible();
  await editor.getByLabel('批号 1').press('Escape');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(editor.getByLabel('批号 1')).toHaveValue('RICE-A');

  await editor.getByLabel('批号 1').press('Escape');
  await question.getByRole('button', { name: '放弃修改' }).click();
  await expect(editor).toBeHidden();
  await expect(page.locator('.stock-empty')).toContainText('还没有单据');
});

test('新增人员 with typed text is kept on Esc until 放弃修改; an untouched form closes at once', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  await signIn(page, app);
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
  const form = page.getByRole('dialog', { name: '新增人员' });
  const question = page.getByRole('dialog', { name: '放弃修改？' });

  await page.getByRole('button', { name: '新增人员' }).click();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: '新增人员' }).click();
  await form.getByLabel('姓名').fill('王小明');
  await form.getByLabel('村/社区').fill('朱瓦村');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '继续编辑' }).click();
  await expect(form.getByLabel('姓名')).toHaveValue('王小明');

  // Going to another page (the address bar, back) asks too; kept, the address goes back to 人员库.
  await page.evaluate(() => {
    window.location.hash = '#/users';
  });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '继续编辑' }).click();
  await expect(page).not.toHaveURL(/#\/users/);
  await expect(page.getByRole('heading', { name: '人员库' })).toBeVisible();
  await expect(form.getByLabel('姓名')).toHaveValue('王小明');
  // Closing the tab or window is held back by beforeunload (the Electron shell asks the same question).
  const unload = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const asked = await unload;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await expect(form.getByLabel('姓名')).toHaveValue('王小明');

  await form.getByRole('button', { name: '取消' }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: '放弃修改' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: '新增人员' }).click();
  await expect(form.getByLabel('姓名')).toHaveValue('');
});

test('a list reloaded behind an open 新增捐赠方 form keeps what the keeper typed', async ({ page, app }) => {
  await app.setupOffice();
  await openPage(page, app, '仓库资料');
  // The tab change reloads the categories; that answer is held back until the keeper has typed.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call', async (route) => {
    const call = route.request().postDataJSON() as { method?: string };
    if (call.method === 'stock.categories.list') await released;
    await route.continue();
  });
  const categoriesAnswered = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/call') && response.request().postData()?.includes('stock.categories.list') === true,
  );
  await page.getByRole('tab', { name: '捐赠方' }).click();
  await page.getByRole('button', { name: '新增捐赠方' }).click();
  const form = page.getByRole('dialog', { name: '新增捐赠方' });
  await form.getByLabel('名称').fill('王先生');
  await form.getByLabel('类型').selectOption({ label: '个人' });
  await form.getByLabel('公示时匿名').check();
  release();
  await categoriesAnswered;
  await expect(form.getByLabel('名称')).toHaveValue('王先生');
  await expect(form.getByLabel('公示时匿名')).toBeChecked();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => columnTexts(page, 'anonymous')).toEqual(['是']);
});

test('新增用户 starts with no role; saving without one says so; the roles that see full ID numbers are marked', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  const roles = dialog.locator('.role-checks input[type=checkbox]');
  // 管理员, 文员, 仓管员, 培训员, 审批人, 只读, 三献管理员
  await expect(roles).toHaveCount(7);
  for (const box of await roles.all()) await expect(box).not.toBeChecked();
  await expect(dialog.locator('.tag-reveal')).toHaveCount(2);
  for (const role of ['管理员', '文员']) {
    await expect(
      dialog.locator('.role-checks').getByText(role, { exact: true }).locator('xpath=following-sibling::span[1]'),
    ).toContainText('可查看完整身份证号');
  }
  await dialog.getByLabel('用户名').fill('lizhen');
  await dialog.getByLabel('姓名').fill('李珍');
  await dialog.getByLabel('密码', { exact: true }).fill('Keeper-pass-1');
  await dialog.getByLabel('再次输入密码').fill('Keeper-pass-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请选择至少一个角色。')).toBeVisible();
  await shot('user-add-roles');
  await dialog.getByLabel('仓管员').check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const users = (await app.api('users.list', {})) as UserInfo[];
  expect(users.find((user) => user.username === 'lizhen')?.roles).toEqual(['warehouse']);
});

test('in English: the question, the role list with its reveal mark', async ({ page, app, shot }) => {
  await app.setupOffice();
  await signIn(page, app);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await expect(dialog.locator('.tag-reveal')).toHaveText(['May see full ID numbers', 'May see full ID numbers']);
  await dialog.getByLabel('User name').fill('lizhen');
  await shot('user-add-roles-en');
  await page.keyboard.press('Escape');
  const question = page.getByRole('dialog', { name: 'Discard changes?' });
  await expect(question).toContainText('There are unsaved changes. Discard them?');
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await shot('unsaved-guard-en');
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
});
