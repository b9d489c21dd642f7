// The opening-balance sheet's columns, found from the headers offices use (Chinese and English): which
// row is the header (under a title or notes), and which column holds which field.
import { HEADER_SCAN_ROWS, normaliseHeader } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';

export const OPENING_FIELDS = [
  'warehouse',
  'itemCode',
  'itemName',
  'item',
  'lot',
  'expiry',
  'quantity',
  'unitValue',
  'donor',
  'unit',
  'category',
  'specification',
] as const;
/**
 * `item` is a column that may hold a code or a name; itemCode and itemName are columns that say which.
 * unit, category and specification are read only to create items the catalog lacks.
 */
export type OpeningField = (typeof OPENING_FIELDS)[number];

export type OpeningColumns = Partial<Record<OpeningField, number>>;

const HEADERS: Record<OpeningField, string[]> = {
  warehouse: ['仓库', '仓库名称', '所在仓库', '库房', '存放仓库', 'warehouse', 'store', 'depot'],
  itemCode: [
    '物资编码',
    '物资代码',
    '物品编码',
    '物品代码',
    '编码',
    '代码',
    '货号',
    '物资编号',
    'itemcode',
    'code',
    'sku',
  ],
  itemName: ['物资名称', '物品名称', '名称', '品名', '物资品名', '品名规格', 'itemname', 'name'],
  item: ['物资', '物品', '物资编码或名称', '物资(编码或名称)', 'item'],
  lot: [
    '批号',
    '批次',
    '批次号',
    '生产批号',
    '批号/批次',
    'lot',
    'lotnumber',
    'lotno',
    'batch',
    'batchno',
    'batchnumber',
  ],
  expiry: [
    '有效期',
    '有效期至',
    '失效日期',
    '过期日期',
    '到期日期',
    '有效日期',
    '保质期至',
    'expiry',
    'expirydate',
    'expires',
    'bestbefore',
  ],
  quantity: ['数量', '库存数量', '期初数量', '结存数量', '期初库存', '库存', '实存数量', 'qty', 'quantity'],
  unitValue: [
    '单价',
    '单价(元)',
    '单位价值',
    '单位价值(元)',
    '单价元',
    '价值',
    'unitvalue',
    'unitprice',
    'price',
    'value',
  ],
  donor: [
    '捐赠方',
    '捐赠人',
    '捐赠单位',
    '捐赠者',
    '捐赠人/单位',
    '捐赠人(单位)',
    '来源',
    '捐赠来源',
    'donor',
    'source',
  ],
  unit: ['单位', '计量单位', '基本单位', 'unit', 'uom'],
  category: ['类别', '物资类别', '分类', '品类', '物资分类', 'category'],
  specification: ['规格', '规格型号', '型号', 'specification', 'spec'],
};

// Words that name a field inside a longer header (物资名称及规格, 有效期（至）).
const KEYWORDS: [string, OpeningField][] = [
  ['仓库', 'warehouse'],
  ['编码', 'itemCode'],
  ['代码', 'itemCode'],
  ['名称', 'itemName'],
  ['品名', 'itemName'],
  ['批', 'lot'],
  ['有效期', 'expiry'],
  ['失效', 'expiry'],
  ['到期', 'expiry'],
  ['过期', 'expiry'],
  ['数量', 'quantity'],
  ['单价', 'unitValue'],
  ['价值', 'unitValue'],
  ['捐赠', 'donor'],
];

const EXACT = new Map<string, OpeningField>(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field as OpeningField])),
);

function fieldFor(cell: Cell | undefined): OpeningField | null {
  const text = cellText(cell);
  if (text === null || text.length > 30) return null;
  const header = normaliseHeader(text);
  return (
    EXACT.get(header) ??
    EXACT.get(header.replace(/\(.*?\)/g, '')) ??
    KEYWORDS.find(([word]) => header.includes(word))?.[1] ??
    null
  );
}

/** Each field's first column in a header row. */
export function headerColumns(header: readonly Cell[]): OpeningColumns {
  const columns: OpeningColumns = {};
  header.forEach((cell, index) => {
    const field = fieldFor(cell);
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

export function hasItemColumn(columns: OpeningColumns): boolean {
  return columns.item !== undefined || columns.itemCode !== undefined || columns.itemName !== undefined;
}

/** The row among the first ones naming the most fields, with an item and a quantity column; null for none. */
export function findOpeningHeader(rows: readonly SheetRow[]): number | null {
  let best: number | null = null;
  let bestScore = 2;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const columns = headerColumns(row.cells);
    const score = Object.keys(columns).length;
    if (score > bestScore && hasItemColumn(columns) && columns.quantity !== undefined) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Fields without which no row can be read. */
export function missingColumns(columns: OpeningColumns): string[] {
  const missing: string[] = [];
  if (columns.warehouse === undefined) missing.push('warehouse');
  if (!hasItemColumn(columns)) missing.push('item');
  if (columns.quantity === undefined) missing.push('quantity');
  return missing;
}
