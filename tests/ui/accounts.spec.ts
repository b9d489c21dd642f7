// Accounts without dead ends: a user changes their own password from the top bar (unsaved input guarded), an
// administrator corrects the office name (the top bar follows), and reads the audit log filtered by user.
import { ADMIN, expect, OFFICE, signIn, test } from './fixtures';

test('a clerk changes their own password from the top bar, with the rules and the current password checked', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('clerk1', ['clerk']);
  await signIn(page, app, 'clerk1', 'User-pass-1');

  await page.getByRole('button', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await dialog.getByLabel('当前密码').fill('User-pass-1');
  await dialog.getByLabel('新密码').fill('12345678');
  await dialog.getByLabel('再次输入密码').fill('12345678');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('密码至少 10 个字符。')).toBeVisible();
  await dialog.getByLabel('新密码').fill('1234567890');
  await dialog.getByLabel('再次输入密码').fill('1234567890');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('这个密码太常见，容易被猜到，请换一个。')).toBeVisible();
  await shot('account-password-rules');

  // Esc with typed input asks before throwing it away.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: '放弃修改？' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: '继续编辑' }).click();
  await expect(dialog.getByLabel('新密码')).toHaveValue('1234567890');

  await dialog.getByLabel('当前密码').fill('Wrong-pass-1');
  await dialog.getByLabel('新密码').fill('Clerk-new-pass-7');
  await dialog.getByLabel('再次输入密码').fill('Clerk-new-pass-7');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('当前密码不正确。')).toBeVisible();
  await dialog.getByLabel('当前密码').fill('User-pass-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('密码已修改。')).toBeVisible();
  await shot('account-password-changed');

  // Still signed in here; the new password is the one that works from now on.
  await page.getByRole('link', { name: '人员库' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill('clerk1');
  await page.getByLabel('密码').fill('User-pass-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码不正确')).toBeVisible();
  await signIn(page, app, 'clerk1', 'Clerk-new-pass-7');
});

test('an administrator corrects the office name; the top bar and settings show it, the code stays', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await signIn(page, app);
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await page.getByRole('button', { name: '修改单位名称' }).click();
  const dialog = page.getByRole('dialog', { name: '修改单位名称' });
  await expect(dialog.getByText(`单位代码 ${OFFICE.code} 不能修改`)).toBeVisible();
  await dialog.getByLabel('单位名称').fill('宿迁市宿城区红十字会');
  await shot('account-office-rename');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.topbar .office-name')).toHaveText('宿迁市宿城区红十字会');
  await expect(page.locator('.topbar .office-code')).toHaveText(OFFICE.code);
  await expect(page.getByText(`宿迁市宿城区红十字会（${OFFICE.code}，县级）`)).toBeVisible();
  await shot('account-office-renamed');
});

test('the audit log for administrators, filtered by user, with Chinese labels', async ({ page, app, shot }) => {
  await app.setupOffice();
  await app.addUser('clerk1', ['clerk']);
  await signIn(page, app, 'clerk1', 'User-pass-1');
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, app, ADMIN.username, ADMIN.password);
  await app.api('office.rename', { name: '宿迁市宿城区红十字会' });

  await page.getByRole('link', { name: '操作日志' }).click();
  await expect(page.getByRole('heading', { name: '操作日志' })).toBeVisible();
  const grid = page.locator('.audit-grid');
  await expect(grid.getByText('修改单位名称')).toBeVisible();
  await expect(grid.getByText('新增用户')).toBeVisible();
  await page.getByLabel('用户', { exact: true }).fill('clerk1');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(grid.getByText('修改单位名称')).toBeHidden();
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  await expect(grid.locator('.ag-row').first()).toContainText('登录');
  await expect(grid.locator('.ag-row').first()).toContainText('clerk1');
  await expect(grid.locator('.ag-row').first()).toContainText('结果: 登录成功');
  await expect(page.getByText('共 1 条')).toBeVisible();
  await shot('audit-log-filtered');
});
