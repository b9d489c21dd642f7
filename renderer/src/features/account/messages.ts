// Texts of the user's own account (password change) and the office name correction.
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    account: {
      changePassword: '修改密码',
      currentPassword: '当前密码',
      currentRequired: '请填写当前密码。',
      passwordChanged: '密码已修改。您在其他电脑或窗口上的登录已结束。',
      renameOffice: '修改单位名称',
      officeName: '单位名称',
      officeNameHint: '单位代码 {{code}} 不能修改；名称修改后，之后打印的单据使用新名称。',
      officeRenamed: '单位名称已改为“{{name}}”。',
    },
  },
  en: {
    account: {
      changePassword: 'Change password',
      currentPassword: 'Current password',
      currentRequired: 'Enter your current password.',
      passwordChanged: 'Password changed. Your sign-ins on other computers or windows have ended.',
      renameOffice: 'Correct the office name',
      officeName: 'Office name',
      officeNameHint: 'The office code {{code}} cannot change; printouts made from now on use the new name.',
      officeRenamed: 'The office name is now “{{name}}”.',
    },
  },
});
