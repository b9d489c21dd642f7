// The warehouse overview and the public disclosure through a real browser: the dashboard shows a lot
// expiring soon, an expired lot and an item below quota; the disclosure names donors (匿名 where asked)
// and destinations but never a recipient, exports to xlsx and prints to PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PersonRow } from '@core/people/contract';
import { readXlsxRows } from '../fixtures/uiSheets';
import { expect, test } from './fixtures';
import { arrangeWarehouse, chinaDaysFromNow, openPage, printedPdf, receiveDonation, validId } from './stock-support';

test('the dashboard shows a lot expiring within 90 days, an expired lot and an item below its quota', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await receiveDonation(
    app,
    w,
    [
      { itemId: w.water.id, lotNumber: 'W-SOON', expiryDate: chinaDaysFromNow(30), quantity: 12, unitValue: 3000 },
      { itemId: w.rice.id, lotNumber: 'R-GONE', expiryDate: chinaDaysFromNow(-10), quantity: 3, unitValue: 6000 },
      { itemId: w.quilt.id, lotNumber: 'Q-1', expiryDate: null, quantity: 40, unitValue: 15000 },
    ],
    chinaDaysFromNow(-20),
  );
  await app.api('stock.quotas.set', { warehouseId: w.warehouse.id, itemId: w.quilt.id, quantity: 100 });

  await openPage(page, app, '仓库概览');
  const expiring = page.getByRole('region', { name: '90 天内到期的批次' });
  await expect(expiring.locator('.dash-count')).toHaveText('1');
  await expect(expiring).toContainText('矿泉水 批号 W-SOON');
  await expect(expiring).toContainText(`${chinaDaysFromNow(30)} 到期（还有 30 天）`);
  const expired = page.getByRole('region', { name: '已过期的批次' });
  await expect(expired).toContainText('大米 批号 R-GONE');
  await expect(page.getByRole('region', { name: '低于储备定额的物资' })).toContainText('棉被：现有 40 / 定额 100');
  await expect(page.getByRole('region', { name: '各类物资库存金额' })).toContainText('库存总金额 6,540.00 元');
  await expect(page.getByRole('img', { name: '各类物资库存金额' }).locator('svg')).toBeVisible();
  await shot('stock-dashboard');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Lots expiring within 90 days' })).toContainText('W-SOON');
  await shot('stock-dashboard-en');
  await page.getByRole('button', { name: '中文' }).click();

  // A shorter horizon leaves the lot out.
  await page.getByLabel('预警天数').fill('20');
  await expect(page.getByRole('region', { name: '20 天内到期的批次' }).locator('.dash-count')).toHaveText('0');
});

test('the disclosure: donors or 匿名, destinations with household counts, no recipient; xlsx and PDF', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await receiveDonation(
    app,
    w,
    [{ itemId: w.quilt.id, lotNumber: 'Q-A', expiryDate: null, quantity: 50, unitValue: 15000 }],
    '2026-10-10',
  );
  await receiveDonation(
    app,
    w,
    [{ itemId: w.water.id, lotNumber: 'W-A', expiryDate: '2027-10-01', quantity: 40, unitValue: 3000 }],
    '2026-10-12',
    w.anonymousDonor.id,
  );
  const idNumber = validId('19600505', '123');
  const { person } = (await app.api('people.create', {
    person: { name: '赵桂兰', idNumber, mobile: '13955556666', township: '埠子镇', village: '新河村' },
  })) as { person: PersonRow };
  const issue = async (header: Record<string, unknown>, lines: unknown[]) => {
    const detail = (await app.api('stock.documents.create', {
      header: { type: 'issue', documentDate: '2026-11-05', warehouseId: w.warehouse.id, ...header },
      lines,
    })) as { document: { id: string; rowVersion: number } };
    await app.api('stock.documents.approve', { id: detail.document.id, rowVersion: detail.document.rowVersion });
    await app.api('stock.documents.post', { id: detail.document.id });
  };
  const lot = async (itemId: string) =>
    ((await app.api('stock.lots.available', { warehouseId: w.warehouse.id, itemId })) as { lotId: string }[])[0]!.lotId;
  await issue({ destinationKind: 'household', householdPersonId: person.id }, [
    { itemId: w.quilt.id, lotId: await lot(w.quilt.id), quantity: 2 },
  ]);
  await issue({ destinationKind: 'event', eventId: w.event.id }, [
    { itemId: w.water.id, lotId: await lot(w.water.id), quantity: 30 },
  ]);

  await openPage(page, app, '捐赠与公示');
  const preview = page.locator('.disclosure-preview');
  await expect(preview).toContainText('宿城区爱心企业协会');
  await expect(preview).toContainText('匿名');
  await expect(preview).toContainText('2026年7月洪涝灾害');
  await expect(preview).not.toContainText('张某某');
  await expect(preview).not.toContainText('赵桂兰');
  await shot('stock-disclosure');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boai-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const sheet = (await readXlsxRows(file)).flat().join(' ');
  expect(sheet).toContain('宿城区爱心企业协会');
  expect(sheet).toContain('匿名');
  for (const secret of ['张某某', '13912345678', '赵桂兰', idNumber, '13955556666'])
    expect(sheet).not.toContain(secret);

  await page.getByRole('button', { name: '打印公示表' }).click();
  await shot('stock-disclosure-print');
  const { text, width, height } = await printedPdf(page);
  expect(width).toBeGreaterThan(height); // A4 landscape for the wide table
  for (const expected of [
    '宿城区红十字会',
    '捐赠款物公示表',
    '宿城区爱心企业协会',
    '匿名',
    '棉被',
    '矿泉水',
    '2026年7月洪涝灾害',
    '埠子镇',
    '7,500.00',
    '1,200.00',
  ]) {
    expect(text).toContain(expected);
  }
  for (const secret of ['张某某', '13912345678', '赵桂兰', idNumber, idNumber.slice(-6), '13955556666', '新河村'])
    expect(text).not.toContain(secret);
});
