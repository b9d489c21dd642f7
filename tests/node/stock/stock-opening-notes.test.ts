// The opening import proposes a category for each item it would create, from the item's name (an office
// category the name contains, else a built-in list of relief goods), uses it when creating, and warns about
// lots already expired on the opening date.
import { describe, expect, it } from 'vitest';
import { createCategory, listCategories } from '@core/stock/categories';
import { listItems } from '@core/stock/items';
import { proposeCategory } from '@core/stock/opening/categoryGuess';
import { importOpening } from '@core/stock/opening/import';
import { workbookBuffer } from '../../fixtures/xlsx';
import { stockOffice } from './stock-reports-support';

const DEFAULTS = ['帐篷', '棉被', '衣物', '食品', '饮用水', '急救包', '家庭急救箱', '装备', '其他'];

describe('category proposal', () => {
  it('takes an office category named in the item, else the relief-goods list, else 其他', () => {
    const propose = (name: string, categories = DEFAULTS) => proposeCategory(name, categories);
    expect(propose('单帐篷 3×4米')).toBe('帐篷');
    expect(propose('加厚被子')).toBe('棉被');
    expect(propose('儿童棉衣')).toBe('衣物');
    expect(['东北大米 10kg', '富强面粉', '食用油 5L', '方便面'].map((n) => propose(n))).toEqual([
      '食品',
      '食品',
      '食品',
      '食品',
    ]);
    expect(propose('矿泉水 550ml×24')).toBe('饮用水');
    expect(propose('家庭急救箱（标准）')).toBe('家庭急救箱');
    expect(propose('手电筒')).toBe('装备');
    expect(propose('汽油发电机')).toBe('装备');
    expect(propose('药品（感冒药）')).toBe('急救包'); // no 药品 category: the nearest the office has
    expect(propose('药品（感冒药）', [...DEFAULTS, '药品'])).toBe('药品');
    expect(propose('折叠床')).toBe('其他');
    expect(propose('折叠床', [...DEFAULTS, '床具'])).toBe('其他');
    expect(propose('折叠床具', [...DEFAULTS, '床具'])).toBe('床具');
  });
});

describe('opening import notes', () => {
  it('shows the proposed categories and expired lots before importing, and creates the items in those categories', async () => {
    const office = stockOffice();
    createCategory(office.admin, { name: '照明' });
    const bytes = await workbookBuffer([
      ['仓库', '物资名称', '批号', '有效期至', '数量', '单价（元）', '物资类别'],
      ['一号仓库', '棉帐篷', 'T1', null, 20, 600, null],
      ['一号仓库', '强光手电筒', 'L1', null, 30, 25, '照明'],
      ['一号仓库', '纯净水', 'W1', '2026-01-31', 10, 30, null],
      ['一号仓库', '纯净水', 'W2', '2027-01-31', 10, 30, null],
      ['一号仓库', '压缩饼干', 'F1', '2026-02-28', 5, 12, null],
    ]);
    const input = { fileName: '期初.xlsx', bytes, documentDate: '2026-03-01' };
    const checked = await importOpening(office.admin, { ...input, dryRun: true });
    expect(checked.imported).toBe(0);
    expect(checked.proposedCategories).toEqual([
      { item: '棉帐篷', category: '帐篷', proposed: true },
      { item: '强光手电筒', category: '照明', proposed: false },
      { item: '纯净水', category: '饮用水', proposed: true },
      { item: '压缩饼干', category: '食品', proposed: true },
    ]);
    expect(checked.expiredLots).toEqual([
      { row: 4, item: '纯净水', lot: 'W1', expiryDate: '2026-01-31' },
      { row: 6, item: '压缩饼干', lot: 'F1', expiryDate: '2026-02-28' },
    ]);

    const done = await importOpening(office.admin, { ...input, createMissing: true });
    expect(done.imported).toBe(5);
    const categoryOf = new Map(listCategories(office.admin).map((c) => [c.id, c.name]));
    const created = listItems(office.admin, {}).filter((i) =>
      ['棉帐篷', '强光手电筒', '纯净水', '压缩饼干'].includes(i.name),
    );
    expect(new Map(created.map((i) => [i.name, categoryOf.get(i.categoryId)]))).toEqual(
      new Map([
        ['棉帐篷', '帐篷'],
        ['强光手电筒', '照明'],
        ['纯净水', '饮用水'],
        ['压缩饼干', '食品'],
      ]),
    );
  });
});
