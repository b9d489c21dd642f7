// A distribution campaign through a real browser: goods per household, 20 households chosen from the
// registry by township and village, the repeat warning, posting as one issue, and the sign-off sheet
// printed to PDF with masked ID numbers and an empty signature column.
import type { PersonRow } from '@core/people/contract';
import { expect, test } from './fixtures';
import { arrangeWarehouse, columnTexts, openPage, printedText, receiveDonation, validId } from './stock-support';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

test('a campaign for 20 households from the registry: chosen by village, posted, sign-off sheet printed', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  const w = await arrangeWarehouse(app);
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-2026', expiryDate: null, quantity: 30, unitValue: 15000 },
    { itemId: w.rice.id, lotNumber: 'R-2026', expiryDate: '2027-08-31', quantity: 25, unitValue: 6000 },
  ]);
  const people: PersonRow[] = [];
  const idNumbers: string[] = [];
  for (let i = 0; i < 20; i++) {
    idNumbers.push(validId(`19${50 + i}0${(i % 9) + 1}15`, String(100 + i * 2).padStart(3, '0')));
    const saved = (await app.api('people.create', {
      person: {
        name: `${SURNAMES[i]}${i % 2 ? '秀兰' : '建国'}`,
        idNumber: idNumbers[i],
        township: '埠子镇',
        village: '新河村',
        mobile: `139${String(10000000 + i)}`,
      },
    })) as { person: PersonRow };
    people.push(saved.person);
  }
  await app.api('people.create', {
    person: { name: '外村人', idNumber: validId('19700101', '555'), township: '埠子镇', village: '大王庄村' },
  });

  await openPage(page, app, '物资发放');
  await expect(page.locator('.stock-empty')).toContainText('还没有发放活动。');
  await page.getByRole('button', { name: '新建发放活动' }).click();
  const form = page.getByRole('dialog', { name: '新建发放活动' });
  await form.getByLabel('活动名称').fill('2026年博爱送万家（新河村）');
  await form.getByLabel('发放日期').fill('2026-11-20');
  await form.getByLabel('物资 1').selectOption({ label: 'MB-001 棉被 (2m×2.3m)' });
  await form.getByRole('button', { name: '添加物资' }).click();
  await form.getByLabel('物资 2').selectOption({ label: 'SP-001 大米 (10kg/袋)' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '物资发放 · 2026年博爱送万家（新河村）' })).toBeVisible();
  await expect(page.locator('.campaign-goods')).toHaveText('棉被 1床 + 大米 1袋');

  await page.getByRole('button', { name: '选择发放户' }).click();
  const chooser = page.getByRole('dialog', { name: '选择发放户' });
  await chooser.getByLabel('乡镇/街道').selectOption('埠子镇');
  await chooser.getByLabel('村/社区').selectOption('新河村');
  await chooser.getByRole('button', { name: '搜索' }).click();
  await expect(chooser.locator('.candidates tbody tr')).toHaveCount(20);
  await shot('stock-campaign-chooser');
  await chooser.getByRole('button', { name: '加入 20 户' }).click();
  await expect(chooser).toBeHidden();
  await expect.poll(async () => (await columnTexts(page, 'name')).length).toBe(20);
  expect((await columnTexts(page, 'idMasked')).every((id) => id.includes('*'))).toBe(true);

  // Pasted ID numbers: one on the list already (marked, not ticked), one nobody has; ticking the first
  // gives the repeat warning.
  await page.getByRole('button', { name: '选择发放户' }).click();
  await chooser.getByRole('tab', { name: '粘贴身份证号' }).click();
  await chooser.getByRole('textbox', { name: '粘贴身份证号' }).fill(`${idNumbers[0]}\n${validId('19990101', '777')}`);
  await chooser.getByRole('button', { name: '搜索' }).click();
  await expect(chooser.getByText(/1 个号码在人员库中找不到/)).toBeVisible();
  await expect(chooser.locator('.candidates tbody tr')).toHaveCount(1);
  await expect(chooser.getByText('已在名单中')).toHaveCount(1);
  await expect(chooser.getByRole('checkbox', { name: people[0]!.name })).not.toBeChecked();
  await chooser.getByRole('checkbox', { name: people[0]!.name }).check();
  await chooser.getByRole('button', { name: '加入 1 户' }).click();
  await expect(chooser.getByText(/1 户在本次活动中已经领取过/)).toContainText(people[0]!.name);
  await chooser.getByRole('button', { name: '取消' }).click();
  // The pasted numbers and the ticked household are unsaved input: closing asks first.
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(chooser).toBeHidden();

  await page.getByRole('button', { name: '过账发放' }).click();
  await page.getByRole('dialog', { name: '过账发放' }).getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.alert-success')).toContainText(/发放已过账，生成出库单 CK-/);
  await expect(page.locator('.campaign-facts')).toContainText('共 20 户，已发 20 户，待发 0 户');
  await shot('stock-campaign');

  await page.getByRole('button', { name: '打印签收表' }).click();
  await shot('stock-sign-off');
  const text = await printedText(page);
  for (const expected of [
    '宿城区红十字会',
    '物资发放签收表',
    '2026年博爱送万家(新河村)',
    '2026-11-20',
    '签名',
    '棉被(2m×2.3m) 1床 + 大米(10kg/袋) 1袋',
    '棉被1床、大米1袋',
    '共 20 户',
  ]) {
    expect(text).toContain(expected);
  }
  for (const [index, person] of people.entries()) {
    const idNumber = idNumbers[index]!;
    expect(text).toContain(person.name);
    expect(text).not.toContain(idNumber);
    expect(text).toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(text).not.toContain(person.mobile!);
  }
  expect(text).not.toContain('外村人');

  // Stock went down by 20 of each.
  const onHand = (await app.api('stock.onHand', { warehouseId: w.warehouse.id })) as {
    itemId: string;
    quantity: number;
  }[];
  expect(Object.fromEntries(onHand.map((row) => [row.itemId, row.quantity]))).toEqual({
    [w.quilt.id]: 10,
    [w.rice.id]: 5,
  });
});
