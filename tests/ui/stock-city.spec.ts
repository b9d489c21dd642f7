// The city's 库存与台账, 仓库概览 and 捐赠与公示 show the stock two counties reported, per county or (on hand)
// all of them, with the office column and filter like the people grid, and say the county's stock is read-only.
import type { CoreContext } from '@core/context';
import { listCategories } from '@core/stock/categories';
import { createDocument } from '@core/stock/documents/drafts';
import { approveDocument } from '@core/stock/documents/workflow';
import { createDonor } from '@core/stock/donors';
import { createItem } from '@core/stock/items';
import { postDocument } from '@core/stock/posting/post';
import { createWarehouse } from '@core/stock/warehouses';
import { cityOffice, countyOf } from './city-support';
import { expect, signIn, test } from './fixtures';
import { columnTexts } from './stock-support';

/** A county that received tents (in its own unit) from a foundation, reported to the city. */
async function countyReports(
  city: CoreContext,
  code: string,
  name: string,
  unit: string,
  tents: number,
  cleanup: (() => void)[],
): Promise<void> {
  const county = countyOf(city, code, name, cleanup, ['warehouse', 'approver']);
  const ctx = county.ctx;
  const tent = createItem(ctx, {
    code: 'ZP01',
    name: '单帐篷',
    categoryId: listCategories(ctx)[0]!.id,
    unit,
    unitValue: 100000,
  });
  const warehouse = createWarehouse(ctx, { code: 'A', name: `${name.slice(0, 3)}备灾仓库` });
  const donor = createDonor(ctx, { kind: 'organisation', name: '爱心基金会', anonymous: false });
  const receipt = createDocument(
    ctx,
    {
      type: 'receipt',
      documentDate: '2026-11-02',
      warehouseId: warehouse.id,
      sourceKind: 'donation',
      donorId: donor.id,
    },
    [{ itemId: tent.id, quantity: tents, lotNumber: `${code}-1`, expiryDate: '2030-12-31' }],
  );
  approveDocument(ctx, receipt.document.id);
  postDocument(ctx, receipt.document.id);
  await county.report();
}

test("the city sees each county's stock, read-only, with the office column and filter", async ({ page, app, shot }) => {
  const cleanup: (() => void)[] = [];
  try {
    const city = await cityOffice(app, ['warehouse', 'approver']);
    await countyReports(city, '321302', '宿城区红十字会', '顶', 12, cleanup);
    await countyReports(city, '321311', '宿豫区红十字会', '套', 7, cleanup);
    await app.addUser('keeper', ['warehouse', 'approver'], 'Keeper-pass-1');

    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, app, 'keeper', 'Keeper-pass-1');
    await page.getByRole('navigation').getByRole('link', { name: '库存与台账' }).click();

    const office = page.getByLabel('单位', { exact: true });
    await expect(office).toHaveValue('all');
    await expect(page.locator('.ag-row[row-index]')).toHaveCount(2);
    expect(await columnTexts(page, 'officeCode')).toEqual(['宿城区红十字会', '宿豫区红十字会']);
    expect(await columnTexts(page, 'unit')).toEqual(['顶', '套']);
    // A warehouse or item belongs to one office: those filters appear once an office is chosen.
    await expect(page.getByLabel('仓库', { exact: true })).toHaveCount(0);
    await shot('stock-city-all');

    await office.selectOption({ label: '宿豫区红十字会' });
    await expect(page.getByText('这是县里上报的库存，市里只能查看。')).toBeVisible();
    await expect(page.locator('.ag-row[row-index]')).toHaveCount(1);
    await expect(page.getByLabel('仓库', { exact: true }).locator('option')).toHaveText(['全部仓库', '宿豫区备灾仓库']);
    expect(await columnTexts(page, 'quantity')).toEqual(['7']);
    expect(await columnTexts(page, 'warehouseName')).toEqual(['宿豫区备灾仓库']);
    await shot('stock-city-county');

    await page.locator('.ag-row[row-index="0"] [col-id="itemName"]').dblclick();
    await expect(page.getByRole('tab', { name: '物资台账', selected: true })).toBeVisible();
    await expect(office).toHaveValue('321311');
    await expect(
      page.locator('.ag-row[row-index] [col-id="counterparty"]').filter({ hasText: '爱心基金会' }),
    ).toBeVisible();
    await shot('stock-city-card');

    await page.getByRole('navigation').getByRole('link', { name: '捐赠与公示' }).click();
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '宿城区红十字会' });
    await expect(page.locator('.disclosure-preview')).toContainText('爱心基金会');
    await expect(page.locator('.disclosure-preview')).toContainText('12');
    await shot('stock-city-disclosure');

    await page.getByRole('navigation').getByRole('link', { name: '仓库概览' }).click();
    const dashboard = page.locator('.dash-grid');
    await expect(dashboard).toBeVisible();
    await expect(dashboard).not.toContainText('帐篷'); // the city's own warehouse holds nothing
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '宿豫区红十字会' });
    await expect(dashboard).toContainText('帐篷');
    await expect(dashboard).toContainText('7,000');
    await shot('stock-city-dashboard');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Stock & ledger' }).click();
    await page.getByLabel('Office', { exact: true }).selectOption({ label: '宿城区红十字会' });
    await expect(page.getByText('Stock reported by a county: the city can view it, not change it.')).toBeVisible();
    await expect(page.locator('.ag-row[row-index]')).toHaveCount(1);
    expect(await columnTexts(page, 'quantity')).toEqual(['12']);
    await shot('stock-city-county-en');
  } finally {
    for (const close of cleanup) close();
  }
});
