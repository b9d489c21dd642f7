// Texts of the import's update mode (更新已登记人员), its diff and first-rows preview, and its error codes;
// merged into people.importWizard.* and errors.* (kept apart from people/messages.ts: one idea per file).
import { defineMessages } from '@renderer/i18n/defineMessages';

const zhCN = {
  people: {
    importWizard: {
      update: {
        choice: '更新已登记人员',
        hint: '按身份证号找到已登记的人员，用文件中的值更新；空白单元格不会清空已有内容（除非该列勾选“清空空白”）。文件中新的身份证号作为新人员添加。',
        clearBlanks: '清空空白',
        clearBlanksHint: '勾选后，这一列的空白单元格会把已登记的内容清空。',
        counts: { added: '新增', updated: '更新', unchanged: '无变化', invalid: '有问题', warnings: '提醒' },
        changesTitle: '将要更新的人员（{{count}} 人）',
        changesHint: '取消勾选的行不会写入，该人员保持原样。',
        acceptAll: '全部接受',
        accept: '更新第 {{row}} 行 {{name}}',
        change: '变更',
        empty: '（空）',
        moreChanges: '只列出前 {{shown}} 人，其余 {{rest}} 人也会按文件更新。',
        noChanges: '没有需要更新的已登记人员。',
        start: '更新 {{updated}} 人，新增 {{added}} 人',
        nothingToWrite: '没有需要写入的内容',
        done: '已更新 {{updated}} 人，新增 {{imported}} 人，{{unchanged}} 人无变化。',
        skipped: '{{count}} 行未勾选，没有写入。',
      },
      sampleTitle: '前 {{count}} 行（将保存的值）',
      action: { add: '新增', update: '更新', unchanged: '无变化', invalid: '有问题' },
      actionColumn: '处理',
    },
  },
};

export const reimportMessages = defineMessages({
  'zh-CN': zhCN,
  en: {
    people: {
      importWizard: {
        update: {
          choice: 'Update registered people',
          hint: 'People already registered are found by ID number and updated with the file’s values; a blank cell never empties a stored value (unless its column is set to “Clear blanks”). New ID numbers are added as new people.',
          clearBlanks: 'Clear blanks',
          clearBlanksHint: 'When ticked, a blank cell in this column empties the stored value.',
          counts: {
            added: 'New',
            updated: 'Updated',
            unchanged: 'Unchanged',
            invalid: 'Problems',
            warnings: 'Warnings',
          },
          changesTitle: 'People to update ({{count}})',
          changesHint: 'Unticked rows are not written; those people stay as they are.',
          acceptAll: 'Accept all',
          accept: 'Update row {{row}} {{name}}',
          change: 'Changes',
          empty: '(empty)',
          moreChanges: 'Only the first {{shown}} are listed; the other {{rest}} are updated from the file too.',
          noChanges: 'No registered person needs updating.',
          start: 'Update {{updated}}, add {{added}}',
          nothingToWrite: 'Nothing to write',
          done: '{{updated}} people updated, {{imported}} added, {{unchanged}} unchanged.',
          skipped: '{{count}} unticked rows were not written.',
        },
        sampleTitle: 'First {{count}} rows (values as they will be stored)',
        action: { add: 'New', update: 'Update', unchanged: 'Unchanged', invalid: 'Problem' },
        actionColumn: 'Action',
      },
    },
  },
});
