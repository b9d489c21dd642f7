// Texts of the city's county picker on the roster pages (志愿者, 会员, 救援队伍, 组织概览), in Chinese and English.
import { defineMessages, type Translated } from '../../i18n/defineMessages';

const zhCN = {
  rosterOffice: {
    label: '单位',
    readOnly: '这是{{name}}上报的名册，市红十字会只能查看和导出。',
  },
};

const en: Translated<typeof zhCN> = {
  rosterOffice: {
    label: 'Office',
    readOnly: 'Rosters reported by {{name}}: the city can view and export them, not change them.',
  },
};

export const rosterOfficeMessages = defineMessages({ 'zh-CN': zhCN, en });
