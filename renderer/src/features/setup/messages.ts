// Texts of the first-run screen (setting up the office and its first administrator).
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    setup: {
      title: '首次使用：设置本单位',
      intro: '这台电脑上还没有单位数据。请填写本单位信息，并创建第一位管理员账号。',
      office: '单位信息',
      officeName: '单位名称',
      officeNameHint: '例如：宿城区红十字会',
      code: '行政区划代码',
      codeHint: '6 位数字（GB/T 2260），例如 321302',
      role: '单位级别',
      admin: '第一位管理员',
      username: '管理员用户名',
      displayName: '管理员姓名',
      password: '设置密码',
      confirm: '再次输入密码',
      submit: '完成设置',
      confirmTitle: '确认单位信息',
      codeIsFinal: '单位代码（行政区划代码）设定后不能修改，单位名称以后可由管理员在“设置”中更正。请核对后再创建。',
      back: '返回修改',
      create: '确认创建',
      errors: {
        nameRequired: '请填写单位名称。',
        codeFormat: '行政区划代码必须是 6 位数字。',
        usernameRequired: '请填写管理员用户名。',
      },
    },
  },
  en: {
    setup: {
      title: 'First run: set up your office',
      intro:
        'There is no office data on this computer yet. Enter your office and create the first administrator account.',
      office: 'Office',
      officeName: 'Office name',
      officeNameHint: 'e.g. Sucheng District Red Cross',
      code: 'Administrative division code',
      codeHint: '6 digits (GB/T 2260), e.g. 321302',
      role: 'Office level',
      admin: 'First administrator',
      username: 'Administrator user name',
      displayName: 'Administrator’s name',
      password: 'Password',
      confirm: 'Repeat the password',
      submit: 'Finish setup',
      confirmTitle: 'Confirm your office',
      codeIsFinal:
        'The office code (division code) cannot be changed once set; an administrator can correct the office name later under Settings. Check them before creating the office.',
      back: 'Go back and edit',
      create: 'Create the office',
      errors: {
        nameRequired: 'Enter the office name.',
        codeFormat: 'The division code must be 6 digits.',
        usernameRequired: 'Enter the administrator’s user name.',
      },
    },
  },
});
