// Roles a user may hold (password rules: passwordRules.ts). An admin may do everything; the others are granted per method.
export const ROLES = ['admin', 'clerk', 'warehouse', 'trainer', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.includes('admin') || held.some((r) => allowed.includes(r));
}

/**
 * The roles that may see full ID numbers (people.revealId, unmasked exports): clerk, and admin as always. Everyone else
 * sees only the mask and nothing that rebuilds it - no birth date, year or age beside it (README, Security). The user form
 * marks these roles; tests/node/accounts/roles-reveal.test.ts holds this list to the contract.
 */
export const ID_REVEAL_ROLES: readonly Role[] = ['clerk'];

export function mayRevealIds(held: readonly Role[]): boolean {
  return hasRole(held, ID_REVEAL_ROLES);
}

export function revealsIdNumbers(role: Role): boolean {
  return mayRevealIds([role]);
}
