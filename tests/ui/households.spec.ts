// Households as a county clerk keeps them (issue #14): a member list of the poverty system imported (a bad row listed
// by row and field), the household of four on its page with its members and poverty file, a son moved to his
// grandfather's household keeping his history in both, beneficiary categories added to the household and to a
// member; and the warehouse's campaign choosing the 低保 households, warned of one that received goods this year.
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { BeneficiaryCategoryRow } from '@core/households/beneficiaries/contract';
import type { HouseholdDetail } from '@core/households/roster/contract';
import type { PersonRow } from '@core/people/contract';
import type { CampaignDetail } from '@core/stock/campaigns/contract';
import { expect, signIn, test, type App } from './fixtures';
import { arrangeWarehouse, receiveDonation, validId } from './stock-support';
import { openSectionPage } from './volunteer-support';

test.use({ timezoneId: 'Asia/Shanghai' });

const HEADER = ['户主身份证号', '姓名', '身份证号', '与户主关系', '乡镇', '村', '组', '户属性', '致贫原因', '脱贫状态'];
const FACTS = ['劳动力状况', '健康状况', '残疾证号', '残疾等级', '在校生状况'];

const HEAD = validId('19650305', '611');
const WIFE = validId('19670811', '622');
const SON = validId('19920101', '631');
const GRANDSON = validId('20160901', '641');
const OLD_LI = validId('19440202', '651');
const OLD_LI_WIFE = validId('19460606', '662');

/** The member list as the national system exports it: a title row, one row per member, the head's ID on each. */
async function memberList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('家庭成员');
  sheet.addRow(['建档立卡贫困户家庭成员信息表（蔡集镇）']);
  sheet.addRow([...HEADER, ...FACTS]);
  const place = ['蔡集镇', '张圩村', '三组'];
  const rows: string[][] = [
    [HEAD, '张大山', HEAD, '户主', ...place, '低保户', '因病', '帮扶中', '普通劳动力', '长期慢性病', '', '', ''],
    [HEAD, '李秀英', WIFE, '配偶', '', '', '', '', '', '', '弱劳动力或半劳动力', '残疾', `${WIFE}22`, '二级', ''],
    [HEAD, '张小军', SON, '之子', '', '', '', '', '', '', '技能劳动力', '健康', '', '', ''],
    [HEAD, '张乐乐', GRANDSON, '之孙子', '', '', '', '', '', '', '无劳动力', '健康', '', '', '小学'],
    [HEAD, '张表哥', validId('19700101', '643'), '表哥', '', '', '', '', '', '', '', '', '', '', ''],
    [
      OLD_LI,
      '李老汉',
      OLD_LI,
      '本人',
      '蔡集镇',
      '李庄村',
      '一组',
      '特困供养户',
      '因残',
      '',
      '丧失劳动力',
      '',
      '',
      '',
      '',
    ],
    [OLD_LI, '王桂花', OLD_LI_WIFE, '配偶', '', '', '', '', '', '', '无劳动力', '患有大病', '', '', ''],
  ];
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const openHouseholds = (page: Page) => openSectionPage(page, '结对帮扶', '户籍与帮扶户');

async function openHousehold(page: Page, head: string) {
  await page.locator('.hh-grid .ag-row', { hasText: head }).first().dblclick();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`户主 ${head}`) })).toBeVisible();
}

test('a household imported with four members: its page, a member moved with his history, categories added', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  await app.setupOffice();
  await app.addUser('wenyuan', ['clerk']);
  await signIn(page, app, 'wenyuan', 'User-pass-1');
  await openHouseholds(page);
  await expect(page.getByText('还没有户。')).toBeVisible();

  await page.getByLabel('户籍文件').setInputFiles({
    name: '蔡集镇成员表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await memberList(),
  });
  const wizard = page.getByRole('dialog', { name: '导入户籍（扶贫成员表）' });
  await expect(wizard).toContainText('共 7 行：6 行可以导入（2 户、6 名成员），1 行有错误（不导入）。');
  await expect(wizard).toContainText('第 7 行 与户主关系：与户主关系不认识');
  await shot('households-import-preview');
  await wizard.getByRole('button', { name: '导入 6 行' }).click();
  await expect(wizard).toContainText('已导入 6 名成员（2 户）');
  await expect(wizard.getByRole('button', { name: /^导入/ })).toHaveCount(0);
  await wizard.getByRole('button', { name: '关闭' }).click();

  await expect(page.getByText('共 2 户')).toBeVisible();
  const zhang = page.locator('.hh-grid .ag-row', { hasText: '张大山' });
  await expect(zhang).toContainText('低保户');
  await expect(zhang).toContainText('帮扶中');
  await expect(zhang).toContainText(`${HEAD.slice(0, 6)}********${HEAD.slice(-4)}`);
  await expect(zhang.locator('[col-id="size"]')).toHaveText('4');
  await shot('households-register');

  await openHousehold(page, '张大山');
  await expect(page.locator('.hh-facts')).toContainText('4 人');
  await expect(page.locator('.hh-facts')).toContainText('蔡集镇 张圩村 三组');
  const members = page.locator('.hh-members-grid');
  for (const name of ['张大山', '李秀英', '张小军', '张乐乐']) await expect(members).toContainText(name);
  const wife = members.locator('.ag-row', { hasText: '李秀英' });
  await expect(wife).toContainText('配偶');
  await expect(wife).toContainText('残疾 二级');
  await expect(members.locator('.ag-row', { hasText: '张乐乐' })).toContainText('小学');
  await shot('household-members');

  await page.getByRole('tab', { name: '扶贫档案' }).click();
  const file = page.getByRole('form', { name: '致贫原因与生产生活条件' });
  await expect(file.getByLabel('主要致贫原因')).toHaveValue('illness');
  await file.getByLabel('耕地面积（亩）').fill('2.5');
  await file.getByLabel('住房安全等级').selectOption({ label: 'C 级（危房）' });
  await file.getByRole('button', { name: '保存扶贫档案' }).click();
  await expect(page.getByText('已保存扶贫档案。')).toBeVisible();
  await page.getByLabel('年收入（元）').last().fill('18650.5');
  await page.getByRole('button', { name: '保存该年收入' }).click();
  await expect(page.locator('.hh-incomes')).toContainText('18,650.50');
  await page.getByRole('button', { name: '变更状态' }).click();
  const status = page.getByRole('dialog', { name: '变更状态' });
  await status.getByLabel('脱贫状态').selectOption({ label: '监测对象' });
  await status.getByLabel('监测对象类别').selectOption({ label: '突发严重困难户' });
  await status.getByLabel('原因').fill('户主住院');
  await status.getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.hh-status-now')).toContainText('监测对象·突发严重困难户');
  await expect(page.getByRole('table', { name: '状态变更历史' })).toContainText('户主住院');
  await shot('household-poverty-file');
  // Unsaved input in the file's form: another tab asks first, and the clerk keeps it and saves.
  await file.getByLabel('备注').fill('住房漏雨，已报危改');
  await page.getByRole('tab', { name: '家庭成员' }).click();
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '继续编辑' }).click();
  await expect(file.getByLabel('备注')).toHaveValue('住房漏雨，已报危改');
  await file.getByRole('button', { name: '保存扶贫档案' }).click();
  await expect(file.getByRole('button', { name: '保存扶贫档案' })).toBeDisabled();

  // The son moves to his wife's parents' household (李老汉) today: his membership here ends, kept; one there begins.
  await page.getByRole('tab', { name: '家庭成员' }).click();
  await members.locator('.ag-row', { hasText: '张小军' }).dblclick();
  const son = page.getByRole('dialog', { name: /张小军 · 户/ });
  await son.getByRole('button', { name: '迁往他户' }).click();
  const move = page.getByRole('dialog', { name: '张小军 迁往他户' });
  await move.getByLabel('查找迁入的户（户主姓名、拼音或户编号）').fill('李老汉');
  await move.getByRole('button', { name: '查找' }).click();
  await move.getByRole('button', { name: /李老汉/ }).click();
  await move.getByLabel('在新户中与户主的关系').selectOption({ label: '其他' });
  await move.getByLabel('迁户原因').fill('入赘');
  await move.getByRole('button', { name: '迁往他户' }).click();
  await expect(page.locator('.hh-facts')).toContainText('3 人');
  await expect(members).not.toContainText('张小军');
  await page.getByLabel(/显示已离开的成员/).check();
  await expect(members.locator('.ag-row', { hasText: '张小军' })).toContainText(`${today()} 离开（入赘）`);

  await page.getByRole('button', { name: '返回户籍列表' }).click();
  await openHousehold(page, '李老汉');
  await expect(members.locator('.ag-row', { hasText: '张小军' })).toContainText('其他');
  await members.locator('.ag-row', { hasText: '张小军' }).dblclick();
  const history = page.getByRole('region', { name: '户籍变动' });
  await expect(history.locator('li')).toHaveCount(2);
  await expect(history.locator('li').first()).toContainText(
    `至 ${today()} 在户 321302H000001（户主 张大山，子女）：入赘`,
  );
  await expect(history.locator('li').last()).toContainText(
    `${today()} 起在户 321302H000002（户主 李老汉，其他），至今`,
  );
  await shot('household-member-moved');
  await page
    .getByRole('dialog', { name: /张小军 · 户/ })
    .getByRole('button', { name: '取消' })
    .click();

  // Categories: the household 低保, the old man's wife 大病.
  await page.getByRole('tab', { name: '救助类别' }).click();
  await page.getByRole('button', { name: '添加救助类别' }).click();
  let add = page.getByRole('dialog', { name: /添加救助类别/ });
  await add.getByLabel('类别').selectOption({ label: '特困' });
  await add.getByLabel('起始日期').fill('2026-01-01');
  await add.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '添加救助类别' }).click();
  add = page.getByRole('dialog', { name: /添加救助类别/ });
  await add.getByLabel('救助对象').selectOption({ label: '王桂花（配偶）' });
  await add.getByLabel('类别').selectOption({ label: '大病' });
  await add.getByRole('button', { name: '确定' }).click();
  const held = page.getByRole('table', { name: '救助类别' });
  await expect(held.locator('tbody tr')).toHaveCount(2);
  await expect(held).toContainText('本户（321302H000002）');
  await expect(held.locator('tr', { hasText: '王桂花' })).toContainText('大病');
  await expect(page.locator('.hh-facts')).toContainText('特困');
  await shot('household-categories');

  await page.getByRole('tab', { name: '走访与受助' }).click();
  // The paired-assistance timeline, with the way to the cadres and the 扶贫手册 print.
  await expect(page.getByRole('region', { name: '帮扶记录' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印扶贫手册' })).toBeVisible();

  await openSectionPage(page, '结对帮扶', '救助对象');
  const list = page.locator('.hh-grid');
  await expect(list.locator('.ag-row')).toHaveCount(2);
  await expect(list.locator('.ag-row', { hasText: '王桂花' })).toContainText('321302H000002');
  await shot('beneficiaries');
  await page.getByRole('tab', { name: '救助类别设置' }).click();
  await expect(page.getByRole('table', { name: '救助类别' })).toContainText('留守儿童');
});

async function lowIncomeHousehold(app: App, n: number, name: string, category: BeneficiaryCategoryRow) {
  const person = (await app.api('people.create', {
    person: { name, idNumber: validId(`19${60 + n}0315`, `7${n}1`), township: '埠子镇', village: '新河村' },
  })) as { person: PersonRow };
  const household = (await app.api('households.create', {
    headPersonId: person.person.id,
    attribute: 'minimumLiving',
    township: '埠子镇',
    village: '新河村',
    fromDate: '2020-01-01',
  })) as HouseholdDetail;
  await app.api('beneficiaries.add', { categoryId: category.id, householdId: household.id, fromDate: '2025-01-01' });
  return { person: person.person, household };
}

test('a campaign chooses the 低保 households and warns of one that received goods this year', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  const w = await arrangeWarehouse(app);
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-2026', expiryDate: null, quantity: 30, unitValue: 15000 },
  ]);
  const categories = (await app.api('beneficiaries.categories.list', {})) as BeneficiaryCategoryRow[];
  const minimum = categories.find((c) => c.name === '低保')!;
  const households = [];
  for (const [n, name] of ['周大福', '吴秀兰', '郑建国'].entries())
    households.push(await lowIncomeHousehold(app, n, name, minimum));
  // 吴秀兰's household got a quilt in the spring, from a single issue.
  const [lot] = (await app.api('stock.lots.available', { warehouseId: w.warehouse.id, itemId: w.quilt.id })) as {
    lotId: string;
  }[];
  const spring = (await app.api('stock.documents.create', {
    header: {
      type: 'issue',
      documentDate: '2026-11-05',
      warehouseId: w.warehouse.id,
      destinationKind: 'household',
      householdPersonId: households[1]!.person.id,
    },
    lines: [{ itemId: w.quilt.id, lotId: lot!.lotId, quantity: 1 }],
  })) as { document: { id: string; rowVersion: number; number: string } };
  await app.api('stock.documents.approve', { id: spring.document.id, rowVersion: spring.document.rowVersion });
  await app.api('stock.documents.post', { id: spring.document.id });
  const campaign = (await app.api('stock.campaigns.create', {
    name: '2026年冬季送温暖（低保户）',
    date: '2026-12-01',
    warehouseId: w.warehouse.id,
    items: [{ itemId: w.quilt.id, quantityPerHousehold: 1 }],
  })) as CampaignDetail;

  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '物资发放' }).click();
  await page.getByRole('button', { name: campaign.campaign.name }).click();
  await page.getByRole('button', { name: '选择发放户' }).click();
  const chooser = page.getByRole('dialog', { name: '选择发放户' });
  await chooser.getByRole('tab', { name: '按救助类别选择' }).click();
  await chooser.getByLabel('救助类别', { exact: true }).selectOption({ label: '低保（3）' });
  await chooser.getByLabel('户所在村').selectOption('新河村');
  await chooser.getByRole('button', { name: '搜索' }).click();
  const rows = chooser.locator('.candidates tbody tr');
  await expect(rows).toHaveCount(3);
  const wu = rows.filter({ hasText: '吴秀兰' });
  await expect(wu).toContainText(`今年已领：2026-11-05 吴秀兰，${spring.document.number}`);
  await expect(wu).toContainText(households[1]!.household.number);
  await expect(chooser.getByRole('checkbox', { name: '吴秀兰' })).not.toBeChecked();
  await expect(chooser.getByRole('checkbox', { name: '周大福' })).toBeChecked();
  await chooser.getByRole('checkbox', { name: '吴秀兰' }).check();
  await chooser.getByRole('button', { name: '加入 3 户' }).click();
  await expect(chooser.getByText(/1 户今年已经领取过物资/)).toContainText(
    `吴秀兰（2026-11-05 吴秀兰领取，${spring.document.number}）`,
  );
  await shot('stock-campaign-by-category');
  await chooser.getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(page.locator('.campaign-facts')).toContainText('共 2 户');
});
