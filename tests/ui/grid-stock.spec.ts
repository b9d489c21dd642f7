// The warehouse grids by keyboard: a document list row opens from its row menu or with Enter, and a range over a
// number column is counted in the status bar, and summed only over one unit (30 床 and 20 袋 are not 50).
import { expect, test } from './fixtures';
import { arrangeWarehouse, openPage, receiveDonation } from './stock-support';

test('a document opens from the row menu and with Enter; quantities of different units are counted, not summed', async ({
  page,
  app,
  shot,
}) => {
  const w = await arrangeWarehouse(app);
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-1', expiryDate: null, quantity: 30, unitValue: 15000 },
  ]);
  await receiveDonation(
    app,
    w,
    [{ itemId: w.rice.id, lotNumber: 'R-1', expiryDate: '2027-05-31', quantity: 20, unitValue: 6000 }],
    '2026-11-03',
  );
  await openPage(page, app, '出入库单据');
  const firstRow = page.locator('.stock-grid-area .ag-row[row-index="0"] .ag-cell').first();
  await firstRow.click();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: '行操作' });
  await expect(menu.getByRole('menuitem')).toHaveText(['打开Enter']);
  await page.keyboard.press('Enter');
  const doc = page.getByRole('dialog', { name: /入库单 RK-/ });
  await expect(doc).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(doc).toBeHidden();
  await firstRow.click();
  await page.keyboard.press('Enter');
  await expect(doc).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('navigation').getByRole('link', { name: '库存与台账' }).click();
  const quantities = page.locator('.stock-grid-area .ag-row [col-id="quantity"]');
  await expect(quantities).toHaveCount(2);
  await quantities.first().click();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.grid-status')).toContainText('已选 2 格');
  await expect(page.locator('.grid-status')).toContainText('单位不同，不求和');
  await expect(page.locator('.grid-status')).not.toContainText('求和 50');
  await shot('grid-stock-status');
});
