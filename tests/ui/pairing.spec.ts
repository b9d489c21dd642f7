// Paired assistance as a county office keeps it: a cadre added from the registry and paired with a household (seeded
// through the API), a visit recorded by keyboard with 500 元 and a quilt (a draft issue: no stock moves), the quilt
// issued by the warehouse user (approved and posted: now it moves), the household's timeline (the visit and its
// quilt as one event, beside rice issued to the son), the overdue list, the contact cards, and the household's file
// printed in the 扶贫手册 layout to PDF with its text checked.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { arrangePairing, issueRiceTo, quiltsOnHand, today } from './pairing-support';
import { printedPdf, validId } from './stock-support';
import { openSectionPage } from './volunteer-support';

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
}

const openRelief = (page: Page, label: string) => openSectionPage(page, '结对帮扶', label);

test('a cadre paired, a visit with 500 元 and a quilt issued by the warehouse, the timeline, alerts and the 扶贫手册', async ({
  page,
  app,
  shot,
}) => {
  const scene = await arrangePairing(app);
  await app.addUser('bangfu', ['clerk']);
  await app.addUser('cangguan', ['warehouse', 'approver']);
  await signIn(page, app, 'bangfu', 'User-pass-1');

  // 帮扶干部: 李明 from the registry, with unit and level.
  await openRelief(page, '帮扶干部');
  await page.getByRole('button', { name: '新增帮扶干部' }).click();
  const cadreForm = page.getByRole('dialog', { name: '新增帮扶干部' });
  const findPerson = cadreForm.getByLabel('从人员库查找（姓名、拼音或身份证号后几位）');
  await findPerson.fill('李明');
  await findPerson.press('Enter');
  await cadreForm.getByRole('button', { name: /^李明/ }).click();
  await cadreForm.getByLabel('工作单位').fill('宿迁市财政局');
  await cadreForm.getByLabel('单位级别').selectOption({ label: '市直' });
  await cadreForm.getByLabel('联系电话').fill('0527-84211234');
  await shot('pairing-cadre-new');
  await cadreForm.getByRole('button', { name: '确定' }).click();
  await expect(cadreForm).toBeHidden();
  const cadreRow = page.locator('.pairing-grid .ag-row', { hasText: '李明' });
  await expect(cadreRow.locator('[col-id="unit"]')).toHaveText('宿迁市财政局');
  await expect(cadreRow.locator('[col-id="level"]')).toHaveText('市直');

  // 结对: 李明 takes 王大山's household.
  await page.getByRole('button', { name: '结对 / 更换帮扶干部' }).click();
  const assign = page.getByRole('dialog', { name: '结对 / 更换帮扶干部' });
  const findHousehold = assign.getByLabel('查找户（户主姓名、拼音、身份证号后4位或户编号）');
  await findHousehold.fill('王大山');
  await findHousehold.press('Enter');
  await assign.getByRole('button', { name: new RegExp(`${scene.household.number} 王大山`) }).click();
  const findCadre = assign.getByLabel('查找帮扶干部（姓名、拼音或单位）');
  await findCadre.fill('财政局');
  await findCadre.press('Enter');
  await assign.getByRole('button', { name: '李明 宿迁市财政局' }).click();
  await assign.getByLabel('结对日期').fill('2026-09-01');
  await assign.getByRole('button', { name: '确定' }).click();
  await expect(assign).toBeHidden();
  await page.getByRole('tab', { name: '结对关系' }).click();
  const pairingRow = page.locator('.pairing-grid .ag-row', { hasText: '王大山' });
  await expect(pairingRow.locator('[col-id="cadreName"]')).toHaveText('李明');
  await expect(pairingRow.locator('[col-id="fromDate"]')).toHaveText('2026-09-01');
  await shot('pairing-pairings');

  // 记录走访 by keyboard: the household found with Enter and chosen from the keyboard; 李明 comes as its cadre.
  await openRelief(page, '走访记录');
  await page.getByRole('button', { name: '记录走访' }).click();
  const visit = page.getByRole('dialog', { name: '记录走访' });
  const household = visit.getByLabel('查找户（户主姓名、拼音、身份证号后4位或户编号）');
  await expect(household).toBeFocused();
  await page.keyboard.type('wds');
  await page.keyboard.press('Enter');
  await expect(visit.getByRole('button', { name: /王大山/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(visit.getByLabel('帮扶责任人')).toHaveValue(/.+/);
  await expect(visit.getByLabel('帮扶责任人').locator('option:checked')).toHaveText('李明（现任）');
  await visit.getByLabel('慰问金（元）').fill('500');
  await visit.getByLabel('了解情况').fill('户主腰伤未愈，冬季被褥不足');
  await visit.getByLabel('帮扶内容').fill('送慰问金和棉被，联系镇卫生院复查');
  await visit.getByLabel('仓库').selectOption({ label: '城南备灾仓库' });
  await visit.getByLabel('物资 1').selectOption({ label: 'MB-001 棉被（床）' });
  await expect(visit.getByText('库存 20')).toBeVisible();
  await visit.getByLabel('户主已签字确认').check();
  await shot('pairing-visit-form');
  await visit.getByLabel('数量 1').press('Enter');
  await expect(visit).toBeHidden();
  await expect(page.getByText(/待审批的出库单 CK-/)).toBeVisible();
  const visitRow = page.locator('.pairing-grid .ag-row', { hasText: '王大山' });
  await expect(visitRow.locator('[col-id="money"]')).toHaveText('500.00');
  await expect(visitRow.locator('[col-id="goods"]')).toHaveText('棉被 1 床');
  await expect(visitRow.locator('[col-id="documentStatus"]')).toHaveText('待审批');
  expect(await quiltsOnHand(app, scene.warehouse)).toBe(20);
  await shot('pairing-visits');
  await signOut(page);

  // The warehouse user approves and posts the issue: now the quilt leaves the warehouse.
  await signIn(page, app, 'cangguan', 'User-pass-1');
  await openSectionPage(page, '救灾物资', '出入库单据');
  await page.locator('.ag-row', { hasText: '王大山' }).first().dblclick();
  const issue = page.getByRole('dialog', { name: /出库单 CK-/ });
  await issue.getByRole('button', { name: '审批通过' }).click();
  await issue.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(issue.locator('.badge')).toHaveText('已过账');
  await shot('pairing-quilt-issued');
  expect(await quiltsOnHand(app, scene.warehouse)).toBe(19);
  await issue.getByRole('button', { name: '关闭' }).click();
  await signOut(page);

  // Rice issued straight to the son; the household's timeline shows both, the visit's quilt with the visit.
  await issueRiceTo(app, scene.warehouse, scene.son.id, today());
  await signIn(page, app, 'bangfu', 'User-pass-1');
  await openRelief(page, '走访记录');
  await page.locator('.pairing-grid .ag-row', { hasText: '王大山' }).dblclick();
  await page
    .getByRole('dialog', { name: /走访 · 王大山 户/ })
    .getByRole('button', { name: '户帮扶档案' })
    .click();
  await expect(page.getByRole('heading', { name: `户帮扶档案 · ${scene.household.number} 王大山` })).toBeVisible();
  const events = page.locator('.pairing-event');
  await expect(events).toHaveCount(2);
  const visitEvent = events.filter({ hasText: '走访' });
  await expect(visitEvent).toContainText('帮扶责任人：李明');
  await expect(visitEvent).toContainText('慰问金：500.00 元');
  await expect(visitEvent).toContainText('物资：棉被 1 床');
  await expect(visitEvent).toContainText('已出库');
  await expect(events.filter({ hasText: '发放' })).toContainText('物资：大米 2 袋');
  await expect(events.filter({ hasText: '发放' })).toContainText('领取人：王小明');
  await expect(page.locator('.pairing-totals')).toHaveText(
    '走访 1 次，慰问金 500.00 元；收到物资 2 次，价值 270.00 元',
  );
  await shot('pairing-household-timeline');

  // The 扶贫手册 printed to PDF.
  await page.getByRole('button', { name: '打印扶贫手册' }).click();
  await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
  await shot('pairing-handbook');
  const { text, width, height } = await printedPdf(page);
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  for (const expected of [
    '扶贫手册',
    '一、家庭基本情况',
    scene.household.number,
    '王大山',
    '低保户',
    '家庭住址:蔡集镇张圩村三组',
    '刘桂英',
    '配偶',
    '王小明',
    '小学',
    '陈秀兰',
    '长期慢性病',
    '弱劳动力或半劳动力',
    '主要致贫原因:因病',
    '次要致贫原因:缺技术',
    '李明',
    '宿迁市财政局',
    '市直',
    '养殖湖羊10只',
    '8,000.00',
    '户主腰伤未愈',
    '500.00',
    '棉被1床',
    '大米2袋',
    '年增收6000元',
    '户主签字',
    '帮扶责任人签字',
  ])
    expect(text).toContain(expected);
  // ID numbers masked as on screen: the son's whole number is nowhere.
  expect(text).not.toContain(validId('20140901', '331'));
  await page.getByRole('button', { name: '返回' }).click();

  // 帮扶提醒: 赵四海, paired in 2025 and never visited, is overdue; 王大山, visited today, is not.
  await openRelief(page, '帮扶提醒');
  const overdue = page.locator('.pairing-grid .ag-row');
  await expect(overdue).toHaveCount(1);
  await expect(overdue.locator('[col-id="headName"]')).toHaveText('赵四海');
  await expect(overdue.locator('[col-id="cadreName"]')).toHaveText('周强');
  await expect(overdue.locator('[col-id="lastVisit"]')).toHaveText('从未走访');
  await expect(overdue.locator('[col-id="overdueSince"]')).toHaveText('2025-12-01');
  await expect(page.getByRole('tab', { name: '超期未走访（1）' })).toBeVisible();
  await shot('pairing-alerts-overdue');

  await page.getByLabel('乡镇').fill('蔡集镇');
  await page.getByRole('button', { name: '打印联系卡' }).click();
  await expect(page.locator('.pairing-card')).toHaveCount(2);
  await shot('pairing-contact-cards');
  const cards = await printedPdf(page);
  for (const expected of ['结对帮扶联系卡', '王大山', '李明', '0527-84211234', '赵四海', '周强', '13951230002'])
    expect(cards.text).toContain(expected);
});
