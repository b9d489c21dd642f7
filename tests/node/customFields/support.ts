// An office with an admin, a clerk and a viewer signed in, calling the router as each.
import { callerFor, officeBackend, ADMIN_PASSWORD } from '../support';

export type Call = (sessionKey: string, method: string, input: unknown) => Promise<unknown>;

export async function officeWithUsers() {
  const office = officeBackend();
  const call: Call = async (sessionKey, method, input) =>
    office.backend.router.call(method, input, callerFor(office.backend.router, sessionKey));
  await call('admin', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
  for (const role of ['clerk', 'viewer'] as const) {
    office.addUser(role, [role], `${role}-pass-1`);
    await call(role, 'auth.login', { username: role, password: `${role}-pass-1` });
  }
  /** The value of an ok answer; fails the test with the error otherwise. */
  const value = async <T>(sessionKey: string, method: string, input: unknown): Promise<T> => {
    const answer = (await call(sessionKey, method, input)) as { ok: boolean; value?: T; error?: unknown };
    if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  };
  return { ...office, call, value };
}

export const zhang = { name: '张三', idNumber: '321302199001011234', township: '蔡集镇' };
export const li = { name: '李四', idNumber: '321302198503150029', township: '仓集镇' };
