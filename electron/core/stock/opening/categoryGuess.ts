// The category proposed for an item the opening import creates, from its name: an office category whose
// name the item's name contains (帐篷 → 帐篷), else a built-in list of common relief goods, else 其他.
// Without it every auto-created item lands in 其他 and the dashboard's value by category says nothing.

/** Where an item goes when nothing in its name says more. */
export const DEFAULT_CATEGORY = '其他';

/** Words in an item's name → the categories it belongs in, the first the office has winning. */
const RELIEF_GOODS: readonly (readonly [words: readonly string[], categories: readonly string[]])[] = [
  [
    ['家庭急救箱', '急救箱'],
    ['家庭急救箱', '急救包'],
  ],
  [
    ['急救包', '急救袋'],
    ['急救包', '家庭急救箱'],
  ],
  [['帐篷', '篷房', '救灾篷'], ['帐篷']],
  [['棉被', '被子', '被褥', '毛毯', '毯子', '睡袋', '凉席'], ['棉被']],
  [['衣物', '棉衣', '衣服', '羽绒服', '大衣', '雨衣', '棉裤', '鞋'], ['衣物']],
  [['饮用水', '矿泉水', '纯净水', '桶装水', '瓶装水'], ['饮用水']],
  [['食品', '大米', '面粉', '食用油', '方便面', '挂面', '饼干', '罐头', '压缩干粮', '粮油', '奶粉'], ['食品']],
  [
    ['药品', '药', '消毒液', '口罩'],
    ['药品', '急救包'],
  ],
  [['照明', '手电筒', '应急灯', '头灯', '发电机', '救生衣', '冲锋舟', '雨靴', '铁锹', '编织袋', '水泵'], ['装备']],
];

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The category name for `itemName` among the office's `categories` (names); 其他 when nothing fits. */
export function proposeCategory(itemName: string, categories: readonly string[]): string {
  const name = key(itemName);
  const named = categories
    .filter((c) => c !== DEFAULT_CATEGORY && key(c).length > 0 && name.includes(key(c)))
    .sort((a, b) => b.length - a.length)[0];
  if (named) return named;
  const held = new Map(categories.map((c) => [key(c), c]));
  for (const [words, wanted] of RELIEF_GOODS) {
    if (!words.some((word) => name.includes(word))) continue;
    const found = wanted.map((c) => held.get(key(c))).find((c) => c !== undefined);
    if (found) return found;
  }
  return held.get(key(DEFAULT_CATEGORY)) ?? DEFAULT_CATEGORY;
}
