// The city's 证书台账 reads each county's certificates as the county reported them, one county at a time, with
// that county's kinds; a county's certificate opens read-only (no QR signed here, no print, no revoke).
import type { CoreContext } from '@core/context';
import { createPerson } from '@core/people/service';
import { issueOne } from '@core/training/register/issue';
import { generatePeople } from '../fixtures/people';
import { kindIds } from '../fixtures/trainingRecords';
import { cityOffice, countyOf } from './city-support';
import { expect, signIn, test } from './fixtures';
import { columnTexts } from './stock-support';

/** A county that certified `count` people of its registry and reported to the city. */
async function countyCertifies(city: CoreContext, code: string, name: string, count: number, cleanup: (() => void)[]) {
  const county = countyOf(city, code, name, cleanup);
  const kinds = kindIds(county.ctx, code);
  const people = county.ctx.store.sqlite.transaction(() =>
    generatePeople(count, Number(code.slice(-2))).map((input) => {
      const { person } = createPerson(county.ctx, input, true);
      issueOne(county.ctx, { personId: person.id, kindId: kinds.rescuer!, issueDate: '2026-05-06' });
      return person;
    }),
  )();
  await county.report();
  return people;
}

test("the city reads each county's certificates, one county at a time, read-only", async ({ page, app, shot }) => {
  const cleanup: (() => void)[] = [];
  try {
    const city = await cityOffice(app);
    await countyCertifies(city, '321302', '宿城区红十字会', 3, cleanup);
    const suyu = await countyCertifies(city, '321311', '宿豫区红十字会', 2, cleanup);
    await app.addUser('peixun', ['trainer', 'approver'], 'Trainer-pass-1');

    await signIn(page, app, 'peixun', 'Trainer-pass-1');
    await page.getByRole('navigation').getByRole('link', { name: '证书台账', exact: true }).click();
    const office = page.getByLabel('单位', { exact: true });
    await expect(office).toHaveValue('321302');
    await expect(page.getByText('共 3 张')).toBeVisible();
    await office.selectOption({ label: '宿豫区红十字会' });
    await expect(page.getByText('共 2 张')).toBeVisible();
    expect((await columnTexts(page, 'name')).sort()).toEqual(suyu.map((p) => p.name).sort());
    expect(await columnTexts(page, 'number')).toEqual(
      ['321311-2026-000002', '321311-2026-000001'].map(expect.stringMatching),
    );
    await expect(page.getByLabel('证书类别').locator('option')).toContainText(['救护员']);
    await shot('training-city-register');

    await page.locator('.ag-row[row-index="0"] [col-id="number"]').dblclick();
    const drawer = page.getByRole('dialog', { name: /证书详情/ });
    await expect(drawer.getByText('这是 宿豫区红十字会 的证书，在本单位只能查看。')).toBeVisible();
    await expect(drawer.locator('[data-field="office"]')).toHaveText('宿豫区红十字会');
    await expect(drawer.getByRole('button', { name: '打印证书（A4）' })).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: '撤销证书' })).toHaveCount(0);
    await expect(drawer.getByRole('img', { name: '证书二维码' })).toHaveCount(0);
    await shot('training-city-certificate');
  } finally {
    for (const done of cleanup) done();
  }
});
