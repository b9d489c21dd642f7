// The 三献 register as an office keeps it: its keeper registers a blood donor found in the people registry, records
// a 400 ml donation in the person's record and sees both in the register; a clerk (and the administrator, who lacks
// the role) finds no register in the sidebar and is refused at its address, while the statistics show everyone the
// counts and nobody's name.
import type { Page } from '@playwright/test';
import { generatePeople } from '../fixtures/people';
import { ADMIN, expect, signIn, test } from './fixtures';

// Clerks work in China time, as the core's dates do.
test.use({ timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
}

async function openDonorSection(page: Page, label: string) {
  const nav = page.getByRole('navigation');
  const section = nav.getByRole('button', { name: '三献' });
  if ((await section.getAttribute('aria-expanded')) === 'false') await section.click();
  await nav.getByRole('link', { name: label }).click();
}

test('a blood donor registered and shown to the keeper; a clerk and the administrator see no register', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('sanxian', ['donorAdmin']);
  await app.addUser('wenyuan', ['clerk']);
  const [donor, other] = generatePeople(2, 31);
  for (const person of [donor!, other!]) await app.api('people.create', { person, acceptWarnings: true });

  await signIn(page, app, 'sanxian', 'User-pass-1');
  await expect(page.getByRole('heading', { name: '三献登记', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有三献登记。')).toBeVisible();
  await page.getByRole('button', { name: '新增登记' }).click();
  const form = page.getByRole('dialog', { name: '新增三献登记' });
  const find = form.getByLabel('从人员库查找（姓名、拼音或身份证号后几位）');
  await find.fill(donor!.name);
  await find.press('Enter');
  await form.getByRole('button', { name: new RegExp(`^${donor!.name}`) }).click();
  await expect(form).toContainText(`已选：${donor!.name}`);
  await form.getByRole('radio', { name: '无偿献血' }).check();
  await form.getByLabel('登记地点').fill('县中心血站');
  await shot('donors-register-form');
  await form.getByRole('button', { name: '确定' }).click();

  const record = page.getByRole('dialog', { name: `三献记录 · ${donor!.name}` });
  await expect(record).toContainText('县中心血站');
  await expect(record).toContainText('还没有捐献记录。');
  await record.getByRole('button', { name: '记录捐献' }).click();
  const donation = page.getByRole('dialog', { name: `记录捐献 · ${donor!.name}（无偿献血）` });
  await expect(donation.getByLabel('献血量（毫升）')).toHaveValue('400');
  await donation.getByLabel('捐献地点').fill('新区献血屋');
  await donation.getByRole('button', { name: '确定' }).click();
  await expect(donation).toBeHidden();
  await expect(record.getByRole('row', { name: /新区献血屋/ })).toContainText('400');
  await expect(record).toContainText('400 毫升');
  await expect(record).not.toContainText(donor!.idNumber);
  await shot('donors-person');

  // A stem-cell registration for the same person: a matching step typed before the one it follows is refused at it.
  await record.getByRole('button', { name: '为此人新增其他类别登记' }).click();
  const stem = page.getByRole('dialog', { name: '新增三献登记' });
  await stem.getByRole('radio', { name: '造血干细胞' }).check();
  await stem.getByLabel('登记日期').fill('2024-03-01');
  await stem.getByLabel('入库血样日期').fill('2024-03-01');
  await stem.getByLabel('高分辨日期').fill('2024-05-01');
  await stem.getByRole('button', { name: '确定' }).click();
  await expect(stem.getByLabel('高分辨日期')).toHaveAttribute('aria-invalid', 'true');
  await expect(stem.getByRole('alert').first()).toContainText('配型须依次登记');
  await shot('donors-stem-cells-refused');
  await stem.getByLabel('初配日期').fill('2024-04-01');
  await stem.getByRole('button', { name: '确定' }).click();
  await expect(stem).toBeHidden();
  await expect(record.getByRole('region', { name: '造血干细胞' })).toContainText('高分辨');
  await record.getByRole('button', { name: '关闭' }).click();

  await expect(page.getByText('共 2 条登记')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`${donor!.name}.*无偿献血`) });
  await expect(row).toContainText('无偿献血');
  await expect(row).toContainText('400 毫升');
  await expect(row).toContainText(`${donor!.idNumber.slice(0, 6)}********${donor!.idNumber.slice(-4)}`);
  await expect(page.getByText('每次查看、导出都记入日志')).toBeVisible();
  await shot('donors-register');
  await signOut(page);

  await signIn(page, app, 'wenyuan', 'User-pass-1');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '三献登记' })).toHaveCount(0);
  await openDonorSection(page, '三献统计');
  await expect(page.getByRole('heading', { name: '三献统计', level: 1 })).toBeVisible();
  const figures = page.getByRole('table');
  await expect(figures.getByRole('row', { name: /无偿献血/ })).toContainText('400');
  await expect(page.locator('main')).not.toContainText(donor!.name);
  await shot('donors-stats');
  await page.goto(`${app.host.url}#/donors`);
  await expect(page.getByText('您没有权限打开“三献登记”')).toBeVisible();
  await signOut(page);

  await signIn(page, app, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('navigation').getByRole('link', { name: '三献登记' })).toHaveCount(0);
  await page.goto(`${app.host.url}#/donors`);
  await expect(page.getByText('您没有权限打开“三献登记”')).toBeVisible();
  // The administrator may grant the role (unticked until chosen) and decides whether the register goes upward.
  await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新增用户' }).click();
  const userForm = page.getByRole('dialog', { name: '新增用户' });
  await expect(userForm.getByRole('checkbox', { name: /三献管理员/ })).not.toBeChecked();
  await userForm.getByRole('button', { name: '取消' }).click();
  await page.getByRole('navigation').getByRole('link', { name: '设置', exact: true }).click();
  const travel = page.getByRole('checkbox', { name: '三献登记随数据包上报市级' });
  await expect(travel).not.toBeChecked();
  await expect(page.getByText('关闭时，三献登记只留在本单位')).toBeVisible();
  await travel.check();
  await expect(page.getByText('已开启：下一个数据包会带上全部三献登记')).toBeVisible();
  await page.getByText(/^最近由 admin 于/).scrollIntoViewIfNeeded();
  await shot('donors-settings');
});
