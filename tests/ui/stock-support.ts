// Arranging a warehouse for the stock UI tests through the real API (the fixture's own session), and
// reading the text of a PDF the browser printed.
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import type { CategoryRow, DonorRow, EventRow, ItemRow, WarehouseRow } from '../../electron/core/stock/contract';
import { idCheckChar } from '../../rules/idNumber';
import { expect, signIn, type App } from './fixtures';

/** A valid ID number for a birth date and a sequence. */
export function validId(birth: string, sequence: string, area = '321302'): string {
  const first17 = area + birth + sequence;
  return first17 + idCheckChar(first17);
}

export interface Warehouse {
  warehouse: WarehouseRow;
  rice: ItemRow;
  quilt: ItemRow;
  water: ItemRow;
  donor: DonorRow;
  anonymousDonor: DonorRow;
  event: EventRow;
}

export async function arrangeWarehouse(app: App): Promise<Warehouse> {
  await app.setupOffice();
  const categories = (await app.api('stock.categories.list', {})) as CategoryRow[];
  const category = (name: string) => categories.find((c) => c.name === name)!.id;
  const warehouse = (await app.api('stock.warehouses.create', {
    code: 'WH1',
    name: '城南备灾仓库',
    keeper: '李保管',
  })) as WarehouseRow;
  const item = (
    code: string,
    name: string,
    cat: string,
    unit: string,
    unitValue: number,
    shelfLifeMonths: number | null,
    specification: string,
  ) =>
    app.api('stock.items.create', {
      code,
      name,
      categoryId: category(cat),
      unit,
      unitValue,
      shelfLifeMonths,
      specification,
    }) as Promise<ItemRow>;
  const rice = await item('SP-001', '大米', '食品', '袋', 6000, 12, '10kg/袋');
  const quilt = await item('MB-001', '棉被', '棉被', '床', 15000, null, '2m×2.3m');
  const water = await item('YS-001', '矿泉水', '饮用水', '箱', 3000, 12, '550ml×24瓶');
  const donor = (await app.api('stock.donors.create', {
    kind: 'organisation',
    name: '宿城区爱心企业协会',
    anonymous: false,
    contact: '王会长',
  })) as DonorRow;
  const anonymousDonor = (await app.api('stock.donors.create', {
    kind: 'person',
    name: '张某某',
    anonymous: true,
    phone: '13912345678',
  })) as DonorRow;
  const event = (await app.api('stock.events.create', {
    name: '2026年7月洪涝灾害',
    kind: '洪涝',
    date: '2026-07-10',
    place: '埠子镇',
  })) as EventRow;
  return { warehouse, rice, quilt, water, donor, anonymousDonor, event };
}

/** A donation received, approved and posted through the API; returns the document's id. */
export async function receiveDonation(
  app: App,
  w: Warehouse,
  lines: { itemId: string; lotNumber: string; expiryDate: string | null; quantity: number; unitValue: number }[],
  documentDate = '2026-11-02',
  donorId = w.donor.id,
): Promise<string> {
  const detail = (await app.api('stock.documents.create', {
    header: { type: 'receipt', documentDate, warehouseId: w.warehouse.id, sourceKind: 'donation', donorId },
    lines,
  })) as { document: { id: string; rowVersion: number } };
  const approved = (await app.api('stock.documents.approve', {
    id: detail.document.id,
    rowVersion: detail.document.rowVersion,
  })) as { document: { rowVersion: number } };
  void approved;
  await app.api('stock.documents.post', { id: detail.document.id });
  return detail.document.id;
}

/** Quilts from the first available lot issued to the warehouse's event, approved and posted through the API. */
export async function issueQuilts(app: App, w: Warehouse, quantity: number, documentDate: string) {
  const [lot] = (await app.api('stock.lots.available', { warehouseId: w.warehouse.id, itemId: w.quilt.id })) as {
    lotId: string;
  }[];
  const detail = (await app.api('stock.documents.create', {
    header: { type: 'issue', documentDate, warehouseId: w.warehouse.id, destinationKind: 'event', eventId: w.event.id },
    lines: [{ itemId: w.quilt.id, lotId: lot!.lotId, quantity }],
  })) as { document: { id: string; rowVersion: number } };
  await app.api('stock.documents.approve', { id: detail.document.id, rowVersion: detail.document.rowVersion });
  await app.api('stock.documents.post', { id: detail.document.id });
}

/** 30 quilts and 20 rice received, and a new count's list made in the editor: the count dialog and its two rows. */
export async function startCountInEditor(page: Page, app: App) {
  const w = await arrangeWarehouse(app);
  await receiveDonation(app, w, [
    { itemId: w.quilt.id, lotNumber: 'Q-1', expiryDate: null, quantity: 30, unitValue: 15000 },
    { itemId: w.rice.id, lotNumber: 'R-1', expiryDate: '2027-05-31', quantity: 20, unitValue: 6000 },
  ]);
  await openPage(page, app, '出入库单据');
  await page.getByRole('button', { name: '新建盘点单' }).click();
  await page
    .getByRole('dialog', { name: /新建盘点单/ })
    .getByRole('button', { name: '生成盘点清单' })
    .click();
  const count = page.getByRole('dialog', { name: /盘点单 PD-/ });
  return {
    count,
    quiltRow: count.locator('.lines-table tbody tr', { hasText: 'Q-1' }),
    riceRow: count.locator('.lines-table tbody tr', { hasText: 'R-1' }),
  };
}

export async function openPage(page: Page, app: App, label: string): Promise<void> {
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
}

/**
 * Glyphs the CJK font shares between a character and a radical or a traditional form come back from the
 * PDF as the other code point (黄 as U+2EE9 ⻩, 马 as U+2EE2 ⻢, 户 as 戶); NFKC does not map these.
 */
const SHARED_GLYPHS: Record<string, string> = {
  '\u2EE2': '马',
  '\u2EE9': '黄',
  '\u2EC5': '见',
  '\u2ED3': '长',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EEB': '齐',
  '\u2EED': '齿',
  '\u2EEF': '龙',
  '\u2EF3': '龟',
  '\u2EA0': '民',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2ED9': '韦',
  '\u2ED4': '门',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2EDD': '食',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2ED0': '钅',
  '\u2EB0': '纟',
  '\u2EE0': '饣',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF2': '龟',
  戶: '户',
};

/**
 * Prints the current page to PDF (print media, A4) and returns its text, pages joined, as a reader sees
 * it: NFKC (the font maps some glyphs to Kangxi radicals, 十 as U+2F17; NFKC also turns ：（） into :()),
 * shared glyphs read back as the simplified character, and letter-spaced titles (出 库 单) closed up.
 */
export async function printedText(page: Page, file?: string): Promise<string> {
  return (await printedPdf(page, file)).text;
}

/** The printed PDF's text (as printedText) and its first page's size in points. */
export async function printedPdf(
  page: Page,
  file?: string,
): Promise<{ text: string; width: number; height: number; pages: number }> {
  await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
  const pdf = await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const first = (await proxy.getPage(1)).getViewport({ scale: 1 });
  const { text } = await extractText(proxy, { mergePages: true });
  const readable = text
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF戶]/g, (c) => SHARED_GLYPHS[c] ?? c)
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  return { text: readable, width: first.width, height: first.height, pages: proxy.numPages };
}

/** The text of the grid's body cells in one column, in row order. */
export async function columnTexts(page: Page, colId: string): Promise<string[]> {
  return page.locator('.ag-row[row-index]').evaluateAll(
    (rows, col) =>
      rows
        .filter((row) => row.querySelector(`[col-id="${col}"]`))
        .map((row) => ({
          index: Number(row.getAttribute('row-index')),
          text: row.querySelector(`[col-id="${col}"]`)?.textContent ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.text),
    colId,
  );
}

/** The day `days` from today as the office sees it (China time, as the app and the browser count), yyyy-mm-dd. */
export function chinaDaysFromNow(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
