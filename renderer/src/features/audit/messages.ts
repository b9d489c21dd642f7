// Texts of the audit viewer (操作日志).
import { auditErrors } from '@api/messages/errors/audit';
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    nav: { audit: '操作日志' },
    audit: {
      title: '操作日志',
      user: '用户',
      method: '操作',
      allMethods: '全部操作',
      from: '开始日期',
      to: '结束日期',
      recordId: '记录编号',
      apply: '查询',
      at: '时间',
      table: '数据',
      before: '修改前',
      after: '修改后',
      range: '第 {{from}}–{{to}} 条，共 {{total}} 条',
      previous: '上一页',
      next: '下一页',
      export: '导出 Excel',
      exported: '已导出 {{rows}} 条到 {{fileName}}。',
    },
    errors: auditErrors['zh-CN'],
  },
  en: {
    nav: { audit: 'Audit log' },
    audit: {
      title: 'Audit log',
      user: 'User',
      method: 'Operation',
      allMethods: 'All operations',
      from: 'From',
      to: 'To',
      recordId: 'Record ID',
      apply: 'Search',
      at: 'Time',
      table: 'Data',
      before: 'Before',
      after: 'After',
      range: '{{from}}–{{to}} of {{total}}',
      previous: 'Previous',
      next: 'Next',
      export: 'Export Excel',
      exported: '{{rows}} entries exported to {{fileName}}.',
    },
    errors: auditErrors.en,
  },
});
