// The password rule as the user sees it before sending (the server checks it again).
import { MIN_PASSWORD_LENGTH } from '../../../../electron/api/roles';

export { MIN_PASSWORD_LENGTH };

/** The i18n key of what is wrong with a new password and its repetition, or null. */
export function passwordProblem(password: string, confirmation: string): 'password.tooShort' | 'password.mismatch' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password.tooShort';
  if (password !== confirmation) return 'password.mismatch';
  return null;
}
