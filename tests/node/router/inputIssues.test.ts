// The router's refusal of invalid input carries each field's path, the rule's code and its numbers, so the
// renderer can say "姓名最多 50 个字" instead of a raw path.
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, callerFor, officeBackend } from '../support';

const ID = '32130219800101001X';

describe('input issues', () => {
  it('names the path, the code and the maximum of an over-long name, and stores nobody', async () => {
    const { backend, addUser } = officeBackend();
    addUser('clerk1', ['clerk'], 'clerk-pass-1');
    const caller = callerFor(backend.router, 'c');
    await backend.router.call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, caller);
    const result = await backend.router.call(
      'people.create',
      { person: { name: '张'.repeat(51), idNumber: ID } },
      caller,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INPUT_INVALID',
        messageKey: 'errors.INPUT_INVALID',
        details: {
          method: 'people.create',
          issues: [{ path: 'person.name', code: 'too_big', origin: 'string', max: 50 }],
        },
      },
    });
    const page = await backend.router.call('people.list', { offset: 0, limit: 10 }, caller);
    expect(page.ok && (page.value as { total: number }).total).toBe(0);
  });

  it('accepts a name of exactly 50 characters at the door', async () => {
    const { backend } = officeBackend();
    const caller = callerFor(backend.router, 'a');
    await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, caller);
    const result = await backend.router.call(
      'people.create',
      { person: { name: '张'.repeat(50), idNumber: 'x' } },
      caller,
    );
    expect(result).not.toMatchObject({ error: { code: 'INPUT_INVALID' } });
  });

  it('gives the minimum and the expected type', async () => {
    const { backend } = officeBackend();
    const caller = callerFor(backend.router, 'a');
    await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, caller);
    const result = await backend.router.call('people.list', { offset: -1, limit: 'ten' }, caller);
    expect(result).toMatchObject({
      ok: false,
      error: {
        details: {
          issues: [
            { path: 'offset', code: 'too_small', min: 0 },
            { path: 'limit', code: 'invalid_type', expected: 'number' },
          ],
        },
      },
    });
  });
});
