// Texts of 分组计数 (people counted per township, village ...) and the column-filter errors of the people grid.
import { defineMessages } from '../../i18n/defineMessages';

export const peopleGroupMessages = defineMessages({
  'zh-CN': {
    people: {
      groups: {
        button: '分组计数',
        title: '分组计数',
        by: '按此列分组',
        count: '人数',
        total: '合计',
        scope: '当前列表（按当前的搜索和筛选）共 {{count}} 人。',
        fileTitle: '按{{column}}分组人数',
        exported: '已导出 {{fileName}}',
      },
    },
    errors: {
      ID_FILTER_TAIL_ONLY: '身份证号筛选只能填写后 4 位，或完整的 18 位号码。',
      BIRTH_DATE_FILTER_HIDDEN: '不能按出生日期筛选：出生日期就是身份证号中隐藏的数字。请清除出生日期列的筛选（或导出完整身份证号）。',
    },
  },
  en: {
    people: {
      groups: {
        button: 'Group counts',
        title: 'Group counts',
        by: 'Group by',
        count: 'People',
        total: 'Total',
        scope: 'The current list (with its search and filters) has {{count}} people.',
        fileTitle: 'People by {{column}}',
        exported: 'Exported {{fileName}}',
      },
    },
    errors: {
      ID_FILTER_TAIL_ONLY: 'An ID number filter takes the last 4 characters or the whole 18-character number.',
      BIRTH_DATE_FILTER_HIDDEN: 'Birth date cannot be filtered here: it is the hidden digits of the ID number. Clear the birth-date filter (or export full ID numbers).',
    },
  },
});
