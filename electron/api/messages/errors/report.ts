// The error codes of the annual report (REPORT_*): the period, and which office's report may be read where.
import type { Translated } from '../translated';

const zhCN = {
  REPORT_RANGE_INVALID: '统计期间有误：请填写年度，或起止日期（开始日期不能晚于结束日期）。',
  REPORT_COUNTY_OWN_ONLY: '县级单位只能查看本单位的年度报表。',
  REPORT_CITY_ONLY: '各县区对比只在市级单位查看；县级单位请查看本单位的年度报表。',
  REPORT_OFFICE_NOT_HELD: '本市没有单位 {{office}} 的数据：它不是本市信任的县区，也没有上报过数据包。',
};

const en: Translated<typeof zhCN> = {
  REPORT_RANGE_INVALID:
    'The period is not valid: give a year, or a start and an end date (the start not after the end).',
  REPORT_COUNTY_OWN_ONLY: 'A county office reads only its own annual report.',
  REPORT_CITY_ONLY: 'The counties side by side are read at the city office; a county reads its own annual report.',
  REPORT_OFFICE_NOT_HELD:
    'The city holds nothing of office {{office}}: it is not a county the city trusts and has sent no package.',
};

export const reportErrors = { 'zh-CN': zhCN, en };
