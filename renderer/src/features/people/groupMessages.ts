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
  },
});
