// The city's 证书台账 reads each county's certificates as the county reported them, one county at a time, with
// that county's kinds; a county's certificate opens read-only (no QR signed here, no print, no revoke).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { importPackage } from '@core/exchange/inbox';
import { buildCard, cardText, passphraseSealer, trustOffice } from '@core/exchange/keys';
import { createPerson } from '@core/people/service';
import { issueOne } from '@core/training/register/issue';
import { openBackend } from '../../electron/backend';
import { generatePeople } from '../fixtures/people';
import { kindIds } from '../fixtures/trainingRecords';
import { expect, KEY_PASSPHRASE, signIn, test } from './fixtures';
import { columnTexts } from './stock-support';

const CITY = '321300';
const context = (store: CoreContext['store'], secrets?: CoreContext['secrets']): CoreContext => ({
  store,
  actor: { userId: 'a', username: 'admin', displayName: '管理员', roles: ['admin'] },
  method: 'test',
  now: () => new Date(),
  secrets,
});

/** A county that certified `count` people of its registry and reported to the city. */
async function countyCertifies(city: CoreContext, code: string, name: string, count: number, cleanup: (() => void)[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `boai-ui-training-${code}-`));
  const backend = openBackend(dir, { secrets: passphraseSealer(`passphrase ${code}`) });
  cleanup.push(() => {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const ctx = context(backend.store, backend.secrets);
  setupOffice(ctx, { code, name, role: 'county', admin: { username: 'admin', password: 'County-pass-1' } });
  for (const [truster, trusted] of [
    [ctx, city],
    [city, ctx],
  ] as const) {
    const card = buildCard(trusted);
    trustOffice(truster, cardText(card), card.fingerprint);
  }
  const kinds = kindIds(ctx, code);
  const people = backend.store.sqlite.transaction(() =>
    generatePeople(count, Number(code.slice(-2))).map((input) => {
      const { person } = createPerson(ctx, input, true);
      issueOne(ctx, { personId: person.id, kindId: kinds.rescuer!, issueDate: '2026-05-06' });
      return person;
    }),
  )();
  const written = (await exportPackage(ctx, { to: CITY, dir: fs.mkdtempSync(path.join(dir, 'usb-')) })).written;
  expect(await importPackage(city, written)).toMatchObject({ status: 'applied' });
  return people;
}

test("the city reads each county's certificates, one county at a time, read-only", async ({ page, app, shot }) => {
  const cleanup: (() => void)[] = [];
  try {
    await app.api('office.setup', {
      code: CITY,
      name: '宿迁市红十字会',
      role: 'city',
      admin: { username: 'admin', password: 'Admin-pass-1', displayName: '管理员' },
    });
    await app.api('auth.login', { username: 'admin', password: 'Admin-pass-1' });
    const city = context(app.backend.store, passphraseSealer(KEY_PASSPHRASE));
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
