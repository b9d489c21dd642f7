// The password rule as the user sees it before sending (the server checks it again).
// Mirrors MIN_PASSWORD_LENGTH in electron/core/accounts/password.ts, which the renderer may not import.
export const MIN_PASSWORD_LENGTH = 8;

/** The i18n key of what is wrong with a new password and its repetition, or null. */
export function passwordProblem(password: string, confirmation: string): 'password.tooShort' | 'password.mismatch' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password.tooShort';
  if (password !== confirmation) return 'password.mismatch';
  return null;
}
