// Texts of 导入历史服务时长 (the hours import dialog) and the roster's 导出 Excel, in Chinese and English.
import { defineMessages, type Translated } from '../../../i18n/defineMessages';

const zhCN = {
  volunteerExport: {
    button: '导出 Excel',
    done: '已导出 {{rows}} 名志愿者到 {{fileName}}（身份证号已遮挡）。',
  },
  volunteerHoursImport: {
    button: '导入历史服务时长',
    fileName: '选择服务时长文件',
    title: '导入历史服务时长',
    checked:
      '共 {{rows}} 行：{{valid}} 行可以导入，合计 {{hours}} 小时；{{invalid}} 行有问题（见下）。核对后点“导入”。',
    status: '导入后的状态',
    approved: '已通过（记为本人审核通过，计入时长）',
    pending: '待审核（交审核人审核后才计入时长）',
    commit: '导入 {{count}} 条服务记录',
    summaryApproved:
      '共 {{rows}} 行：导入 {{imported}} 条服务记录，合计 {{hours}} 小时，已记为审核通过；{{invalid}} 行有问题未导入。',
    summaryPending:
      '共 {{rows}} 行：导入 {{imported}} 条服务记录，合计 {{hours}} 小时，等待审核；{{invalid}} 行有问题未导入。',
    activitiesAdded: '新建服务活动 {{count}} 个。',
    field: {
      volunteer: '志愿者（身份证号/志愿者编号）',
      activity: '活动名称',
      date: '服务日期',
      start: '开始时间',
      end: '结束时间',
      hours: '服务时长',
    },
  },
};

const en: Translated<typeof zhCN> = {
  volunteerExport: {
    button: 'Export Excel',
    done: '{{rows}} volunteers exported to {{fileName}} (ID numbers masked).',
  },
  volunteerHoursImport: {
    button: 'Import past service hours',
    fileName: 'Choose a service hours file',
    title: 'Import past service hours',
    checked:
      '{{rows}} rows: {{valid}} can be imported, {{hours}} hours in all; {{invalid}} have problems (below). Check, then click Import.',
    status: 'Status after import',
    approved: 'Approved (approved by you, counted in the totals)',
    pending: 'Pending (counted once an approver approves them)',
    commit: 'Import {{count}} service records',
    summaryApproved:
      '{{rows}} rows: {{imported}} service records imported, {{hours}} hours in all, approved; {{invalid}} rows with problems left out.',
    summaryPending:
      '{{rows}} rows: {{imported}} service records imported, {{hours}} hours in all, waiting for approval; {{invalid}} rows with problems left out.',
    activitiesAdded: '{{count}} activities added.',
    field: {
      volunteer: 'Volunteer (ID number / volunteer number)',
      activity: 'Activity',
      date: 'Date',
      start: 'Start time',
      end: 'End time',
      hours: 'Hours',
    },
  },
};

export const volunteerFileMessages = defineMessages({ 'zh-CN': zhCN, en });
