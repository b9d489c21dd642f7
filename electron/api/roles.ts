// Roles a user may hold, and the password rule. An admin may do everything; the others are granted per method.
export const ROLES = ['admin', 'clerk', 'warehouse', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.includes('admin') || held.some((r) => allowed.includes(r));
}

/**
 * Who may see full ID numbers (reveal one, export them): admin and clerk. Everyone else sees only the mask and
 * nothing that rebuilds it - no birth date, year or age beside it (README, Security).
 */
export function mayRevealIds(held: readonly Role[]): boolean {
  return hasRole(held, ['clerk']);
}

/** The shortest password the server accepts; the renderer checks it too before sending. */
export const MIN_PASSWORD_LENGTH = 8;
