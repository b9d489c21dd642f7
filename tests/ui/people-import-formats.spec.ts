// Rosters as offices keep them: an Excel 97-2003 .xls goes through the import wizard like an .xlsx (the
// same bad rows, the valid rows imported), and a PDF picked by mistake is told what it is and what to do.
import { FIVE_BAD_TITLE, fiveBadRows } from '../fixtures/fiveBadRows';
import { sheetFile } from '../fixtures/sheetFormats';
import { expect, signIn, test } from './fixtures';

const WIZARD = '从 Excel 或 CSV 导入人员';

test('an .xls roster with a title row and five bad rows: the same preview as an .xlsx, the valid rows go in', async ({
  page,
  app,
  shot,
}) => {
  test.setTimeout(120_000);
  await app.setupOffice();
  const { people, rows } = fiveBadRows();
  await signIn(page, app);

  await page.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: WIZARD });
  const picker = wizard.getByLabel('选择文件');
  await expect(picker).toHaveAttribute('accept', /\.xls,.*\.et,.*\.ods,.*\.csv,\.txt/);
  await picker.setInputFiles({ name: '简历.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
  await expect(
    wizard.getByText(
      '这是 PDF 文档，不是表格，程序读不了其中的内容。请找到原来的表格文件，或在 WPS/Excel 中把表格另存为 .xlsx 后再导入。',
    ),
  ).toBeVisible();
  await shot('people-import-not-a-table');
  await wizard.getByRole('button', { name: '导入另一个文件' }).click();

  await wizard.getByLabel('选择文件').setInputFiles({
    name: '志愿者花名册.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: sheetFile([[FIVE_BAD_TITLE], ...rows], 'xls'),
  });
  const count = (key: string) => wizard.locator(`.import-counts dd[data-count="${key}"]`);
  await expect(count('rows')).toHaveText('20', { timeout: 30_000 });
  await expect(count('valid')).toHaveText('15');
  await expect(count('invalid')).toHaveText('5');
  await expect(wizard.getByText('表头在第 2 行')).toBeVisible();
  const issueRows = wizard.locator('.issue-table tbody tr');
  await expect(issueRows).toHaveCount(5);
  expect(await issueRows.locator('td.col-row').allTextContents()).toEqual(['5', '8', '12', '15', '20']);
  await expect(issueRows.nth(2)).toContainText('在 Excel 中被存成了数字');
  await shot('people-import-xls');

  await wizard.getByLabel('只导入正确的行，错误行另存为文件修改').check();
  await wizard.getByRole('button', { name: '导入 15 人' }).click();
  await expect(wizard.getByText('已导入 15 人。')).toBeVisible({ timeout: 30_000 });
  await wizard.getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('.people-total')).toHaveText('共 15 人');
  await expect(page.getByText(people[0]!.name)).toBeVisible();
});
