// Idle sign-out in a real browser: shortly before the end a dialog asks 即将因长时间未操作而退出登录; 继续使用 keeps
// the session; left alone, the login page says why, and signing in returns to the page the user was on.
import { expect, test } from './fixtures';

// 9 seconds of idle time: the warning comes 4.5 seconds before the end (half of it, as it is under 4 minutes).
test.use({ idleMinutes: 0.15 });

test('warns before idle sign-out, 继续使用 keeps the session, and the login page says why', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await page.goto(app.host.url);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('Admin-pass-1');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '用户管理' }).click();
  await expect(page).toHaveURL(/#\/users$/);

  const warning = page.getByRole('dialog', { name: '即将因长时间未操作而退出登录' });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(warning).toContainText(/[1-5] 秒后将自动退出登录/);
  await shot('idle-warning');
  await warning.getByRole('button', { name: '继续使用' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('navigation')).toBeVisible();

  // Left alone: the warning again, then the login page with the reason.
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('已自动退出登录')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('Admin-pass-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/#\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
});
