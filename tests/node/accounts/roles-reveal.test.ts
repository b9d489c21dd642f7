// The user form marks the roles that may see full ID numbers (可查看完整身份证号) from ID_REVEAL_ROLES; this
// holds that list to who the contract lets call people.revealId, so the mark cannot drift from the truth.
import { describe, expect, it } from 'vitest';
import { contract } from '@api/contract';
import { hasRole, revealsIdNumbers, ROLES } from '@rules/roles';

describe('roles that reveal ID numbers', () => {
  it('are exactly the roles allowed to call people.revealId: admin and clerk', () => {
    const access = contract['people.revealId'].access;
    if (access === 'public' || access === 'signedIn') throw new Error('people.revealId must be limited to roles');
    const allowed = ROLES.filter((role) => hasRole([role], access));
    expect(ROLES.filter(revealsIdNumbers)).toEqual(allowed);
    expect(allowed).toEqual(['admin', 'clerk']);
  });
});
