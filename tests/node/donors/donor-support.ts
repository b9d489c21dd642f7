// Test support for the 三献 register: a county office with a keeper (三献管理员), its administrator (who does not
// hold the role), a clerk, a viewer and a warehouse keeper signed in through the router, people in its registry, and
// helpers to register donors and read the audit log.
import type { DonorRegistrationRow } from '@core/donors/contract';
import type { Role } from '@rules/roles';
import { seedPeople } from '../../fixtures/registryPeople';
import { ADMIN_PASSWORD, callerFor, officeBackend } from '../support';
import { valueOf, type CallResult } from '../volunteers/volunteer-support';

export { valueOf, type CallResult };

export const USERS: Record<string, readonly Role[]> = {
  keeper: ['donorAdmin'],
  clerk: ['clerk'],
  viewer: ['viewer'],
  storekeeper: ['warehouse'],
};

export async function donorOffice(peopleCount = 20, role: 'county' | 'city' = 'county') {
  const office = officeBackend(role);
  const call = async <T = unknown>(user: string, method: string, input: unknown) =>
    (await office.backend.router.call(method, input, callerFor(office.backend.router, user))) as CallResult<T>;
  for (const [username, roles] of Object.entries(USERS)) {
    office.addUser(username, [...roles], `${username}-pass-1`);
    await call(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  await call('admin', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
  const people = seedPeople(office.store, peopleCount);
  /** Registers each person as a blood donor (as the keeper). */
  const register = async (personIds: readonly string[], fields: Record<string, unknown> = {}) => {
    const rows: DonorRegistrationRow[] = [];
    for (const personId of personIds)
      rows.push(
        valueOf(
          await call<DonorRegistrationRow>('keeper', 'donors.register', {
            personId,
            kind: 'blood',
            registrationDate: '2024-03-01',
            place: '县中心血站',
            ...fields,
          }),
        ),
      );
    return rows;
  };
  /** The audit entries of a method, oldest first, with their after JSON parsed. */
  const audited = (method: string) =>
    (
      office.store.sqlite
        .prepare(
          'SELECT username, table_name AS tableName, record_id AS recordId, after FROM audit_log WHERE method = ? ORDER BY seq',
        )
        .all(method) as { username: string; tableName: string; recordId: string | null; after: string }[]
    ).map((e) => ({ ...e, after: JSON.parse(e.after) as Record<string, unknown> }));
  return { ...office, call, people, register, audited };
}
