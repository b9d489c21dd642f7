// Texts of the column menu (列设置) and column filters, shared by every grid, and the preference error.
import { defineMessages } from '../../i18n/defineMessages';

export const gridColumnMessages = defineMessages({
  'zh-CN': {
    gridColumns: {
      button: '列设置',
      title: '列设置',
      hint: '勾选要显示的列；用 ↑ ↓ 调整顺序。也可以拖动列标题换位置、拖动列边缘改宽度。设置会为您保存。',
      moveUp: '把“{{name}}”上移',
      moveDown: '把“{{name}}”下移',
      reset: '重置列',
      clearFilter: '清除此列筛选',
      blank: '（空白）',
      columnFilters: '列筛选 {{count}} 项',
    },
  },
  en: {
    gridColumns: {
      button: 'Columns',
      title: 'Columns',
      hint: 'Tick the columns to show; use ↑ ↓ to change their order. You can also drag a header to move it or its edge to resize it. Your layout is kept for you.',
      moveUp: 'Move “{{name}}” up',
      moveDown: 'Move “{{name}}” down',
      reset: 'Reset columns',
      clearFilter: 'Clear this filter',
      blank: '(blank)',
      columnFilters: '{{count}} column filter(s)',
    },
  },
});
