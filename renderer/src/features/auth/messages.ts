// Texts of the login screen.
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': {
    login: {
      title: '登录',
      username: '用户名',
      password: '密码',
      submit: '登录',
      missing: '请填写用户名和密码。',
      forgot: '忘记密码时，请本单位管理员在“用户管理”中重设。',
    },
  },
  en: {
    login: {
      title: 'Sign in',
      username: 'User name',
      password: 'Password',
      submit: 'Sign in',
      missing: 'Enter your user name and password.',
      forgot: 'If you forgot your password, ask your office administrator to reset it under “Users”.',
    },
  },
});
