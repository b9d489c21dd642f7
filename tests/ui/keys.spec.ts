// 密钥与信任 in a real browser: a city imports a county's key card, a wrong fingerprint is refused with a clear
// message, the right one lists the county; the city's own card shows its QR code, prints on A4 and exports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { setupOffice } from '@core/accounts/office';
import { buildCard, cardText, ownKeySummary, parseCard, passphraseSealer, rotateOfficeKeys } from '@core/exchange/keys';
import { openBackend } from '../../electron/backend';
import { ADMIN, expect, signIn, test, type App } from './fixtures';

const CITY = { code: '321300', name: '宿迁市红十字会', role: 'city' as const };
const COUNTY = { code: '321311', name: '宿豫区红十字会', role: 'county' as const };

type OfficeDef = { code: string; name: string; role: 'county' | 'city' };
interface Card {
  text: string;
  fingerprint: string;
}

/** Another office in its own data folder: its key card, and (when asked) the card after a key replacement. */
function otherOffice(office: OfficeDef, rotate = false): { first: Card; replaced: Card | null } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-other-'));
  const backend = openBackend(dir, { secrets: passphraseSealer('other passphrase') });
  try {
    const ctx = {
      store: backend.store,
      actor: { userId: 'a', username: 'admin', displayName: 'a', roles: ['admin' as const] },
      method: 'test',
      now: () => new Date(),
      secrets: backend.secrets,
    };
    setupOffice(ctx, { ...office, admin: { username: 'admin', password: 'Other-pass-1' } });
    const card = () => ({ text: cardText(buildCard(ctx)), fingerprint: ownKeySummary(backend.store)!.fingerprint });
    const first = card();
    if (!rotate) return { first, replaced: null };
    rotateOfficeKeys(ctx);
    return { first, replaced: card() };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const countyCard = () => otherOffice(COUNTY).first;

async function importCard(page: Page, text: string) {
  await page.getByRole('button', { name: '导入密钥卡' }).click();
  const dialog = page.getByRole('dialog', { name: '导入密钥卡' });
  await dialog
    .getByLabel('选择密钥卡文件')
    .setInputFiles({ name: 'card.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  return dialog;
}

async function openKeysPage(page: Page, app: App, office: OfficeDef = CITY) {
  await app.api('office.setup', { ...office, admin: { ...ADMIN, displayName: '管理员' } });
  await app.api('auth.login', ADMIN);
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: '密钥与信任' }).click();
  await expect(page.getByRole('heading', { name: '本单位密钥卡' })).toBeVisible();
}

test('a city trusts a county only after the fingerprint read out over the phone matches', async ({
  page,
  app,
  shot,
}) => {
  const county = countyCard();
  await openKeysPage(page, app);
  await expect(page.getByText('还没有信任任何县级单位。')).toBeVisible();

  const dialog = await importCard(page, county.text);
  await expect(dialog.getByText('宿豫区红十字会（321311）')).toBeVisible();
  await expect(dialog.locator('.fingerprint')).toHaveAttribute('data-fingerprint', county.fingerprint);

  const digits = county.fingerprint.replaceAll(' ', '');
  const wrong = digits.slice(0, 20) + String((Number(digits[20]) + 5) % 10) + digits.slice(21);
  await dialog.getByLabel('对方念出的指纹数字').fill(wrong);
  await dialog.getByRole('button', { name: '核对无误，信任该单位' }).click();
  await expect(dialog.getByRole('alert')).toContainText('指纹不一致');
  await shot('keys-fingerprint-mismatch');
  expect(await app.api('keys.listTrusted', {})).toEqual([]);

  await dialog.getByLabel('对方念出的指纹数字').fill(county.fingerprint); // with spaces, as read out
  await dialog.getByRole('button', { name: '核对无误，信任该单位' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已信任 宿豫区红十字会（321311）。')).toBeVisible();
  const row = page.locator('.trust-table tbody tr').filter({ hasText: '321311' });
  await expect(row).toContainText('宿豫区红十字会');
  await expect(row).toContainText('县级');
  await expect(row).toContainText(county.fingerprint);
  await expect(row).toContainText('核对指纹');
  await shot('keys-trust-list');
});

test('refuses a city key card on a city, and an unreadable file, each with its own message', async ({ page, app }) => {
  await openKeysPage(page, app);
  const own = (await app.api('keys.myCard', {})) as { cardJson: string };
  await page.getByRole('button', { name: '导入密钥卡' }).click();
  const dialog = page.getByRole('dialog', { name: '导入密钥卡' });
  await dialog
    .getByLabel('选择密钥卡文件')
    .setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(own.cardJson) });
  await expect(dialog.getByRole('alert')).toContainText('这是本单位自己的密钥卡');
  await dialog
    .getByLabel('选择密钥卡文件')
    .setInputFiles({ name: 'roster.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"张三"}') });
  await expect(dialog.getByRole('alert')).toContainText('不是有效的密钥卡文件');
});

test("the city's own key card: QR code, fingerprint, A4 print view and the exported file", async ({
  page,
  app,
  shot,
}) => {
  await openKeysPage(page, app);
  const card = (await app.api('keys.myCard', {})) as { fingerprint: string };
  await expect(page.getByRole('img', { name: '密钥卡二维码' })).toBeVisible();
  await expect(page.locator('.keycard .fingerprint')).toHaveAttribute('data-fingerprint', card.fingerprint);
  await shot('keys-page');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出密钥卡文件' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('密钥卡_321300_宿迁市红十字会.json');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), 'card.json');
  await download.saveAs(file);
  expect(parseCard(fs.readFileSync(file, 'utf8'))).toMatchObject({
    officeCode: CITY.code,
    name: CITY.name,
    role: 'city',
  });

  await page.getByRole('button', { name: '打印密钥卡' }).click();
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('密钥卡');
  await expect(sheet.locator('.fingerprint')).toHaveAttribute('data-fingerprint', card.fingerprint);
  await expect(sheet.getByRole('img', { name: '密钥卡二维码' })).toBeVisible();
  await shot('keys-card-print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-toolbar')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '本单位密钥卡' })).toBeVisible();
});

test("a county trusts its city, then takes the city's replacement card without comparing digits again", async ({
  page,
  app,
  shot,
}) => {
  const city = otherOffice(CITY, true);
  await openKeysPage(page, app, { code: '321302', name: '宿城区红十字会', role: 'county' });
  await expect(page.getByText('还没有信任上级市级单位。')).toBeVisible();
  let dialog = await importCard(page, city.first.text);
  await dialog.getByLabel('对方念出的指纹数字').fill(city.first.fingerprint.replaceAll(' ', ''));
  await dialog.getByRole('button', { name: '核对无误，信任该单位' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator('.trust-table tbody tr').filter({ hasText: CITY.code });
  await expect(row).toContainText(city.first.fingerprint);

  dialog = await importCard(page, city.replaced!.text);
  await expect(dialog.getByRole('status')).toContainText('新密钥卡由它原来的密钥签名');
  await expect(dialog.getByLabel('对方念出的指纹数字')).toHaveCount(0);
  await shot('keys-rotation-accept');
  await dialog.getByRole('button', { name: '接受新密钥' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(city.replaced!.fingerprint);
  await expect(row).toContainText('原密钥签名');
});
