// A 救护员 course through a real browser: the trainer creates it, adds 30 trainees from the registry by
// scanning their ID numbers, marks attendance and types the exam by keyboard; one trainee fails on theory, one on
// a skill, and the result column shows 28 passed - also as stored; certificates go to the 28 in one action.
import type { Page } from '@playwright/test';
import type { CourseDetail, CourseRow } from '@core/training/courses/contract';
import { expect, signIn, test } from './fixtures';
import { bodyCell } from './grid-support';
import { validId } from './stock-support';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧';
const SKILLS = ['CPR', 'AED', '止血', '包扎', '固定', '搬运'];
const TRAINEES = 30;
const THEORY_FAIL = 4; // row index of the trainee failing on theory
const SKILL_FAIL = 11; // row index of the trainee failing 包扎

/** From the bottom of a column to the top of the next one, as a clerk would: → then Ctrl+↑. */
async function nextColumnTop(page: Page): Promise<void> {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+ArrowUp');
}

/** Types each value down the focused column, Enter after each (the grid moves down). */
async function typeDown(page: Page, values: string[]): Promise<void> {
  for (const value of values) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
}

test('a 救护员 course of 30 trainees: attendance and scores by keyboard, 28 passed and certified', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(420_000);
  await app.setupOffice();
  await app.addUser('peixun', ['trainer']);
  const idNumbers: string[] = [];
  for (let i = 0; i < TRAINEES; i++) {
    idNumbers.push(validId(`19${70 + (i % 25)}0${(i % 9) + 1}1${i % 10}`, String(200 + i * 3).padStart(3, '0')));
    await app.api('people.create', {
      person: { name: `${SURNAMES[i]}${i % 2 ? '晓梅' : '志强'}`, idNumber: idNumbers[i], workUnit: '项里街道社区' },
    });
  }

  await signIn(page, app, 'peixun', 'User-pass-1');
  // A trainer opens on the training section's first page, not on the rosters listed above it.
  await expect(page.getByRole('heading', { name: '培训班', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/training-courses$/);
  await page.getByRole('button', { name: '新建培训班' }).click();
  const form = page.getByRole('dialog', { name: '新建培训班' });
  await form.getByLabel('培训类别').selectOption({ label: '救护员' });
  await form.getByLabel('培训班名称').fill('2026年项里街道救护员培训班');
  await form.getByLabel('开始日期').fill('2026-05-06');
  await form.getByLabel('结束日期').fill('2026-05-07');
  await form.getByLabel('五进类别').selectOption({ label: '社区' });
  await form.getByLabel('乡镇（街道）').fill('项里街道');
  await form.getByLabel('计划人数').fill('30');
  await shot('training-course-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '培训班 · 2026年项里街道救护员培训班' })).toBeVisible();
  await expect(page.locator('.course-facts')).toContainText(`321302-2026-001`);

  // 30 ID numbers scanned into the box, and one nobody has.
  await page.getByRole('button', { name: '添加学员' }).click();
  const picker = page.getByRole('dialog', { name: '添加学员' });
  const stranger = validId('19880808', '888');
  await picker.getByLabel('粘贴或扫描身份证号（每行一个）').fill([...idNumbers, stranger].join('\n'));
  await picker.getByRole('button', { name: '查找' }).nth(1).click();
  await expect(picker.getByText(/第 31 行.*人员库中没有这个身份证号/)).toBeVisible();
  await picker.getByRole('button', { name: '添加所选（30 人）' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByText('共 30 名学员')).toBeVisible();
  await shot('training-course-trainees');

  // Attendance: four half-day sessions; one trainee misses one (4 hours, still eligible). The last column's saves
  // are held back until the clerk has moved on to 成绩 and typed there: no save may race another.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.getByRole('tab', { name: '考勤' }).click();
  await bodyCell(page, 0, 'session:0').click();
  for (let session = 0; session < 4; session++) {
    if (session > 0) await nextColumnTop(page);
    if (session === 3)
      await page.route('**/api/call', async (route) => {
        const call = route.request().postDataJSON() as { method?: string };
        if (call.method === 'training.courses.saveResults') await released;
        await route.continue();
      });
    await typeDown(
      page,
      Array.from({ length: TRAINEES }, (_, n) => (session === 2 && n === 7 ? 'A' : '1')),
    );
  }
  await expect(page.locator('.course-summary')).toContainText('待录入 30 人');
  await shot('training-course-attendance');

  // Results: a plain message for a score out of range or not a number; nothing saved.
  await page.getByRole('tab', { name: '成绩' }).click();
  await bodyCell(page, 0, 'theoryScore').click();
  await typeDown(page, ['120']);
  await expect(page.getByText('理论成绩应是 0 到 100 之间的整数，“120”没有保存。')).toBeVisible();
  await page.keyboard.press('Control+ArrowUp');
  await typeDown(page, ['abc']);
  await expect(page.getByText('理论成绩应是 0 到 100 之间的整数，“abc”没有保存。')).toBeVisible();
  await expect(bodyCell(page, 0, 'theoryScore')).toHaveText('');
  await page.keyboard.press('Control+ArrowUp');

  const scores = Array.from({ length: TRAINEES }, (_, n) => (n === THEORY_FAIL ? '62' : String(80 + (n % 20))));
  await typeDown(page, scores);
  await expect(page.getByText('正在保存')).toBeVisible();
  release();
  for (const skill of SKILLS) {
    await nextColumnTop(page);
    await typeDown(
      page,
      Array.from({ length: TRAINEES }, (_, n) => (skill === '包扎' && n === SKILL_FAIL ? 'n' : 'y')),
    );
  }
  await expect(page.locator('.course-summary')).toContainText('合格 28 人，不合格 2 人，缺勤超限 0 人，待录入 0 人');
  await page.keyboard.press('Control+ArrowUp');
  await expect(bodyCell(page, THEORY_FAIL, 'result')).toHaveText('不合格');
  await expect(bodyCell(page, SKILL_FAIL, 'result')).toHaveText('不合格');
  await expect(bodyCell(page, SKILL_FAIL, 'skill:包扎')).toHaveText('不通过');
  await shot('training-course-results');

  // Certificates for the 28 who passed, in one action from the course's 证书 tab.
  await page.getByRole('tab', { name: '证书' }).click();
  await page.getByRole('button', { name: '为 28 名合格学员发证' }).click();
  const confirm = page.getByRole('dialog', { name: '确认发证' });
  await expect(confirm).toContainText('另有 2 名学员未合格');
  await confirm.getByRole('button', { name: '发证' }).click();
  await expect(page.getByText(/已发证 28 张：321302-2026-000001/)).toBeVisible();
  await expect(page.locator('.cert-course-panel tbody tr')).toHaveCount(28);

  // As stored, and as the list counts it.
  const courses = (await app.api('training.courses.list', {})) as CourseRow[];
  expect(courses[0]).toMatchObject({ trainees: 30, passed: 28 });
  const certified = (await app.api('training.certificates.list', {
    courseId: courses[0]!.id,
    offset: 0,
    limit: 100,
  })) as {
    rows: { name: string }[];
  };
  expect(certified.rows).toHaveLength(28);
  const detail = (await app.api('training.courses.get', { id: courses[0]!.id })) as CourseDetail;
  expect(detail.trainees[THEORY_FAIL]).toMatchObject({ theoryScore: 62, result: 'failed' });
  expect(detail.trainees[SKILL_FAIL]!.skillResults['包扎']).toBe(false);
  expect(detail.trainees[7]).toMatchObject({ attendance: 'PPAP', absenceHours: 4, eligible: true, result: 'passed' });

  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(bodyCell(page, 0, 'passed')).toHaveText('28');
  await shot('training-course-list');
});
