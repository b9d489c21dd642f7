// Holders' photos as a trainer adds them: a folder of files named by ID number (one a screenshot far over 50 KB,
// one naming nobody, one not a picture) - the one that matches is scaled to a JPEG of at most 50 KB and stored,
// the others are listed with their reason; the drawer, the A4 page and the card (85.6 × 54 mm, a reprint with its
// reason, the QR at least 35 mm wide and readable) show it.
import type { CoreContext } from '../../electron/core/context';
import { seedPeople } from '../fixtures/registryPeople';
import { addCertificate, kindIds } from '../fixtures/trainingRecords';
import { expect, signIn, test } from './fixtures';
import { bodyCell } from './grid-support';
import { renderedQr } from './qr-support';
import { validId } from './stock-support';

test('a folder of photos named by ID number: scaled to 50 KB, matched, shown, printed on the A4 page and the card', async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice();
  await app.addUser('peixun', ['trainer']);
  const store = app.backend.store;
  const [holder] = seedPeople(store, 1);
  const ctx: CoreContext = {
    store,
    actor: { userId: 'seed', username: 'seed', displayName: 'seed', roles: ['admin'] },
    method: 'test.seed',
    now: () => new Date(),
  };
  const kinds = kindIds(ctx);
  store.sqlite.transaction(() =>
    addCertificate(ctx, {
      number: 'JY-2025-0001',
      personId: holder!.id,
      kindId: kinds.rescuer!,
      issueDate: '2025-03-01',
      expiryDate: '2028-02-29',
      township: '幸福街道',
    }),
  )();

  await signIn(page, app, 'peixun', 'User-pass-1');
  await page.getByRole('navigation').getByRole('link', { name: '证书台账', exact: true }).click();
  const screenshot = await page.screenshot({ type: 'png' });
  expect(screenshot.length).toBeGreaterThan(51_200);
  const stranger = validId('19880808', '888');
  await page.getByRole('button', { name: '导入照片' }).click();
  const dialog = page.getByRole('dialog', { name: '导入照片' });
  await dialog.getByLabel('选择照片…').setInputFiles([
    { name: `${holder!.idNumber}.png`, mimeType: 'image/png', buffer: screenshot },
    { name: `${stranger}.png`, mimeType: 'image/png', buffer: screenshot },
    { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('照片按身份证号命名') },
  ]);
  await expect(dialog.getByText('已保存 1 张照片。')).toBeVisible();
  await expect(dialog.getByText('以下 2 个文件没有保存：')).toBeVisible();
  await expect(dialog.getByText('“说明.txt”不是能识别的照片（请选 JPG、PNG 等图片）。')).toBeVisible();
  await expect(
    dialog.getByText(`${stranger.slice(0, 6)}********${stranger.slice(14)}.png：人员库中没有这个身份证号`),
  ).toBeVisible();
  await shot('training-photos-import');
  await dialog.getByRole('button', { name: '关闭' }).click();

  const stored = store.sqlite.prepare('SELECT jpeg FROM person_photos WHERE person_id = ?').get(holder!.id) as {
    jpeg: Buffer;
  };
  expect(stored.jpeg.length).toBeLessThanOrEqual(51_200);
  expect([...stored.jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);

  await bodyCell(page, 0, 'number').dblclick();
  const drawer = page.getByRole('dialog', { name: '证书详情 JY-2025-0001' });
  const photo = drawer.getByRole('img', { name: '照片' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await shot('training-photos-drawer');
  await drawer.getByRole('button', { name: '打印证书（A4）' }).click();
  await expect(page.locator('img.cert-photo')).toBeVisible();
  expect(await page.locator('img.cert-photo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    100,
  );

  // The card (85.6 × 54 mm, front and back) is a reprint now: it asks for the reason, then prints with the photo
  // and a QR at least 35 mm wide that reads back to the certificate's payload.
  await page.goBack();
  await drawer.getByRole('button', { name: '打印证卡' }).click();
  const reprint = page.getByRole('dialog', { name: '补打证书' });
  await reprint.getByLabel('补打原因').fill('原证遗失');
  await reprint.getByRole('button', { name: '继续打印' }).click();
  const front = page.locator('.cert-card-front');
  await expect(front).toContainText('JY-2025-0001');
  await expect(front).toContainText(holder!.name);
  await expect(front.locator('img.cert-photo')).toBeVisible();
  const mm = (px: number) => Math.round((px / 96) * 25.4 * 10) / 10;
  for (const side of ['.cert-card-front', '.cert-card-back']) {
    const box = (await page.locator(side).boundingBox())!;
    expect([mm(box.width), mm(box.height)]).toEqual([85.6, 54]);
  }
  const qr = (await page.locator('.cert-qr-card').boundingBox())!;
  expect(mm(qr.width)).toBeGreaterThanOrEqual(35);
  const { payload } = (await app.api('training.certificates.qr', { number: 'JY-2025-0001' })) as { payload: string };
  expect(await renderedQr(page, '.cert-qr-card')).toBe(payload);
  await shot('training-certificate-card');
  const prints = store.sqlite
    .prepare('SELECT format, reason FROM training_certificate_prints ORDER BY rowid')
    .all() as { format: string; reason: string | null }[];
  expect(prints).toEqual([
    { format: 'a4', reason: null },
    { format: 'card', reason: '原证遗失' },
  ]);
});
