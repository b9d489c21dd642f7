// Roles a user may hold (password rules: passwordRules.ts). An admin may do everything but see the 三献 register
// (maySeeDonors); the others are granted per method.
export const ROLES = ['admin', 'clerk', 'warehouse', 'trainer', 'approver', 'viewer', 'donorAdmin'] as const;
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

/**
 * The 三献 donor register (无偿献血、造血干细胞、遗体器官捐献) is seen only by a user who holds 三献管理员 by name:
 * being an admin is not enough. An admin may grant the role to a user, themself included, in the user form (audited
 * as any role change). Every donor method but the statistics checks this, in the core as well as the router.
 */
export function maySeeDonors(held: readonly Role[]): boolean {
  return held.includes('donorAdmin');
}
