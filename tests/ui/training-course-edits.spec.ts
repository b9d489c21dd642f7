// A course as a trainer keeps it up to date: a walk-in trainee not yet in the registry added on the spot (a mistyped
// ID number first, refused in plain Chinese), a sign-up sheet imported (a bad row named and left out), a trainee
// moved out with a reason (none given first), and the course voided with its reason kept - each as stored.
import ExcelJS from 'exceljs';
import type { CourseDetail } from '@core/training/courses/contract';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { expect, signIn, test } from './fixtures';
import { bodyCell } from './grid-support';
import { validId } from './stock-support';

test('a walk-in trainee added on the spot, a trainee moved out, the course voided', async ({ page, app, shot }) => {
  await app.setupOffice();
  await app.addUser('peixun', ['trainer']);
  const kinds = (await app.api('training.kinds.list', {})) as TrainingKindRow[];
  const known = validId('19800101', '123');
  await app.api('people.create', { person: { name: '钱学森', idNumber: known } });
  const created = (await app.api('training.courses.create', {
    kindId: kinds.find((kind) => kind.code === 'rescuer')!.id,
    title: '城南社区救护员培训班',
    startDate: '2026-06-01',
    endDate: '2026-06-02',
    sessions: 4,
    sector: 'community',
    township: '城南街道',
  })) as CourseDetail;

  await signIn(page, app, 'peixun', 'User-pass-1');
  await page.getByRole('navigation').getByRole('link', { name: '培训班' }).click();
  await bodyCell(page, 0, 'title').dblclick();
  await expect(page.getByRole('heading', { name: '培训班 · 城南社区救护员培训班' })).toBeVisible();

  await page.getByRole('button', { name: '新增人员' }).click();
  const form = page.getByRole('dialog', { name: '新增人员并加入本班' });
  await form.getByLabel('姓名').fill('孙小芳');
  await form.getByLabel('身份证号').fill('32130219900214002');
  await form.getByLabel('工作单位').fill('城南小学');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('身份证号应为 18 位（或 15 位旧号码）。')).toBeVisible();
  await shot('training-course-new-person-refused');
  const walkIn = validId('19900214', '002');
  await form.getByLabel('身份证号').fill(walkIn);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('共 1 名学员')).toBeVisible();
  await expect(page.locator('.trainees-tab tbody tr')).toContainText(['孙小芳']);

  await page.getByRole('button', { name: '添加学员' }).click();
  const picker = page.getByRole('dialog', { name: '添加学员' });
  await picker.getByLabel('粘贴或扫描身份证号（每行一个）').fill(known);
  await picker.getByRole('button', { name: '查找' }).nth(1).click();
  await picker.getByRole('button', { name: '添加所选（1 人）' }).click();
  await expect(page.getByText('共 2 名学员')).toBeVisible();

  // A sign-up sheet: one new person, one already on the course, one mistyped ID number (left out, named).
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['城南社区救护员培训报名表']);
  sheet.addRow(['序号', '姓名', '身份证号', '手机']);
  sheet.addRow([1, '周晓燕', validId('19951203', '046'), '13800001111']);
  sheet.addRow([2, '钱学森', known, null]);
  sheet.addRow([3, '吴磊', '3213021990', null]);
  await page.getByLabel('导入报名表').setInputFiles({
    name: '报名表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  const imported = page.getByRole('dialog', { name: '导入报名表' });
  await expect(imported).toContainText('已加入本班 1 人（其中新登记到人员库 1 人）；1 人原已在本班。');
  await expect(imported).toContainText('第 5 行 身份证号：身份证号应为 18 位（或 15 位旧号码）。');
  await shot('training-course-sign-ups');
  await imported.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('共 3 名学员')).toBeVisible();

  await page.locator('.trainees-tab tbody tr', { hasText: '钱学森' }).getByRole('button', { name: '移出' }).click();
  const removal = page.getByRole('dialog', { name: '移出 · 钱学森' });
  await removal.getByRole('button', { name: '移出' }).click();
  await expect(removal.getByText('请填写移出原因。')).toBeVisible();
  await removal.getByLabel('移出原因').fill('报名重复，改到下一期');
  await removal.getByRole('button', { name: '移出' }).click();
  await expect(removal).toBeHidden();
  await expect(page.getByText('共 2 名学员')).toBeVisible();

  await page.getByRole('button', { name: '作废培训班' }).click();
  const voiding = page.getByRole('dialog', { name: '作废培训班 · 城南社区救护员培训班' });
  await voiding.getByLabel('作废原因').fill('场地取消，改期另办');
  await shot('training-course-void');
  await voiding.getByRole('button', { name: '作废培训班' }).click();
  await expect(page.getByText('本培训班已作废。原因：场地取消，改期另办')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增人员' })).toBeHidden();

  const stored = (await app.api('training.courses.get', { id: created.course.id })) as CourseDetail;
  expect(stored.course).toMatchObject({ voided: true, voidReason: '场地取消，改期另办' });
  expect(stored.trainees.map((row) => row.name).sort()).toEqual(['周晓燕', '孙小芳'].sort());
  const people = (await app.api('people.list', { search: '孙小芳', offset: 0, limit: 10 })) as {
    rows: { workUnit: string | null }[];
  };
  expect(people.rows).toMatchObject([{ workUnit: '城南小学' }]);
});
