// Package screens speak Chinese: the export result, the outbox and the city's preview and inbox name every
// table by its label (人员, 物资类别, 库存流水 …), never a database name; the outbox and inbox fit 1,366 px with
// the status on screen; 生成回执 says where the file went and that it goes back to the county.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { buildCard, cardText, passphraseSealer, trustOffice } from '@core/exchange/keys';
import { createPerson } from '@core/people/service';
import { listCategories } from '@core/stock/categories';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { openBackend } from '../../electron/backend';
import { generatePeople } from '../fixtures/people';
import { ADMIN, expect, KEY_PASSPHRASE, OFFICE, signIn, test } from './fixtures';

const CITY = { code: '321300', name: '宿迁市红十字会' };
const actor = { userId: 'a', username: 'admin', displayName: '管理员', roles: ['admin' as const] };
const RAW_NAME = /stock_|people\b/;

/** A county's records: people, a warehouse, an item and a posted receipt (documents, lines, lots, movements). */
function fillCounty(ctx: CoreContext) {
  for (const person of generatePeople(12, 5)) createPerson(ctx, person, true);
  const quilts = listCategories(ctx).find((c) => c.name === '棉被')!;
  const warehouse = createWarehouse(ctx, { code: 'CK01', name: '县备灾仓库' });
  const quilt = createItem(ctx, { code: 'MB001', name: '棉被', categoryId: quilts.id, unit: '床', unitValue: 8000 });
  const { document } = createDocument(
    ctx,
    {
      type: 'receipt',
      documentDate: '2026-11-02',
      warehouseId: warehouse.id,
      sourceKind: 'purchase',
      supplier: '供应商',
    },
    [{ itemId: quilt.id, quantity: 20 }],
  );
  approveDocument(ctx, document.id);
  postDocument(ctx, document.id);
}

/** The locator's right edge is inside a 1,366 px window: a clerk sees it without scrolling sideways. */
async function onScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
}

async function useEnglish(page: Page) {
  await page.evaluate(() => localStorage.setItem('boai.lang', 'en'));
  await page.reload();
}

test("the county's export result and outbox name tables in Chinese, status on screen at 1,366 px", async ({
  page,
  app,
  shot,
}) => {
  await app.setupOffice('county');
  const county: CoreContext = {
    store: app.backend.store,
    actor,
    method: 'test',
    now: () => new Date(),
    secrets: passphraseSealer(KEY_PASSPHRASE),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-city-'));
  const cityBackend = openBackend(dir, { secrets: passphraseSealer('city passphrase') });
  try {
    const city: CoreContext = {
      store: cityBackend.store,
      actor,
      method: 'test',
      now: () => new Date(),
      secrets: cityBackend.secrets,
    };
    setupOffice(city, { ...CITY, role: 'city', admin: { username: 'admin', password: 'City-pass-1' } });
    const cityCard = buildCard(city);
    trustOffice(county, cardText(cityCard), cityCard.fingerprint);
    fillCounty(county);

    await signIn(page, app);
    await page.getByRole('navigation').getByRole('link', { name: '数据上报' }).click();
    await page.getByRole('button', { name: '导出数据包' }).click();
    const wizard = page.getByRole('dialog', { name: '导出数据包' });
    await wizard.getByRole('button', { name: '生成数据包' }).click();
    await expect(wizard.getByText('第 1 号数据包已生成并通过校验。')).toBeVisible();
    await expect(
      wizard.getByText(/人员 12 · 物资类别 \d+ · 物资 1 · 仓库 1 · .*出入库单据 1 · 批次 1 · 单据明细 1 · 库存流水 1/),
    ).toBeVisible();
    await expect(wizard).not.toContainText(RAW_NAME);
    await shot('exchange-export-labels');
    await wizard.getByRole('button', { name: '完成' }).click();

    const row = page.getByRole('row', { name: /^1 增量/ });
    await onScreen(row.getByText('待确认'));
    await onScreen(row.getByRole('button', { name: '再次保存' }));
    const counts = row.locator('.outbox-counts');
    await expect(counts).toHaveText(/^人员 12 · 物资类别 \d+ · 物资 1 等 \d+ 类$/);
    await expect(counts).toHaveAttribute('title', /库存流水 1/);
    await expect(page.locator('main')).not.toContainText(RAW_NAME);
    await shot('exchange-outbox-labels');

    await useEnglish(page);
    await onScreen(page.getByRole('row', { name: /^1 Changes/ }).locator('.outbox-counts'));
    await expect(page.getByRole('row', { name: /^1 Changes/ }).locator('.outbox-counts')).toHaveText(
      /^People 12 · Categories \d+ · Items 1 \+\d+ more$/,
    );
    await shot('exchange-outbox-labels-en');
  } finally {
    cityBackend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the city's preview, inbox and receipt speak Chinese", async ({ page, app, shot }) => {
  await app.api('office.setup', { ...CITY, role: 'city', admin: { ...ADMIN, displayName: '管理员' } });
  await app.api('auth.login', ADMIN);
  const city: CoreContext = {
    store: app.backend.store,
    actor,
    method: 'test',
    now: () => new Date(),
    secrets: passphraseSealer(KEY_PASSPHRASE),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-county-'));
  const backend = openBackend(dir, { secrets: passphraseSealer('county passphrase') });
  try {
    const county: CoreContext = {
      store: backend.store,
      actor,
      method: 'test',
      now: () => new Date(),
      secrets: backend.secrets,
    };
    setupOffice(county, { ...OFFICE, admin: { username: 'admin', password: 'County-pass-1' } });
    const cityCard = buildCard(city);
    trustOffice(county, cardText(cityCard), cityCard.fingerprint);
    const countyCard = buildCard(county);
    trustOffice(city, cardText(countyCard), countyCard.fingerprint);
    fillCounty(county);
    const { written } = await exportPackage(county, { to: CITY.code, dir, snapshot: false });

    await signIn(page, app);
    await page.getByRole('link', { name: '数据接收' }).click();
    await page.getByRole('button', { name: '导入数据包' }).click();
    const dialog = page.getByRole('dialog', { name: '导入数据包' });
    await dialog.getByLabel('选择数据包文件').setInputFiles(written);
    await dialog.getByRole('button', { name: '验证并预览' }).click();
    const preview = dialog.getByRole('table', { name: '导入后将会：' });
    await expect(preview.getByRole('row', { name: /库存流水/ }).getByRole('cell')).toHaveText([
      '库存流水',
      '1',
      '0',
      '0',
      '0',
      '0',
    ]);
    const firstColumn = await preview.locator('tbody tr td:first-child').allTextContents();
    expect(firstColumn.slice(0, 4)).toEqual(['人员', '物资类别', '物资', '仓库']);
    await expect(dialog).not.toContainText(RAW_NAME);
    await shot('exchange-import-preview-labels');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog.getByText('已导入第 1 号数据包。')).toBeVisible();
    await dialog.getByRole('button', { name: '完成' }).click();

    const received = page.getByRole('table', { name: '收到的数据包' }).getByRole('row', { name: /宿城区红十字会/ });
    await onScreen(received.getByText('已导入'));
    await expect(received.locator('.inbox-counts')).toHaveText(/^人员 12 · 物资类别 \d+ · 物资 1 等 \d+ 类$/);
    await page.getByRole('table', { name: '各县报送情况' }).getByRole('button', { name: '生成回执' }).click();
    await expect(
      page.getByText(/已生成给 宿城区红十字会 的第 1 号回执，文件 .+\.boaipkg 已保存到浏览器的“下载”文件夹/),
    ).toBeVisible();
    await expect(page.getByText('请用 U 盘或电子邮件把它送回 宿城区红十字会', { exact: false })).toBeVisible();
    await expect(page.locator('main')).not.toContainText(RAW_NAME);
    await shot('exchange-inbox-labels');
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
