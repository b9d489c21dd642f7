// Texts of custom fields wherever they appear: the settings section, the forms, the grids. The error sentences
// are the backend's (electron/api/messages/errors/customFields.ts).
import { customFieldErrors } from '@api/messages/errors/customFields';
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    errors: customFieldErrors['zh-CN'],
    customFields: {
      title: '自定义字段',
      intro:
        '为人员库添加本单位需要的字段：录入表单中填写，可以显示在表格中，随导出、导入和上报一起。删除的字段只是隐藏，已填的内容仍然保留。',
      adminOnly: '只有管理员可以添加或修改字段。',
      add: '添加字段',
      edit: '修改',
      hide: '隐藏',
      show: '恢复显示',
      empty: '还没有自定义字段。',
      addTitle: '添加字段',
      editTitle: '修改字段“{{label}}”',
      labelZh: '中文名称',
      labelEn: '英文名称',
      type: '类型',
      choices: '选项（每行一个）',
      required: '必填',
      inGrid: '在表格中显示',
      hidden: '已隐藏',
      typeFixed: '字段建好后类型不能再改。',
      none: '（未填）',
      yes: '是',
      no: '否',
      types: { text: '文字', number: '数字', date: '日期', choice: '从列表中选择', yesno: '是/否' },
      columns: { label: '名称', type: '类型', required: '必填', inGrid: '表格中显示', state: '状态' },
      saved: '字段“{{label}}”已保存。',
      hiddenDone: '字段“{{label}}”已隐藏，已填的内容仍然保留。',
    },
  },
  en: {
    errors: customFieldErrors.en,
    customFields: {
      title: 'Custom fields',
      intro:
        'Add the fields your office needs to the people registry: filled in the form, shown in the grid if you like, exported, imported and reported with the rest. A removed field is only hidden; what was filled in is kept.',
      adminOnly: 'Only an administrator adds or changes fields.',
      add: 'Add field',
      edit: 'Edit',
      hide: 'Hide',
      show: 'Show again',
      empty: 'No custom fields yet.',
      addTitle: 'Add field',
      editTitle: 'Edit field “{{label}}”',
      labelZh: 'Chinese name',
      labelEn: 'English name',
      type: 'Type',
      choices: 'Choices (one a line)',
      required: 'Required',
      inGrid: 'Show in the grid',
      hidden: 'Hidden',
      typeFixed: 'A field’s type cannot change once it exists.',
      none: '(none)',
      yes: 'Yes',
      no: 'No',
      types: { text: 'Text', number: 'Number', date: 'Date', choice: 'Choice from a list', yesno: 'Yes/no' },
      columns: { label: 'Name', type: 'Type', required: 'Required', inGrid: 'In grid', state: 'State' },
      saved: 'Field “{{label}}” saved.',
      hiddenDone: 'Field “{{label}}” is hidden; what was filled in is kept.',
    },
  },
});
