// Training statistics, the expiring list and a legacy register's check through a real browser: the year's
// figures and both charts drawn, the expiring list's card and rows with phones, and the bad rows of a register
// listed by row, field and problem in Chinese before the good ones go in once.
import type { CoreContext } from '@core/context';
import { seedPeople } from '../fixtures/registryPeople';
import { addCertificate, addCourse, kindIds, setPopulation } from '../fixtures/trainingRecords';
import { legacyRegister, legacyWorkbook } from '../node/training/training-legacy-support';
import { expect, test, type App } from './fixtures';
import { chinaDaysFromNow, openPage } from './stock-support';

function arrangeTraining(app: App) {
  const ctx: CoreContext = {
    store: app.backend.store,
    actor: { userId: 'seed', username: 'seed', displayName: 'seed', roles: ['admin'] },
    method: 'test.seed',
    now: () => new Date(),
  };
  const kind = kindIds(ctx);
  const people = seedPeople(app.backend.store, 12);
  const year = chinaDaysFromNow(0).slice(0, 4);
  addCourse(ctx, {
    kindId: kind.popular!,
    startDate: `${year}-03-05`,
    township: '洋河镇',
    sector: 'community',
    headCount: 80,
  });
  addCourse(ctx, {
    kindId: kind.rescuer!,
    startDate: `${year}-05-08`,
    township: '蔡集镇',
    sector: 'school',
    trainees: people.slice(0, 4).map((p) => p.id),
    instructors: [people[11]!.id],
  });
  people.slice(0, 4).forEach((p, n) =>
    addCertificate(ctx, {
      number: `321302-${year}-00000${n + 1}`,
      personId: p.id,
      kindId: kind.rescuer!,
      issueDate: `${year}-05-10`,
      expiryDate: `${Number(year) + 3}-05-09`,
      township: n < 3 ? '蔡集镇' : '洋河镇',
      sector: 'school',
    }),
  );
  // Expiring: 10 and 60 days left, and one expired last month (a 复训 still renews it).
  [10, 60, -30].forEach((days, n) =>
    addCertificate(ctx, {
      number: `OLD-${n + 1}`,
      personId: people[5 + n]!.id,
      kindId: kind.rescuer!,
      issueDate: '2023-01-01',
      expiryDate: chinaDaysFromNow(days),
      township: '洋河镇',
      workUnit: '洋河中学',
    }),
  );
  setPopulation(ctx, '蔡集镇', 30000);
  setPopulation(ctx, '洋河镇', 50000);
  return { people, year };
}

test('the statistics page with its charts, the expiring list, and a legacy register checked then imported', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.setupOffice();
  const { people } = arrangeTraining(app);

  await openPage(page, app, '培训统计');
  await expect(page.locator('[data-figure="coursesHeld"] strong')).toHaveText('2');
  await expect(page.locator('[data-figure="popularAttendances"] strong')).toHaveText('80');
  await expect(page.locator('[data-figure="certificatesIssued"] strong')).toHaveText('4');
  await expect(page.locator('[data-figure="personsWithValidCertificate"]')).toContainText('占户籍人口');
  await expect(page.locator('[data-count="within30"]')).toHaveText('1');
  await expect(page.locator('[data-count="within90"]')).toHaveText('2');
  await expect(page.locator('[data-count="expiredRenewable"]')).toHaveText('1');
  // The bars themselves: May's 4 certificates, and each township's holders.
  await expect(page.getByRole('region', { name: '按月发证' }).locator('svg path[fill="#c8102e"]')).not.toHaveCount(0);
  await expect(
    page.getByRole('region', { name: '各乡镇年末有效持证人数' }).locator('svg path[fill="#1e7b3c"]'),
  ).toHaveCount(2);
  await expect(page.getByRole('table', { name: '按乡镇（街道）' }).locator('tbody tr').first()).toContainText('蔡集镇');
  await shot('training-stats');

  await page.getByRole('button', { name: '查看名单' }).click();
  await expect(page.getByRole('heading', { name: '到期提醒', level: 1 })).toBeVisible();
  const rows = page.getByRole('table', { name: '到期提醒' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(people[7]!.name);
  await expect(rows.first()).toContainText('已过期 30 天');
  await expect(page.getByRole('table', { name: '到期提醒' })).toContainText(people[5]!.mobile!);
  await shot('training-reminders');

  await page.getByRole('navigation').getByRole('link', { name: '历史证书台账' }).click();
  const register = legacyRegister(people[0]!.idNumber);
  await page.getByLabel('选择文件').setInputFiles({
    name: '救护员证台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await legacyWorkbook(register.rows),
  });
  await expect(page.getByText('共 14 行：可导入 5 行，有问题 9 行。')).toBeVisible();
  const bad = page.getByRole('table', { name: '有问题的行（不会导入，改好后可再次导入）' }).locator('tbody tr');
  await expect(bad).toHaveCount(9);
  await expect(bad.first()).toContainText('身份证号校验位不对');
  await expect(bad.nth(4)).toContainText('不认识这个证书类别');
  await expect(bad.nth(5)).toContainText('没有这一天');
  await shot('training-legacy-preview');
  const importButton = page.getByRole('button', { name: '导入 5 张证书' });
  await importButton.dblclick();
  await expect(page.getByText('已导入 5 张证书，新加入人员库 3 人。')).toBeVisible();
  const stored = app.backend.store.sqlite
    .prepare("SELECT count(*) FROM training_certificates WHERE source = 'legacy'")
    .pluck()
    .get();
  expect(stored).toBe(5);
});
