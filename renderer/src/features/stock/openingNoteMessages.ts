// Texts of what the opening import points out beside errors: the category proposed for each item it creates
// and lots already expired on the opening date.
import { defineMessages, type Translated } from '../../i18n/defineMessages';

const zhCN = {
  stock: {
    openingNotes: {
      categories: '将自动创建的物资及其类别（按名称推荐，导入后可在“物资”中修改）：',
      fromSheet: '表中填写',
      proposed: '推荐',
      expired: '以下 {{count}} 个批次在业务日期前已过期。仍会按实有数量导入，请尽快处理（报损或经批准后发放）：',
      expiredLine: '第 {{row}} 行 {{item}} 批号 {{lot}}，有效期至 {{date}}',
      noLot: '（无批号）',
    },
  },
};

const en: Translated<typeof zhCN> = {
  stock: {
    openingNotes: {
      categories: 'Items to be created and their categories (proposed from the name; change them later under Items):',
      fromSheet: 'from the sheet',
      proposed: 'proposed',
      expired:
        '{{count}} lots had expired before the date of the opening balance. They are imported as they are on the shelf; deal with them soon (write off, or issue with approval):',
      expiredLine: 'Row {{row}}: {{item}}, lot {{lot}}, expired {{date}}',
      noLot: '(no lot)',
    },
  },
};

export const openingNoteMessages = defineMessages({ 'zh-CN': zhCN, en });
