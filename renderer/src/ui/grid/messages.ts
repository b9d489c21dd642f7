// Texts of the pieces every grid shares (row menu, skip link, status bar, fill-down, undo). zh-CN first.
import { defineMessages, type Translated } from '../../i18n/defineMessages';

const zhCN = {
  grid: {
    skipToGrid: '跳到表格',
    rowMenu: '行操作',
    open: '打开',
    listSeparator: '；',
    declined: '提示未确认',
    hint: 'Shift+↑↓ 选择 · Ctrl+D 向下填充 · Ctrl+Z 撤销 · Shift+F10 行操作',
    status: {
      cells: '已选 {{count}} 格',
      filled: '有值 {{count}}',
      sum: '求和 {{sum}} {{unit}}',
      mixedUnits: '单位不同，不求和',
    },
    fillDown: {
      done: '向下填充：已保存 {{saved}} 行',
      refused: '向下填充：已保存 {{saved}} 行，{{refused}} 行未保存（{{reasons}}）',
      nothing: '向下填充：请先用 Shift+方向键或 Shift+点击 在一列中选中几行',
      readOnly: '不能修改的行',
    },
    undo: {
      done: '已撤销：{{field}} 改回“{{value}}”',
      nothing: '没有可以撤销的修改',
      gone: '要撤销的这一行已不在表格中（可能被筛选掉了）',
    },
  },
};

const en: Translated<typeof zhCN> = {
  grid: {
    skipToGrid: 'Skip to the table',
    rowMenu: 'Row actions',
    open: 'Open',
    listSeparator: '; ',
    declined: 'the warning was not accepted',
    hint: 'Shift+↑↓ select · Ctrl+D fill down · Ctrl+Z undo · Shift+F10 row actions',
    status: {
      cells: '{{count}} cells selected',
      filled: 'Filled {{count}}',
      sum: 'Sum {{sum}} {{unit}}',
      mixedUnits: 'different units, not summed',
    },
    fillDown: {
      done: 'Fill down: {{saved}} rows saved',
      refused: 'Fill down: {{saved}} rows saved, {{refused}} not saved ({{reasons}})',
      nothing: 'Fill down: first select a few rows of one column with Shift+arrow keys or Shift+click',
      readOnly: 'rows that cannot be changed',
    },
    undo: {
      done: 'Undone: {{field}} set back to “{{value}}”',
      nothing: 'Nothing to undo',
      gone: 'The row to undo is no longer in the table (a filter may hide it)',
    },
  },
};

export const messages = defineMessages({ 'zh-CN': zhCN, en });
