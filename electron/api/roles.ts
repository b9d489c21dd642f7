// Roles a user may hold, and the password rule. An admin may do everything; the others are granted per method.
export const ROLES = ['admin', 'clerk', 'warehouse', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.includes('admin') || held.some((r) => allowed.includes(r));
}

/**
 * The roles that may see full ID numbers (people.revealId, unmasked exports); the user form marks them so.
 * tests/node/roles-reveal.test.ts holds this list to the contract.
 */
export const ID_REVEAL_ROLES: readonly Role[] = ['clerk'];

export function revealsIdNumbers(role: Role): boolean {
  return hasRole([role], ID_REVEAL_ROLES);
}

/** The shortest password the server accepts; the renderer checks it too before sending. */
export const MIN_PASSWORD_LENGTH = 8;
