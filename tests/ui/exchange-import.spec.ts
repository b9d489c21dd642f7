// 数据接收 in a real browser (city): the clerk imports a county package - verify, the preview table per table,
// import - and sees the inbox; a damaged copy is refused in words that say what to do; a second county's person
// with the same ID number waits on the review list; a county that restored a backup is stopped until an
// administrator accepts its full package; the people grid names each county and keeps its rows read-only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { buildCard, cardText, passphraseSealer, trustOffice } from '@core/exchange/keys';
import type { PersonInput } from '@core/people/contract';
import { createPerson } from '@core/people/service';
import { openBackend, type Backend } from '../../electron/backend';
import { generatePeople } from '../fixtures/people';
import { ADMIN, expect, KEY_PASSPHRASE, signIn, test, type App } from './fixtures';

const CITY = { code: '321300', name: '宿迁市红十字会' };
const actor = { userId: 'a', username: 'admin', displayName: '管理员', roles: ['admin' as const] };

interface County {
  code: string;
  ctx: CoreContext;
  backend: Backend;
  dir: string;
}

async function cityApp(app: App): Promise<CoreContext> {
  await app.api('office.setup', { ...CITY, role: 'city', admin: { ...ADMIN, displayName: '管理员' } });
  await app.api('auth.login', ADMIN);
  return {
    store: app.backend.store,
    actor,
    method: 'test',
    now: () => new Date(),
    secrets: passphraseSealer(KEY_PASSPHRASE),
  };
}

function county(city: CoreContext, code: string, name: string, cleanup: (() => void)[]): County {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `boai-ui-county-${code}-`));
  const backend = openBackend(dir, { secrets: passphraseSealer(`passphrase ${code}`) });
  const ctx: CoreContext = {
    store: backend.store,
    actor,
    method: 'test',
    now: () => new Date(),
    secrets: backend.secrets,
  };
  setupOffice(ctx, { code, name, role: 'county', admin: { username: 'admin', password: 'County-pass-1' } });
  const cityCard = buildCard(city);
  trustOffice(ctx, cardText(cityCard), cityCard.fingerprint);
  const countyCard = buildCard(ctx);
  trustOffice(city, cardText(countyCard), countyCard.fingerprint);
  cleanup.push(() => {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { code, ctx, backend, dir };
}

function add(c: County, people: PersonInput[]): void {
  for (const person of people) createPerson(c.ctx, person, true);
}

async function exported(c: County, snapshot = false): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(c.dir, 'usb-'));
  return (await exportPackage(c.ctx, { to: CITY.code, dir, snapshot })).written;
}

async function importThroughWizard(page: Page, files: string[]) {
  await page.getByRole('button', { name: '导入数据包' }).click();
  const dialog = page.getByRole('dialog', { name: '导入数据包' });
  await dialog.getByLabel('选择数据包文件').setInputFiles(files);
  await dialog.getByRole('button', { name: '验证并预览' }).click();
  return dialog;
}

test.describe('city inbox', () => {
  const cleanup: (() => void)[] = [];
  test.afterEach(() => {
    while (cleanup.length) cleanup.pop()!();
  });

  test('imports a county package through verify, preview and apply; refuses a damaged copy in plain words', async ({
    page,
    app,
    shot,
  }) => {
    const city = await cityApp(app);
    const suCheng = county(city, '321302', '宿城区红十字会', cleanup);
    add(suCheng, generatePeople(12, 3));
    const [file] = await exported(suCheng);

    await signIn(page, app);
    await page.getByRole('link', { name: '数据接收' }).click();
    await expect(page.getByRole('heading', { name: '数据接收' })).toBeVisible();

    const cut = path.join(suCheng.dir, '321302-to-321300-000001-delta.boaipkg');
    fs.writeFileSync(cut, fs.readFileSync(file!).subarray(0, Math.floor(fs.statSync(file!).size * 0.6)));
    let dialog = await importThroughWizard(page, [cut]);
    await expect(dialog.getByText('此数据包不完整，可能复制中断，请重新拷贝。')).toBeVisible();
    await shot('exchange-import-corrupt');
    await dialog.getByRole('button', { name: '取消' }).click();

    dialog = await importThroughWizard(page, [file!]);
    await expect(dialog.getByText('数据包完好，签名来自 宿城区红十字会（321302）。')).toBeVisible();
    const preview = dialog.getByRole('table', { name: '导入后将会：' });
    await expect(preview.getByRole('row', { name: /人员/ })).toContainText('12');
    await expect(preview.getByRole('row', { name: /人员/ }).getByRole('cell')).toHaveText([
      '人员',
      '12',
      '0',
      '0',
      '0',
      '0',
    ]);
    await shot('exchange-import-preview');
    expect(app.backend.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0); // the preview wrote nothing
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog.getByText('已导入第 1 号数据包。')).toBeVisible();
    await dialog.getByRole('button', { name: '完成' }).click();

    const streams = page.getByRole('table', { name: '各县报送情况' });
    await expect(streams.getByRole('row', { name: /宿城区红十字会/ })).toContainText('第 1 号');
    await expect(
      page.getByRole('table', { name: '收到的数据包' }).getByRole('row', { name: /宿城区红十字会/ }),
    ).toContainText('已导入');
    await shot('exchange-inbox');

    dialog = await importThroughWizard(page, [file!]);
    await expect(dialog.getByText('这个数据包以前已经导入过，本次没有做任何改动。')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);
  });

  test('lists a person registered by two counties for review, stops a forked county until an administrator accepts its full package', async ({
    page,
    app,
    shot,
  }) => {
    const city = await cityApp(app);
    const a = county(city, '321302', '宿城区红十字会', cleanup);
    const b = county(city, '321311', '宿豫区红十字会', cleanup);
    const [shared, ...others] = generatePeople(6, 8);
    add(a, [shared!, ...others.slice(0, 2)]);
    add(b, [shared!, ...others.slice(2)]);
    const restoreBackup = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-backup-')), 'boai.sqlite');
    cleanup.push(() => fs.rmSync(path.dirname(restoreBackup), { recursive: true, force: true }));

    await signIn(page, app);
    await page.getByRole('link', { name: '数据接收' }).click();
    for (const c of [a, b]) {
      const dialog = await importThroughWizard(page, await exported(c));
      await dialog.getByRole('button', { name: '导入', exact: true }).click();
      await expect(dialog.getByText(/已导入第 1 号数据包/)).toBeVisible();
      await dialog.getByRole('button', { name: '完成' }).click();
    }
    await page.getByRole('tab', { name: '待审核' }).click();
    const review = page.getByRole('table', { name: '待审核' });
    await expect(review.getByRole('row', { name: new RegExp(shared!.name) })).toContainText('身份证号已在 321302 登记');
    await review.getByRole('checkbox', { name: '全选本页待审核记录' }).check();
    await expect(review.getByRole('checkbox', { name: new RegExp(`选择 ${shared!.name}`) })).toBeChecked();
    await shot('exchange-review');
    await page.getByRole('button', { name: '忽略所选（1）' }).click();
    const confirm = page.getByRole('dialog', { name: '忽略所选的 1 条记录？' });
    await confirm.getByRole('button', { name: '忽略' }).click();
    await expect(page.getByText('已忽略 1 条记录。')).toBeVisible();
    await expect(review.getByText('没有需要审核的记录。')).toBeVisible();
    expect(app.backend.store.sqlite.prepare(`SELECT status FROM inbox_review`).pluck().all()).toEqual(['dismissed']);

    // 宿豫 restores a backup taken before it had reported: its new database no longer follows the city.
    b.backend.store.sqlite.prepare('UPDATE office SET incarnation_id = ?').run('restored-incarnation');
    const dialog = await importThroughWizard(page, await exported(b, true));
    await expect(dialog.getByText(/县里的数据库已重建或从备份恢复/)).toBeVisible();
    await expect(dialog.getByText(/管理员可以接受它来恢复该县的数据接收/)).toBeVisible();
    await shot('exchange-import-fork');
    await dialog.getByRole('button', { name: '接受完整数据包并导入' }).click();
    await expect(dialog.getByText(/已导入第 2 号数据包/)).toBeVisible();
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByRole('tab', { name: '接收记录' }).click();
    await expect(
      page.getByRole('table', { name: '各县报送情况' }).getByRole('row', { name: /宿豫区红十字会/ }),
    ).toContainText('正常');

    await page.getByRole('link', { name: '人员库' }).click();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '宿豫区红十字会' });
    await expect(page.getByText('共 3 人')).toBeVisible();
    await expect(page.getByText('县级数据', { exact: true })).toHaveCount(3); // no edit or void on county rows
    await expect(page.getByRole('gridcell', { name: '宿豫区红十字会' })).toHaveCount(3);
    await shot('exchange-people-city');
  });
});
