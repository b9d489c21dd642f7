// Texts of 组织概览 (the organisation dashboard), in Chinese and English.
import { defineMessages, type Translated } from '../../i18n/defineMessages';

const zhCN = {
  nav: { organisation: '组织概览' },
  organisation: {
    title: '组织概览',
    loading: '正在读取…',
    year: '{{year}} 年',
    people: '人',
    records: '条',
    hours: '小时',
    open: '打开：{{what}}',
    volunteers: {
      title: '志愿者',
      active: '在册志愿者',
      registeredThisYear: '本年新注册',
      activeList: '在册志愿者名单',
      registeredList: '本年注册的志愿者名单',
      note: '在册不含暂停、注销的志愿者；本年新注册按注册日期计，含其中已暂停的。',
    },
    pending: {
      title: '待审核服务时长',
      records: '待审核记录',
      hours: '待审核时长',
      list: '服务时长审核',
      none: '没有等待审核的服务记录。',
      note: '各日期的待审核记录；审核通过后才计入服务时长和星级。',
    },
    approved: {
      title: '{{year}} 年已审核服务时长',
      total: '全年合计',
      list: '星级与时长',
      byMonth: '各月已审核服务时长（小时）',
      none: '今年还没有审核通过的服务时长。',
      note: '只计审核通过的记录；待审核、已退回和已作废的不计。',
    },
    members: {
      title: '会员',
      members: '会员',
      individual: '个人会员',
      youth: '青少年会员',
      group: '团体会员',
      lapsed: '已失效',
      aboutToLapse: '即将失效',
      note: '失效：连续两年未交会费（青少年会员不因会费失效）；即将失效：去年会费未交。',
    },
  },
};

const en: Translated<typeof zhCN> = {
  nav: { organisation: 'Overview' },
  organisation: {
    title: 'Organisation overview',
    loading: 'Loading…',
    year: '{{year}}',
    people: 'people',
    records: 'records',
    hours: 'hours',
    open: 'Open: {{what}}',
    volunteers: {
      title: 'Volunteers',
      active: 'Active volunteers',
      registeredThisYear: 'Registered this year',
      activeList: 'the active volunteers',
      registeredList: 'the volunteers registered this year',
      note: 'Active leaves out the suspended and deregistered; registered this year counts by registration date, suspended or not.',
    },
    pending: {
      title: 'Hours waiting for approval',
      records: 'Records waiting',
      hours: 'Hours waiting',
      list: 'Approve hours',
      none: 'No service records are waiting for approval.',
      note: 'Records of any date still waiting; hours count toward totals and stars once approved.',
    },
    approved: {
      title: 'Approved service hours in {{year}}',
      total: 'Year to date',
      list: 'Stars and hours',
      byMonth: 'Approved hours by month',
      none: 'No service hours have been approved this year yet.',
      note: 'Approved records only; waiting, rejected and voided ones are not counted.',
    },
    members: {
      title: 'Members',
      members: 'Members',
      individual: 'Individual',
      youth: 'Youth',
      group: 'Group',
      lapsed: 'Lapsed',
      aboutToLapse: 'About to lapse',
      note: 'Lapsed: two years of dues unpaid (youth members do not lapse for dues); about to lapse: last year unpaid.',
    },
  },
};

export const organisationMessages = defineMessages({ 'zh-CN': zhCN, en });
