// Members as a county office keeps them: a class's dues collected in one action by keyboard (one member who paid
// already is listed but cannot be ticked, one unticked, one giving less), the receipt with its list shown; the
// list of members about to lapse and the lapsed with their phones, and the call list printed; the roster with a
// unit enrolled on the form and a member transferred out with the history kept; a custom field filled on the form,
// filtered under its header and exported; the dues caps an admin edits become the collection's defaults.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { DuesReceipt } from '@core/members/dues/contract';
import type { MemberPage, MemberRow } from '@core/members/roster/contract';
import { readXlsxRows } from '../fixtures/uiSheets';
import { expect, signIn, test, type App } from './fixtures';
import { validId } from './stock-support';
import { openSectionPage } from './volunteer-support';

test.use({ timezoneId: 'Asia/Shanghai' });

const openMemberPage = (page: Page, label: string) => openSectionPage(page, '会员', label);

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = () => Number(today().slice(0, 4));

async function enrol(app: App, name: string, n: number, fields: Record<string, unknown>): Promise<MemberRow> {
  return (await app.api('members.create', {
    person: {
      name,
      idNumber: validId(`2014${String((n % 12) + 1).padStart(2, '0')}15`, String(200 + n)),
      mobile: `1385111${String(n).padStart(4, '0')}`,
    },
    joinDate: '2023-09-01',
    ...fields,
  })) as MemberRow;
}

const CLASS = { kind: 'youth', school: '宿城区实验小学', className: '三年级(2)班' };

test('a class’s dues collected in one action by keyboard, and its receipt with the list', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('huiyuan', ['clerk']);
  const names = ['王小明', '李思雨', '张浩然', '陈可欣', '刘子轩', '赵一诺'];
  const members: MemberRow[] = [];
  for (const [n, name] of names.entries()) members.push(await enrol(app, name, n, CLASS));
  await enrol(app, '孙悦', 7, { ...CLASS, className: '三年级(1)班' });
  await app.api('members.dues.collect', { memberId: members[5]!.id, year: year(), paidDate: today() });

  await signIn(page, app, 'huiyuan', 'User-pass-1');
  await openMemberPage(page, '收会费');
  await shot('members-dues-empty');
  const key = page.keyboard;
  await page.getByLabel('学校').focus();
  await key.press('ArrowDown');
  await key.press('Tab');
  await key.press('ArrowDown');
  await key.press('ArrowDown');
  const rows = page.locator('.mem-dues-table tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(page.locator('.mem-dues-table')).not.toContainText('孙悦');
  await expect(rows.filter({ hasText: '赵一诺' })).toContainText(`${year()} 年已缴`);
  await expect(page.getByLabel('收取 赵一诺 的会费')).toBeDisabled();
  await expect(page.getByText('已选 5 人，合计 25.00 元')).toBeVisible();

  await page.getByLabel('收取 张浩然 的会费').focus();
  await key.press('Space');
  await page.getByLabel('陈可欣 的金额').focus();
  await key.press('Control+A');
  await key.type('2');
  await expect(page.getByText('已选 4 人，合计 17.00 元')).toBeVisible();
  await page.getByLabel('李思雨 的金额').focus();
  await key.press('Control+A');
  await key.type('6');
  await expect(page.locator('.mem-dues-table')).toContainText('超过上限 5.00 元');
  await expect(page.getByText('已选 4 人，有 1 人的金额需改正')).toBeVisible();
  await expect(page.getByRole('button', { name: /^确认收取/ })).toBeDisabled();
  await shot('members-dues-class');
  await key.press('Control+A');
  await key.type('5');
  await page.getByRole('button', { name: '确认收取 4 人会费 17.00 元' }).focus();
  await key.press('Enter');

  const receipt = `321302-${year()}-00002`;
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true');
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('会费收据');
  await expect(sheet).toContainText(receipt);
  await expect(sheet).toContainText('宿城区实验小学 三年级(2)班 4 人（名单附后）');
  await expect(sheet).toContainText('壹拾柒元整');
  await expect(sheet.locator('tbody tr')).toHaveCount(4);
  await expect(sheet).not.toContainText('张浩然');
  await shot('members-dues-receipt');

  const paid = (await app.api('members.list', {
    ...CLASS,
    duesPaid: { year: year(), paid: true },
    offset: 0,
    limit: 10,
  })) as MemberPage;
  expect(paid.rows.map((r) => [r.name, r.duesPaid.find((d) => d.year === year())?.amountFen]).sort()).toEqual(
    [
      ['王小明', 500],
      ['李思雨', 500],
      ['陈可欣', 200],
      ['刘子轩', 500],
      ['赵一诺', 500],
    ].sort(),
  );
});

test('the members about to lapse and the lapsed, with phones, and the call list printed', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('huiyuan', ['clerk']);
  const adult = (name: string, n: number) => enrol(app, name, n, { kind: 'individual', joinDate: '2020-03-01' });
  const soon = await adult('周建国', 1);
  const lapsed = await adult('吴丽华', 2);
  const payer = await adult('郑志强', 3);
  const collect = (member: MemberRow, y: number) =>
    app.api('members.dues.collect', { memberId: member.id, year: y, paidDate: today() }) as Promise<DuesReceipt>;
  await collect(soon, year() - 2);
  await collect(payer, year() - 1);

  await signIn(page, app, 'huiyuan', 'User-pass-1');
  await openMemberPage(page, '催缴与失效');
  const grid = page.locator('.mem-call-grid');
  await expect(page.getByText('共 1 人')).toBeVisible();
  await expect(grid).toContainText('周建国');
  await expect(grid).toContainText('13851110001');
  await expect(grid).toContainText(String(year() - 2));
  await expect(grid).not.toContainText('郑志强');
  await shot('members-lists-due-soon');

  await page.getByRole('tab', { name: '已失效' }).click();
  await expect(grid).toContainText('吴丽华');
  await expect(grid).toContainText('从未缴费');
  await expect(grid).not.toContainText('周建国');
  await page.getByRole('tab', { name: '待催缴（上年未缴）' }).click();
  await expect(grid).toContainText('周建国');

  await page.getByRole('button', { name: '打印联系名单' }).click();
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true');
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('待催缴（上年未缴）联系名单');
  await expect(sheet).toContainText('周建国');
  await expect(sheet).toContainText('13851110001');
  await expect(sheet).not.toContainText(lapsed.name);
  await shot('members-call-list-print');
});

test('the roster: a unit enrolled on the form, a member transferred out with the history kept', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('huiyuan', ['clerk']);
  for (const [n, name] of ['王小明', '李思雨', '张浩然'].entries()) await enrol(app, name, n, CLASS);
  const adult = await enrol(app, '周建国', 5, { kind: 'individual', joinDate: `${year()}-01-05` });
  await app.api('members.dues.collect', { memberId: adult.id, year: year(), paidDate: today() });

  await signIn(page, app, 'huiyuan', 'User-pass-1');
  await openMemberPage(page, '会员名册');
  await expect(page.getByText('共 4 名会员')).toBeVisible();

  const roster = [
    '姓名,身份证号,会员类别,入会日期,学校,班级,2025年会费',
    `钱多多,${validId('19800101', '556')},个人会员,2021-01-01,,,10`,
    `孙错号,${validId('19810101', '557')},个人会员,2021-01-01,,,20`,
  ].join('\r\n');
  await page.getByLabel('选择会员名册文件').setInputFiles({
    name: '会员名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(roster, 'utf8'),
  });
  const importing = page.getByRole('dialog', { name: '导入会员名册' });
  await expect(importing).toContainText('共 2 行：1 行可以导入（其中会费 1 笔），1 行有问题');
  await expect(importing).toContainText('第 3 行 2025年会费：超过这类会员的会费上限');
  await expect(importing).not.toContainText('{{');
  await shot('members-import-checked');
  await importing.getByRole('button', { name: '导入 1 名会员' }).click();
  await expect(importing).toContainText('共 2 行：导入 1 名会员');
  await importing.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('共 5 名会员')).toBeVisible();
  await page.getByRole('button', { name: '新增会员' }).click();
  const form = page.getByRole('dialog', { name: '新增会员' });
  await form.getByLabel('团体会员').check();
  await form.getByLabel('单位名称').fill('宿城区第一中学');
  await form.getByLabel('统一社会信用代码').fill('12321302466012345X');
  await form.getByLabel('单位人数').fill('230');
  await form.getByLabel('联系人').fill('李老师');
  await form.getByLabel('联系电话').fill('13912345678');
  await shot('members-form-group');
  await form.getByRole('button', { name: '确定' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('共 6 名会员')).toBeVisible();
  await expect(page.locator('.mem-grid')).toContainText('宿城区第一中学');
  await shot('members-roster');

  await page.getByLabel('搜索姓名、拼音、会员证号、身份证号后几位、单位名称').fill('zjg');
  await expect(page.getByText('共 1 名会员')).toBeVisible();
  await page.locator('.mem-grid .ag-row', { hasText: '周建国' }).dblclick();
  const member = page.getByRole('dialog', { name: '会员 · 周建国' });
  await expect(member).toContainText(`${year()} 年　10.00 元`);
  await member.getByRole('button', { name: '变更状态' }).click();
  const status = page.getByRole('dialog', { name: '变更会员状态 · 周建国' });
  await status.getByLabel('新状态').selectOption({ label: '转出' });
  await status.getByLabel('转往单位').fill('宿豫区红十字会');
  await status.getByLabel('原因').fill('工作调动');
  await status.getByRole('button', { name: '确认变更' }).click();
  await expect(status).toBeHidden();
  await page.locator('.mem-grid .ag-row', { hasText: '周建国' }).dblclick();
  await expect(member).toContainText('有效 → 转出');
  await expect(member).toContainText('转往：宿豫区红十字会');
  await shot('members-history');
  const row = (await app.api('members.get', { id: adult.id })) as MemberRow;
  expect(row).toMatchObject({ status: 'transferred', cardNumber: adult.cardNumber, paidYears: [year()] });
});

test('a member custom field filled on the form, filtered under its header, exported with its column', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('huiyuan', ['clerk']);
  await app.api('customFields.create', {
    roster: 'members',
    labelZh: '会员等级',
    labelEn: 'Grade',
    type: 'choice',
    choices: ['普通', '骨干'],
    inGrid: true,
  });
  await enrol(app, '周建国', 1, { kind: 'individual' });
  await enrol(app, '吴丽华', 2, { kind: 'individual' });

  await signIn(page, app, 'huiyuan', 'User-pass-1');
  await openMemberPage(page, '会员名册');
  await page.getByRole('button', { name: '新增会员' }).click();
  const adding = page.getByRole('dialog', { name: '新增会员' });
  await adding.getByLabel('青少年会员').check();
  await adding.getByLabel('从人员库查找（姓名、拼音或身份证号后几位）').fill('zjg');
  await adding.getByLabel('从人员库查找（姓名、拼音或身份证号后几位）').press('Enter');
  await expect(adding.getByRole('button', { name: /周建国/ })).toBeVisible();
  await shot('members-form-person');
  await adding.getByRole('button', { name: '取消' }).click();
  await expect(adding).toBeHidden();
  await page.locator('.mem-grid .ag-row', { hasText: '周建国' }).dblclick();
  const member = page.getByRole('dialog', { name: '会员 · 周建国' });
  await member.getByLabel('会员等级').selectOption('骨干');
  await member.getByRole('button', { name: '确定' }).click();
  await expect(member).toBeHidden();
  await expect(page.locator('.mem-grid .ag-row', { hasText: '周建国' }).locator('[col-id="f1"]')).toHaveText('骨干');

  await page.locator('.ag-floating-filter[col-id="f1"] button').click();
  await page.locator('.choice-filter').getByLabel('骨干', { exact: true }).check();
  await expect(page.getByText('共 1 名会员')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.mem-grid')).not.toContainText('吴丽华');
  await shot('members-custom-filter');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const rows = await readXlsxRows(file);
  expect(rows).toHaveLength(2);
  const grade = rows[0]!.indexOf('会员等级');
  expect(grade).toBeGreaterThan(0);
  expect(rows[1]![rows[0]!.indexOf('姓名')]).toBe('周建国');
  expect(rows[1]![grade]).toBe('骨干');
});

test('the dues caps an admin edits become the collection’s defaults; a receipt for each member', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await enrol(app, '王小明', 1, CLASS);
  await enrol(app, '李思雨', 2, CLASS);
  await signIn(page, app);
  await openMemberPage(page, '会费标准');
  await expect(page.getByLabel('青少年会员（元/年）')).toHaveValue('5.00');
  await page.getByLabel('青少年会员（元/年）').fill('3');
  await shot('members-dues-caps');
  await page.getByRole('button', { name: '保存会费标准' }).click();
  await expect(page.getByText('会费标准已保存。')).toBeVisible();
  await expect(page.getByLabel('青少年会员（元/年）')).toHaveValue('3.00');

  await openMemberPage(page, '收会费');
  await page.getByLabel('学校', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('班级', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByLabel('王小明 的金额')).toHaveValue('3.00');
  await page.getByLabel('每人一张收据').check();
  await page.getByRole('button', { name: '确认收取 2 人会费 6.00 元' }).click();
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true');
  const slips = page.locator('.mem-receipt-slip');
  await expect(slips).toHaveCount(2);
  await expect(slips.first()).toContainText(`321302-${year()}-00001`);
  await expect(slips.last()).toContainText(`321302-${year()}-00002`);
  await expect(slips.first()).toContainText('叁元整');
  await shot('members-dues-slips');
});
