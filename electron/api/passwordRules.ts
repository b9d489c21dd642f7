// The password rules, once, for the renderer (before sending) and the core (which decides): at least 10 characters,
// not one of the ~1,000 most common passwords, not the user name. They apply when a password is set; older
// passwords still sign in.
import { COMMON_PASSWORDS } from './commonPasswords';

export const MIN_PASSWORD_LENGTH = 10;

/** The error code of the rule a new password breaks, or null. Each code has a message that names the rule. */
export type PasswordRule = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_IS_USERNAME';

export function passwordRuleBroken(password: string, username: string): PasswordRule | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'PASSWORD_TOO_SHORT';
  const lower = password.trim().toLowerCase();
  if (username.trim() !== '' && lower === username.trim().toLowerCase()) return 'PASSWORD_IS_USERNAME';
  if (COMMON_PASSWORDS.has(lower)) return 'PASSWORD_TOO_COMMON';
  return null;
}
