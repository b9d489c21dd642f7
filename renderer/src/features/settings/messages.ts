// Texts of the settings page.
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    settings: {
      title: '设置',
      language: '界面语言',
      languageHint: '切换后立即生效，下次启动时仍然使用。',
      about: '关于',
      version: '版本',
      office: '本单位',
      signedInAs: '当前用户',
      officeLine: '{{name}}（{{code}}，{{role}}）',
      userLine: '{{name}}（{{username}}）',
      aboutText: '博爱台账：县级红十字会与扶贫办公室的离线台账。数据保存在本机，可按规定上报。',
    },
  },
  en: {
    settings: {
      title: 'Settings',
      language: 'Display language',
      languageHint: 'Takes effect at once and is remembered for the next start.',
      about: 'About',
      version: 'Version',
      office: 'Office',
      signedInAs: 'Signed in as',
      officeLine: '{{name}} ({{code}}, {{role}})',
      userLine: '{{name}} ({{username}})',
      aboutText:
        'Boai Ledger: an offline ledger for county Red Cross and poverty-relief offices. Data stays on this computer and is reported upward as required.',
    },
  },
});
