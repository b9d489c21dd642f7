// Test support for training courses: a county office (with the default kinds the first-run set-up writes) with users signed in
// through the router, people in its registry, and an instructor certificate written through the record layer.
import { insertRecord } from '@core/records/write';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import { listKinds } from '@core/training/kinds/kinds';
import { trainingCertificates } from '@db/schema';
import type { Role } from '@rules/roles';
import { seedPeople } from '../../fixtures/registryPeople';
import { callerFor, officeBackend } from '../support';

export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; details?: never } };

export async function trainingOffice(users: Record<string, readonly Role[]>) {
  const office = officeBackend();
  const admin = office.as(['admin']);
  seedTrainingDefaults(office.as(['admin'], 'test.setup'), '321302');
  const call = async <T = unknown>(sessionKey: string, method: string, input: unknown) =>
    (await office.backend.router.call(method, input, callerFor(office.backend.router, sessionKey))) as CallResult<T>;
  for (const [username, roles] of Object.entries(users)) {
    office.addUser(username, [...roles], `${username}-pass-1`);
    await call(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  const kinds = listKinds(admin);
  const kind = (code: string) => kinds.find((k) => k.code === code)!;
  const people = seedPeople(office.store, 40);
  /** A 救护师资 certificate for the person, valid from `issueDate` to `expiryDate`. */
  const certifyInstructor = (personId: string, issueDate: string, expiryDate: string) =>
    insertRecord(admin, trainingCertificates, '321302', {
      number: `T-${personId.slice(0, 8)}`,
      personId,
      kindId: kind('instructor').id,
      courseId: null,
      enrolmentId: null,
      source: 'legacy',
      issueDate,
      expiryDate,
      signatory: null,
      previousId: null,
      township: null,
      workUnit: null,
      sector: null,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
      printCount: 0,
    });
  return { ...office, admin, call, kind, people, certifyInstructor };
}

/** A value, or the test fails with the error the call returned. */
export function valueOf<T>(result: CallResult<T>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
