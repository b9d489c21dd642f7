// Test support for volunteers: a county office with users of each role signed in through the router, people in its
// registry, and helpers to register volunteers and call methods.
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { idCheckChar } from '@rules/idNumber';
import type { Role } from '@rules/roles';
import { seedPeople } from '../../fixtures/registryPeople';
import { callerFor, officeBackend } from '../support';

export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; details?: never } };

export const ROLES_OF: Record<string, readonly Role[]> = {
  clerk: ['clerk'],
  head: ['approver'],
  viewer: ['viewer'],
  keeper: ['warehouse'],
};

export async function volunteerOffice(peopleCount = 60) {
  const office = officeBackend();
  const call = async <T = unknown>(user: string, method: string, input: unknown) =>
    (await office.backend.router.call(method, input, callerFor(office.backend.router, user))) as CallResult<T>;
  for (const [username, roles] of Object.entries(ROLES_OF)) {
    office.addUser(username, [...roles], `${username}-pass-1`);
    await call(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  // Grown-ups only: a child volunteer needs a guardian, tested on its own.
  const people = seedPeople(office.store, peopleCount * 2)
    .filter((p) => p.birthDate !== null && p.birthDate < '2008-01-01')
    .slice(0, peopleCount);
  /** Registers the people as volunteers (as the clerk), in order. */
  const register = async (personIds: readonly string[], fields: Record<string, unknown> = {}) => {
    const rows: VolunteerRow[] = [];
    for (const personId of personIds)
      rows.push(
        valueOf(
          await call<VolunteerRow>('clerk', 'volunteers.create', {
            personId,
            registrationDate: '2024-03-01',
            ...fields,
          }),
        ),
      );
    return rows;
  };
  return { ...office, call, people, register };
}

/** A value, or the test fails with the error the call returned. */
export function valueOf<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A valid ID number for a birth date (YYYYMMDD) in district 321302. */
export function idNumberBorn(yyyymmdd: string, serial = '123'): string {
  const first17 = `321302${yyyymmdd}${serial}`;
  return first17 + idCheckChar(first17);
}
