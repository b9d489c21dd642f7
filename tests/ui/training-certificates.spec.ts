// Certificates as a trainer meets them: 发证 for a seeded course's passed trainees (the confirmation names how
// many), the register, one certificate printed (PDF) with its QR read back from the rendered image and verified on
// 证书查验, a tampered code refused in plain Chinese, and a renewal course superseding the old certificate.
import { trainingCourses, trainingEnrolments } from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { insertRecords } from '../../electron/core/records/bulk';
import { DEFAULT_SKILLS } from '../../rules/training/kinds';
import { seedPeople, type SeededPerson } from '../fixtures/registryPeople';
import { expect, OFFICE, signIn, test, type App } from './fixtures';
import { renderedQr } from './qr-support';
import { printedText } from './stock-support';

function seedCourse(app: App, kindCode: string, trainees: { person: SeededPerson; theory: number }[], end: string) {
  const store = app.backend.store;
  const ctx: CoreContext = {
    store,
    actor: { userId: 'seed', username: 'seed', displayName: 'seed', roles: ['admin'] },
    method: 'test.seed',
    now: () => new Date(),
  };
  const kindId = store.sqlite.prepare('SELECT id FROM training_kinds WHERE code = ?').pluck().get(kindCode) as string;
  return store.sqlite.transaction(() => {
    const [courseId] = insertRecords(ctx, trainingCourses, OFFICE.code, [
      {
        number: `${OFFICE.code}-${end.slice(0, 4)}-${kindCode}`,
        kindId,
        title: kindCode === 'rescuer' ? '幸福街道救护员培训班' : '救护员复训班',
        startDate: end,
        endDate: end,
        sessions: 2,
        venue: null,
        township: '幸福街道',
        village: null,
        sector: 'community',
        hostUnit: null,
        capacity: null,
        fundingSource: null,
        headCount: null,
        instructorsConfirmedBy: null,
        instructorsConfirmedAt: null,
        notes: null,
      },
    ]);
    insertRecords(
      ctx,
      trainingEnrolments,
      OFFICE.code,
      trainees.map((t) => ({
        courseId: courseId!,
        personId: t.person.id,
        attendance: 'PP',
        theoryScore: t.theory,
        skillResults: JSON.stringify(Object.fromEntries(DEFAULT_SKILLS.map((s) => [s, true]))),
      })),
    );
    return { courseId: courseId!, kindId };
  })();
}

test('issue for a course, print, read the QR back and verify it; a tampered code; a renewal', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.setupOffice();
  const people = seedPeople(app.backend.store, 12);
  const course = seedCourse(
    app,
    'rescuer',
    people.slice(0, 10).map((person, n) => ({ person, theory: n < 2 ? 60 : 90 })),
    '2025-06-30',
  );
  await signIn(page, app);
  await page.goto(`${app.host.url}#/training-certificates/course/${course.courseId}`);
  await page.getByRole('button', { name: '为 8 名合格学员发证' }).click();
  const confirm = page.getByRole('dialog', { name: '确认发证' });
  await expect(confirm).toContainText('将为 8 名考核合格的学员发放“救护员”证书，发证日期 2025-06-30');
  await expect(confirm).toContainText('另有 2 名学员未合格');
  await shot('training-certificates-issue-confirm');
  await confirm.getByRole('button', { name: '发证' }).click();
  await expect(page.getByText(/已发证 8 张：321302-2025-000001/)).toBeVisible();
  await expect(page.locator('.cert-course-panel tbody tr')).toHaveCount(8);
  await expect(page.getByRole('button', { name: '没有待发证的合格学员' })).toBeDisabled();
  await shot('training-certificates-course');

  await page.goto(`${app.host.url}#/training-certificates`);
  await expect(page.getByRole('heading', { name: '证书台账', level: 1 })).toBeVisible();
  await expect(page.getByText('共 8 张')).toBeVisible();
  await shot('training-certificates-register');
  await page.locator('.ag-row[row-index="0"] [col-id="number"]').dblclick();
  const detail = page.getByRole('dialog', { name: /证书详情/ });
  await expect(detail).toContainText('救护员');
  await expect(detail.locator('[data-field="status"]')).toHaveText('有效');
  await shot('training-certificates-detail');
  const number = (await detail.locator('[data-field="number"]').innerText()).trim();
  const name = (await detail.locator('[data-field="name"]').innerText()).trim();
  await detail.getByRole('button', { name: '打印证书（A4）' }).click();

  await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
  await shot('training-certificates-print-a4');
  const printed = await printedText(page);
  expect(printed).toContain(number);
  expect(printed).toContain(name);
  const payload = await renderedQr(page, '.cert-qr-a4');
  expect(payload).toMatch(/^BL1:/);

  await page.goto(`${app.host.url}#/training-verify`);
  const box = page.getByLabel('扫描或粘贴证书二维码');
  await box.fill(payload!);
  await box.press('Enter');
  const result = page.getByRole('status').filter({ hasText: '真实有效' });
  await expect(result).toContainText(name);
  await expect(result).toContainText(number);
  await expect(result).toContainText('宿城区红十字会');
  await shot('training-verify-valid');
  const tampered = payload!.slice(0, 50) + (payload![50] === 'A' ? 'B' : 'A') + payload!.slice(51);
  await box.fill(tampered);
  await box.press('Enter');
  const refusal = page.getByRole('alert').filter({ hasText: '查验未通过' });
  await expect(refusal).toContainText(/证书二维码/);
  await expect(refusal).not.toContainText(/Error|CERTIFICATE_/);
  await shot('training-verify-tampered');

  // A renewal: a holder of an older 救护员 certificate takes the 复训 course.
  const holder = people[11]!;
  const old = (await app.api('training.certificates.issue', {
    personId: holder.id,
    kindId: course.kindId,
    issueDate: '2022-09-01',
  })) as { numbers: string[] };
  const renewal = seedCourse(app, 'rescuer-renewal', [{ person: holder, theory: 95 }], '2025-07-15');
  await page.goto(`${app.host.url}#/training-certificates/course/${renewal.courseId}`);
  await page.getByRole('button', { name: '为 1 名合格学员发证' }).click();
  const renewalConfirm = page.getByRole('dialog', { name: '确认发证' });
  await expect(renewalConfirm).toContainText('这是复训班');
  await renewalConfirm.getByRole('button', { name: '发证' }).click();
  await expect(page.locator('.cert-course-panel tbody tr')).toHaveCount(1);
  await page.goto(`${app.host.url}#/training-certificates`);
  await page.getByLabel('搜索姓名、拼音、身份证号后四位或证书编号').fill(old.numbers[0]!);
  await expect(page.locator('.ag-row[row-index="0"] [col-id="status"]')).toHaveText('已换证');
  await shot('training-certificates-renewed');
});
