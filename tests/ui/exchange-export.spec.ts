// 数据上报 in a real browser: a county clerk exports a package to the trusted city (sees size, files and
// counts, saves the file), the city applies it and writes a receipt, the clerk imports the receipt and
// the outbox shows the package acknowledged; a later package waits for the city.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { verifyPackage } from '@core/exchange/format';
import { importPackage, writeReceipt } from '@core/exchange/inbox';
import { buildCard, cardText, loadKeyRing, passphraseSealer, trustLookup, trustOffice } from '@core/exchange/keys';
import { openBackend, type Backend } from '../../electron/backend';
import { generatePeople } from '../fixtures/people';
import { expect, KEY_PASSPHRASE, OFFICE, signIn, test, type App } from './fixtures';

const CITY = { code: '321300', name: '宿迁市红十字会', role: 'city' as const };
const actor = { userId: 'a', username: 'admin', displayName: '管理员', roles: ['admin' as const] };

function context(backend: Backend, secrets: CoreContext['secrets']): CoreContext {
  return { store: backend.store, actor, method: 'test', now: () => new Date(), secrets };
}

/** The city in its own data folder, and the county and city trusting each other's cards. */
function cityFor(app: App) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-city-'));
  const backend = openBackend(dir, { secrets: passphraseSealer('city passphrase') });
  const city = context(backend, backend.secrets);
  setupOffice(city, { ...CITY, admin: { username: 'admin', password: 'City-pass-1' } });
  const county = context(app.backend, passphraseSealer(KEY_PASSPHRASE));
  const cityCard = buildCard(city);
  trustOffice(county, cardText(cityCard), cityCard.fingerprint);
  const countyCard = buildCard(county);
  trustOffice(city, cardText(countyCard), countyCard.fingerprint);
  return {
    backend,
    ctx: city,
    close: () => {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function addPeople(app: App, count: number, seed: number) {
  for (const person of generatePeople(count, seed)) await app.api('people.create', { person, acceptWarnings: true });
}

async function saved(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function openOutbox(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '数据上报' }).click();
  await expect(page.getByRole('heading', { name: '数据上报', level: 1 })).toBeVisible();
}

test("a clerk exports a package, saves it, and the city's receipt marks it acknowledged", async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice('county');
  const city = cityFor(app);
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-usb-'));
  try {
    await addPeople(app, 30, 11);
    await app.addUser('clerk1', ['clerk'], 'Clerk-pass-1');
    await signIn(page, app, 'clerk1', 'Clerk-pass-1');
    await openOutbox(page);
    await expect(page.getByText('报送给 宿迁市红十字会（321300）：下一个序号 1')).toBeVisible();
    await expect(page.getByText('还没有导出过数据包。')).toBeVisible();

    await page.getByRole('button', { name: '导出数据包' }).click();
    const wizard = page.getByRole('dialog', { name: '导出数据包' });
    await expect(wizard.getByLabel('报送单位')).toHaveValue(CITY.code);
    // 30 people and the 20 records a county starts with (course kinds, their names, certificate settings).
    await expect(wizard.getByLabel('增量：自上次市级确认以来的变更（50 条）')).toBeChecked();
    await wizard.getByLabel('每个文件最大（MB）').fill('0');
    await wizard.getByRole('button', { name: '生成数据包' }).click();
    await expect(wizard.getByText('请输入 1 到 2048 之间的整数。')).toBeVisible();
    await wizard.getByLabel('每个文件最大（MB）').fill('20');
    await shot('exchange-export-wizard');
    await wizard.getByRole('button', { name: '生成数据包' }).click();
    await expect(wizard.getByText('第 1 号数据包已生成并通过校验。')).toBeVisible();
    await shot('exchange-export-ready');
    await expect(wizard.getByText('人员 30')).toBeVisible();
    await expect(wizard.getByText('321302-to-321300-000001-delta.boaipkg')).toBeVisible();
    await shot('exchange-export-ready');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wizard.getByRole('button', { name: '保存全部文件' }).click(),
    ]);
    const file = await saved(download, downloads);
    const checked = await verifyPackage([file], {
      keys: loadKeyRing(city.ctx),
      trust: trustLookup(city.backend.store),
    });
    expect(checked.header).toMatchObject({ seq: 1, counts: { people: 30 }, sender: { officeCode: OFFICE.code } });
    await wizard.getByRole('button', { name: '完成' }).click();
    const row = page.getByRole('row', { name: /^1 增量/ });
    await expect(row.getByText('待确认')).toBeVisible();

    // The city applies it and writes a receipt; a second package leaves the county meanwhile.
    expect(await importPackage(city.ctx, [file])).toMatchObject({ status: 'applied' });
    const receipt = await writeReceipt(city.ctx, { to: OFFICE.code, dir: downloads });
    await addPeople(app, 2, 12);
    await page.reload();
    await page.getByRole('button', { name: '导出数据包' }).click();
    await expect(wizard.getByLabel('增量：自上次市级确认以来的变更（52 条）')).toBeChecked();
    await wizard.getByRole('button', { name: '生成数据包' }).click();
    await expect(wizard.getByText('第 2 号数据包已生成并通过校验。')).toBeVisible();
    await wizard.getByRole('button', { name: '完成' }).click();

    await page.getByRole('button', { name: '导入回执' }).click();
    const dialog = page.getByRole('dialog', { name: '导入市级回执' });
    await dialog.getByLabel('选择回执文件').setInputFiles(receipt.file);
    await dialog.getByRole('button', { name: '导入回执' }).click();
    await expect(page.getByText('回执已导入：1 个数据包已确认，0 个暂缓，0 个被拒收。')).toBeVisible();
    await expect(page.getByRole('row', { name: /^1 增量/ }).getByText('已确认')).toBeVisible();
    await expect(page.getByRole('row', { name: /^2 增量/ }).getByText('待确认')).toBeVisible();
    await expect(page.getByText('下一个序号 3，1 个数据包待市级确认；自上次确认以来有 2 条记录变更。')).toBeVisible();
    await shot('exchange-outbox');

    // A lost USB stick: the unacknowledged package is saved again, the same file.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('row', { name: /^2 增量/ })
        .getByRole('button', { name: '再次保存' })
        .click(),
    ]);
    expect(again.suggestedFilename()).toBe('321302-to-321300-000002-delta.boaipkg');
    await expect(page.getByRole('row', { name: /^1 增量/ }).getByRole('button', { name: '再次保存' })).toHaveCount(0);
  } finally {
    city.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
});

test("a package the city holds for a missing one shows as held, with the city's reason", async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice('county');
  const city = cityFor(app);
  const county = context(app.backend, passphraseSealer(KEY_PASSPHRASE));
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-usb-'));
  try {
    await addPeople(app, 5, 21);
    await exportPackage(county, { to: CITY.code, dir: usb });
    await addPeople(app, 3, 22);
    const second = await exportPackage(county, { to: CITY.code, dir: usb });
    expect(await importPackage(city.ctx, second.written)).toMatchObject({ status: 'held', missing: [1] });
    const receipt = await writeReceipt(city.ctx, { to: OFFICE.code, dir: usb });

    await signIn(page, app);
    await openOutbox(page);
    await page.getByRole('button', { name: '导入回执' }).click();
    const dialog = page.getByRole('dialog', { name: '导入市级回执' });
    await dialog.getByLabel('选择回执文件').setInputFiles(receipt.file);
    await dialog.getByRole('button', { name: '导入回执' }).click();
    await expect(page.getByText('回执已导入：0 个数据包已确认，1 个暂缓，0 个被拒收。')).toBeVisible();
    const held = page.getByRole('row', { name: /^2 增量/ });
    await expect(held.getByText('市级暂缓')).toBeVisible();
    await expect(held.getByText('市级缺少第 1 号数据包，请在下表中找到并再次保存、报送。')).toBeVisible();
    await expect(page.getByRole('row', { name: /^1 增量/ }).getByRole('button', { name: '再次保存' })).toBeVisible();
    await shot('exchange-outbox-held');
  } finally {
    city.close();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});

test('without a trusted city the export is not offered, and a damaged receipt says what to do', async ({
  page,
  app,
}) => {
  await app.setupOffice('county');
  await signIn(page, app);
  await openOutbox(page);
  await expect(page.getByText('还没有信任上级市级单位，不能导出数据包。', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出数据包' })).toBeDisabled();
  await page.getByRole('button', { name: '导入回执' }).click();
  const dialog = page.getByRole('dialog', { name: '导入市级回执' });
  await dialog.getByLabel('选择回执文件').setInputFiles({
    name: 'receipt.boaipkg',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a package'),
  });
  await dialog.getByRole('button', { name: '导入回执' }).click();
  await expect(dialog.getByRole('alert')).not.toHaveText(/PKG_|error/i);
  await expect(dialog.getByRole('alert')).toBeVisible();
});
