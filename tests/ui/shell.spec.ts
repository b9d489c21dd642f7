// The shell through a real browser: first run, login and its errors, the language switch, user management
// as an admin, and what a clerk may not open. Screenshots of the main screens go to docs/screenshots/.
import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import type { Page } from '@playwright/test';
import { generatePeople } from '../fixtures/people';
import { ADMIN, expect, OFFICE, signIn, test } from './fixtures';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

test('first run sets up the office and its administrator, who can then sign in', async ({ page, app, shot }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { name: '首次使用：设置本单位' })).toBeVisible();
  await expect(page.getByLabel('单位名称')).toBeFocused();
  await shot('first-run');

  await page.getByLabel('单位名称').fill(OFFICE.name);
  await page.getByLabel('行政区划代码').fill('32130');
  await page.getByLabel('管理员用户名').fill(ADMIN.username);
  await page.getByLabel('管理员姓名').fill('王主任');
  await page.getByLabel('设置密码').fill('short');
  await page.getByLabel('再次输入密码').fill('short');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('行政区划代码必须是 6 位数字。')).toBeVisible();
  await expect(page.getByText('密码至少 10 个字符。')).toBeVisible();

  await page.getByLabel('行政区划代码').fill('321320');
  await page.getByLabel('设置密码').fill(ADMIN.password);
  await page.getByLabel('再次输入密码').fill(ADMIN.password);
  await page.getByLabel('再次输入密码').press('Enter');

  // The confirm step: the office as it will be created; the code is for good. 返回修改 keeps what was typed.
  const confirm = page.getByRole('dialog', { name: '确认单位信息' });
  await expect(confirm).toBeVisible();
  await expect(confirm.locator('dd')).toHaveText([OFFICE.name, '321320', '县级']);
  await expect(
    confirm.getByText('单位代码（行政区划代码）设定后不能修改，单位名称以后可由管理员在“设置”中更正。'),
  ).toBeVisible();
  await expect(confirm.getByRole('button', { name: '返回修改' })).toBeFocused();
  await shot('first-run-confirm');
  await confirm.getByRole('button', { name: '返回修改' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByLabel('单位名称')).toHaveValue(OFFICE.name);
  await expect(page.getByLabel('行政区划代码')).toHaveValue('321320');
  await expect(page.getByLabel('管理员用户名')).toHaveValue(ADMIN.username);
  await expect(page.getByLabel('设置密码')).toHaveValue(ADMIN.password);
  expect(app.backend.store.sqlite.prepare('SELECT count(*) AS n FROM office').get()).toEqual({ n: 0 });

  await page.getByLabel('行政区划代码').fill(OFFICE.code);
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(confirm.locator('dd')).toHaveText([OFFICE.name, OFFICE.code, '县级']);
  await confirm.getByRole('button', { name: '确认创建' }).click();

  const banner = page.getByRole('banner');
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(banner).toContainText(OFFICE.name);
  await expect(banner).toContainText(OFFICE.code);
  await expect(banner).toContainText('王主任');
  await expect(banner).toContainText('管理员');
  await expect(page).toHaveURL(/#\/people$/);

  await signOut(page);
  await expect(page.getByText(OFFICE.name)).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeFocused();
  await shot('login');
  await signIn(page, app);
  await expect(page.getByRole('banner')).toContainText('王主任');
});

test('the first-run confirm step in English names the office and says the code is for good', async ({
  page,
  app,
  shot,
}) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Office name').fill('Sucheng District Red Cross');
  await page.getByLabel('Administrative division code').fill(OFFICE.code);
  await page.getByRole('radio', { name: 'City' }).check();
  await page.getByLabel('Administrator user name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat the password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Finish setup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm your office' });
  await expect(confirm.locator('dd')).toHaveText(['Sucheng District Red Cross', OFFICE.code, 'City']);
  await expect(confirm.getByText('The office code (division code) cannot be changed once set')).toBeVisible();
  await shot('first-run-confirm-en');
  await confirm.getByRole('button', { name: 'Create the office' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Sucheng District Red Cross');
});

test('a wrong password is refused in Chinese with the attempts left; then the account locks', async ({ page, app }) => {
  await app.setupOffice();
  await page.goto(app.host.url);
  const alert = page.getByRole('alert');
  for (let remaining = 4; remaining >= 1; remaining--) {
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(alert).toHaveText(`用户名或密码不正确，还可以再试 ${remaining} 次。`);
  }
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByLabel('密码').press('Enter');
  await expect(alert).toContainText('已被暂时锁定');
  await expect(alert).toContainText(/之后再试/);
  await expect(page.getByRole('navigation')).toHaveCount(0);
});

test('the main layout: office and user in the top bar, the people grid in the content area', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  const people = generatePeople(14, 7);
  for (const person of people) await app.api('people.create', { person, acceptWarnings: true });
  await signIn(page, app);
  await expect(page.getByRole('gridcell', { name: people[0]!.name, exact: true })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '人员库' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await shot('main');
  const nav = page.getByRole('navigation');
  const settingsEnd = async () => {
    const settings = await nav.getByRole('link', { name: '设置', exact: true }).boundingBox();
    return settings!.y + settings!.height;
  };
  expect(await settingsEnd()).toBeLessThanOrEqual(768);
  // With every section open the sidebar scrolls, and 系统 stays at its foot.
  for (const section of ['志愿服务', '应急救援队', '三献']) await nav.getByRole('button', { name: section }).click();
  await expect(nav.getByRole('link', { name: '星级与时长' })).toBeVisible();
  expect(await settingsEnd()).toBeLessThanOrEqual(768);
  await shot('sidebar-all-open');
});

test('the sidebar folds a section away, keeps the fold across a reload, and opens the current page’s section', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await signIn(page, app);
  const nav = page.getByRole('navigation');
  const stock = nav.getByRole('button', { name: '救灾物资' });
  await expect(stock).toHaveAttribute('aria-expanded', 'true');
  await stock.focus();
  await page.keyboard.press('Enter');
  await expect(stock).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: '出入库单据' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: '人员' })).toHaveCount(0);
  await shot('sidebar-folded');
  await page.reload();
  await expect(nav.getByRole('button', { name: '救灾物资' })).toHaveAttribute('aria-expanded', 'false');
  await page.goto(`${app.host.url}#/stock-documents`);
  await expect(nav.getByRole('link', { name: '出入库单据' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: '救灾物资' })).toBeDisabled();
});

test('the language switches to English and back, and is kept across a reload', async ({ page, app, shot }) => {
  await app.setupOffice();
  await signIn(page, app);
  const nav = page.getByRole('navigation');
  await expect(nav).toContainText('人员库');
  // The grid's own texts follow the language too (an empty register shows AG Grid's no-rows overlay, its Chinese
  // put as a clerk would say it); the people registry says it in its own words, once.
  await expect(page.getByText('没有符合条件的人员')).toHaveCount(1);
  await expect(page.getByText(AG_GRID_LOCALE_CN.noRowsToShow!, { exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: '证书台账', exact: true }).click();
  await expect(page.getByText('没有符合条件的记录', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(AG_GRID_LOCALE_EN.noRowsToShow!, { exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Administrator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('columnheader', { name: 'Locked until' })).toBeVisible();
  await shot('users-en');

  await page.reload();
  await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(nav.getByRole('link', { name: '人员库' })).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an admin adds a clerk, who can then sign in', async ({ page, app, shot }) => {
  await app.setupOffice();
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
  await expect(page).toHaveURL(/#\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();

  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  await expect(dialog.getByLabel('用户名')).toBeFocused();
  await dialog.getByLabel('用户名').fill('zhangmin');
  await dialog.getByLabel('姓名').fill('张敏');
  await dialog.getByLabel('文员').check();
  await dialog.getByLabel('只读').check();
  await dialog.getByLabel('密码', { exact: true }).fill('Clerk-pass-1');
  await dialog.getByLabel('再次输入密码').fill('Clerk-pass-2');
  await dialog.getByLabel('再次输入密码').press('Enter');
  await expect(dialog.getByText('两次输入的密码不一致。')).toBeVisible();
  await dialog.getByLabel('再次输入密码').fill('Clerk-pass-1');
  await shot('user-add');
  await dialog.getByLabel('再次输入密码').press('Enter');
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: 'zhangmin' });
  await expect(row).toContainText('张敏');
  await expect(row).toContainText('文员、只读');
  await expect(row).toContainText('在用');
  await shot('users');

  // The same user name again is refused in Chinese, inside the dialog.
  await page.getByRole('button', { name: '新增用户' }).click();
  await expect(dialog.getByLabel('用户名')).toBeFocused();
  await dialog.getByLabel('用户名').fill('zhangmin');
  await dialog.getByLabel('姓名').fill('另一个张敏');
  await dialog.getByLabel('文员').check();
  await dialog.getByLabel('密码', { exact: true }).fill('Clerk-pass-1');
  await dialog.getByLabel('再次输入密码').fill('Clerk-pass-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('用户名“zhangmin”已被使用，请换一个。');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(dialog).toBeHidden();

  await signOut(page);
  await signIn(page, app, 'zhangmin', 'Clerk-pass-1');
  await expect(page.getByRole('banner')).toContainText('张敏');
  await expect(page.getByRole('banner')).toContainText('文员');
});

test('an administrator cannot deactivate their own account; another user can, after confirming', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  await app.addUser('lisi', ['viewer']);
  await signIn(page, app);
  await page.getByRole('link', { name: '用户管理' }).click();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();

  const own = page.getByRole('row').filter({ hasText: ADMIN.username });
  await expect(own.getByRole('button', { name: '编辑' })).toBeVisible();
  await expect(own.getByRole('button', { name: '停用' })).toHaveCount(0);

  const confirm = page.getByRole('dialog', { name: '停用用户' });
  const lisi = page.getByRole('row').filter({ hasText: 'lisi' });
  await lisi.getByRole('button', { name: '停用' }).click();
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '停用' }).click();
  await expect(confirm).toBeHidden();
  await expect(lisi).toContainText('已停用');
  await expect(lisi.getByRole('button', { name: '启用' })).toBeVisible();
});

test('a clerk does not see user management and cannot open it by address', async ({ page, app }) => {
  await app.setupOffice();
  await app.addUser('clerk1', ['clerk']);
  await signIn(page, app, 'clerk1', 'User-pass-1');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '人员库' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '用户管理' })).toHaveCount(0);

  await page.goto(`${app.host.url}#/users`);
  await expect(page.getByText('您没有权限打开“用户管理”')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新增用户' })).toHaveCount(0);
});

test('a session that ended elsewhere brings back the login, which says why, and returns to the page', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();

  const client = (await page.context().cookies()).find((cookie) => cookie.name === 'boai_session');
  expect(client).toBeDefined();
  app.backend.router.dropSession(client!.value);
  await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();

  await expect(page.getByText('登录已失效，请重新登录。')).toBeVisible();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByLabel('密码').press('Enter');
  await expect(page).toHaveURL(/#\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
});

test('an admin changes a user’s roles and resets their password; the user signs in with the new one', async ({
  page,
  app,
}) => {
  await app.setupOffice();
  await app.addUser('wangfang', ['clerk']);
  await signIn(page, app);
  await page.getByRole('link', { name: '用户管理' }).click();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'wangfang' });

  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑用户：wangfang' });
  await expect(edit.getByLabel('姓名')).toBeFocused();
  await edit.getByLabel('姓名').fill('王芳');
  await edit.getByLabel('文员').uncheck();
  await edit.getByLabel('姓名').press('Enter');
  await expect(edit.getByText('请选择至少一个角色。')).toBeVisible();
  await edit.getByLabel('仓管员').check();
  await edit.getByLabel('审批人').check();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('王芳');
  await expect(row).toContainText('仓管员、审批人');

  await row.getByRole('button', { name: '重设密码' }).click();
  const reset = page.getByRole('dialog', { name: '重设密码：wangfang' });
  await expect(reset.getByLabel('新密码')).toBeFocused();
  await reset.getByLabel('新密码').fill('New-pass-42');
  await reset.getByLabel('再次输入密码').fill('New-pass-42');
  await reset.getByLabel('再次输入密码').press('Enter');
  await expect(reset).toBeHidden();
  await expect(page.getByText('已重设 wangfang 的密码。')).toBeVisible();

  await signOut(page);
  await signIn(page, app, 'wangfang', 'New-pass-42');
  await expect(page.getByRole('banner')).toContainText('仓管员、审批人');
});
