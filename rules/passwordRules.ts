// The password rules, once, for the renderer (before sending) and the core (which decides): at least 10 characters,
// not one of the ~1,000 most common passwords, not the user name. They apply when a password is set; older
// passwords still sign in.
import { COMMON_PASSWORDS } from './commonPasswords';

export const MIN_PASSWORD_LENGTH = 10;

/** The error code of the rule a new password breaks, or null. Each code has a message that names the rule. */
export type PasswordRule = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_IS_USERNAME';

/** The rule in words, for the CLI (the renderer translates the code itself). */
export const PASSWORD_RULE_TEXT: Readonly<Record<PasswordRule, string>> = {
  PASSWORD_TOO_SHORT: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`,
  PASSWORD_TOO_COMMON: '这个密码太常见，容易被猜到，请换一个。',
  PASSWORD_IS_USERNAME: '密码不能与用户名相同。',
};

export function passwordRuleBroken(password: string, username: string): PasswordRule | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'PASSWORD_TOO_SHORT';
  const lower = password.trim().toLowerCase();
  if (username.trim() !== '' && lower === username.trim().toLowerCase()) return 'PASSWORD_IS_USERNAME';
  if (COMMON_PASSWORDS.has(lower)) return 'PASSWORD_TOO_COMMON';
  return null;
}
