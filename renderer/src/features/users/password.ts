// The password rules as the user sees them before sending (the server checks them again: rules/passwordRules.ts).
import { MIN_PASSWORD_LENGTH, passwordRuleBroken } from '@api/passwordRules';

export { MIN_PASSWORD_LENGTH };

export type PasswordProblem = 'password.tooShort' | 'password.tooCommon' | 'password.isUsername' | 'password.mismatch';

const KEY_OF_RULE = {
  PASSWORD_TOO_SHORT: 'password.tooShort',
  PASSWORD_TOO_COMMON: 'password.tooCommon',
  PASSWORD_IS_USERNAME: 'password.isUsername',
} as const;

/** The i18n key of what is wrong with a new password (for this user name) and its repetition, or null. */
export function passwordProblem(password: string, confirmation: string, username: string): PasswordProblem | null {
  const broken = passwordRuleBroken(password, username);
  if (broken) return KEY_OF_RULE[broken];
  if (password !== confirmation) return 'password.mismatch';
  return null;
}
