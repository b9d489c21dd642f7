// Messages a clerk can act on: a refused field is named as the form labels it with its rule (never a raw path),
// every text input stops at the contract's limit, toasts can be closed, and a document's banner stays with it.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { arrangeWarehouse, openPage, validId } from './stock-support';

/** Types past the input's maxlength, as a paste from another program or a changed page could. */
async function typePastLimit(input: Locator, text: string): Promise<void> {
  await input.evaluate((element) => element.removeAttribute('maxlength'));
  await input.fill(text);
}

async function openNewPerson(page: Page, title: string, label: string): Promise<Locator> {
  await page.getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByLabel(label)).toBeFocused();
  return dialog;
}

test('an over-long name is refused as 姓名最多 50 个字, in English as Name: at most 50 characters', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await openPage(page, app, '人员库');
  const dialog = await openNewPerson(page, '新增人员', '姓名');
  const name = dialog.getByLabel('姓名');
  await expect(name).toHaveAttribute('maxlength', '50');
  await expect(dialog.getByLabel('乡镇/街道')).toHaveAttribute('maxlength', '100');
  await name.fill('张'.repeat(60));
  await expect(name).toHaveValue('张'.repeat(50));

  await typePastLimit(name, '张'.repeat(51));
  await dialog.getByLabel('身份证号').fill(validId('19900101', '123'));
  await dialog.getByLabel('身份证号').press('Enter');
  await expect(dialog.getByText('姓名最多 50 个字。', { exact: true })).toBeVisible();
  await expect(dialog.getByText('姓名最多 50 个字', { exact: true })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).not.toContainText('person.name');
  await shot('messages-name-too-long');
  expect(await app.api('people.list', { offset: 0, limit: 10 })).toMatchObject({ total: 0 });

  await dialog.getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'English' }).click();
  const english = await openNewPerson(page, 'Add person', 'Name');
  await typePastLimit(english.getByLabel('Name'), 'Zhang'.repeat(11));
  await english.getByLabel('ID number').fill(validId('19900101', '123'));
  await english.getByLabel('ID number').press('Enter');
  await expect(english.getByText('Name: at most 50 characters.', { exact: true })).toBeVisible();
  await shot('messages-name-too-long-en');
});

test('a toast closes with its × button and with Esc, and fades by itself', async ({ page, app }) => {
  await app.setupOffice();
  await openPage(page, app, '人员库');
  const save = async (name: string, sequence: string) => {
    const dialog = await openNewPerson(page, '新增人员', '姓名');
    await dialog.getByLabel('姓名').fill(name);
    await dialog.getByLabel('身份证号').fill(validId('19900101', sequence));
    await dialog.getByLabel('身份证号').press('Enter');
    await expect(dialog).toBeHidden();
  };
  const toasts = page.locator('.toast');
  await save('张三', '123');
  await expect(toasts.filter({ hasText: '已添加 张三' })).toBeVisible();
  await toasts.filter({ hasText: '已添加 张三' }).getByRole('button', { name: '关闭' }).click();
  await expect(toasts).toHaveCount(0);

  await save('李四', '125');
  await expect(toasts.filter({ hasText: '已添加 李四' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toasts).toHaveCount(0);

  await save('王五', '127');
  await expect(toasts.filter({ hasText: '已添加 王五' })).toBeVisible();
  await expect(toasts).toHaveCount(0, { timeout: 8000 });
});

test('a new document does not show the previous document’s 已过账 banner', async ({ page, app, shot }) => {
  const w = await arrangeWarehouse(app);
  const draft = (await app.api('stock.documents.create', {
    header: {
      type: 'receipt',
      documentDate: '2026-11-02',
      warehouseId: w.warehouse.id,
      sourceKind: 'donation',
      donorId: w.donor.id,
    },
    lines: [{ itemId: w.rice.id, lotNumber: 'R-1', expiryDate: '2027-05-31', quantity: 20, unitValue: 6000 }],
  })) as { document: { id: string; rowVersion: number; number: string } };
  await app.api('stock.documents.approve', { id: draft.document.id, rowVersion: draft.document.rowVersion });
  await openPage(page, app, '出入库单据');
  await page.locator('.ag-row [col-id="number"]', { hasText: draft.document.number }).dblclick();
  const posted = page.getByRole('dialog', { name: new RegExp(draft.document.number) });
  await posted.getByRole('button', { name: '过账' }).click();
  await page.getByRole('dialog', { name: '过账' }).getByRole('button', { name: '确定' }).click();
  await expect(posted.getByText(`${draft.document.number} 已过账，库存已更新`)).toBeVisible();
  await posted.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('button', { name: '新建入库单' }).click();
  const fresh = page.getByRole('dialog', { name: /新建入库单/ });
  await expect(fresh.getByLabel('业务日期')).toBeVisible();
  await expect(fresh).not.toContainText('已过账');
  await expect(fresh.getByLabel('批号 1')).toHaveAttribute('maxlength', '100');
  await expect(fresh.getByLabel('经办人')).toHaveAttribute('maxlength', '50');
  await shot('messages-new-document');
});
