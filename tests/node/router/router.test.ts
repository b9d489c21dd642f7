// The router: every call validated against the contract, session and role checked, errors as values.
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, officeBackend, callerFor } from '../support';

describe('router', () => {
  it('rejects an unknown method without echoing its name', async () => {
    const { backend } = officeBackend();
    const result = await backend.router.call('people.dropAll', {}, callerFor(backend.router, 'a'));
    expect(result).toEqual({ ok: false, error: { code: 'METHOD_UNKNOWN', messageKey: 'errors.METHOD_UNKNOWN' } });
  });

  it('rejects a call without a session', async () => {
    const { backend } = officeBackend();
    const result = await backend.router.call('users.list', {}, callerFor(backend.router, 'nobody'));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('rejects bad input with the offending path, without running the method', async () => {
    const { backend } = officeBackend();
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 's'),
    );
    const result = await backend.router.call(
      'users.create',
      { username: 'x', displayName: 'x', roles: ['emperor'], password: 'long-enough' },
      callerFor(backend.router, 's'),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INPUT_INVALID', details: { issues: [{ path: 'roles.0' }] } },
    });
    const users = await backend.router.call('users.list', {}, callerFor(backend.router, 's'));
    expect(users.ok && (users.value as unknown[]).length).toBe(1);
  });

  it('rejects a signed-in user without the role, and admits the admin', async () => {
    const { backend, addUser } = officeBackend();
    addUser('clerk1', ['clerk'], 'clerk-pass-1');
    await backend.router.call(
      'auth.login',
      { username: 'clerk1', password: 'clerk-pass-1' },
      callerFor(backend.router, 'c'),
    );
    expect(await backend.router.call('users.list', {}, callerFor(backend.router, 'c'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 'a'),
    );
    expect(await backend.router.call('users.list', {}, callerFor(backend.router, 'a'))).toMatchObject({ ok: true });
  });

  it('keeps sessions apart per caller and ends them at logout', async () => {
    const { backend } = officeBackend();
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 'a'),
    );
    expect(await backend.router.call('users.list', {}, callerFor(backend.router, 'b'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    await backend.router.call('auth.logout', {}, callerFor(backend.router, 'a'));
    expect(await backend.router.call('users.list', {}, callerFor(backend.router, 'a'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });

  it('never shows a raw database message', async () => {
    const { backend, store } = officeBackend();
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 'a'),
    );
    store.sqlite.exec(`CREATE TRIGGER refuse BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'raw sqlite text'); END`);
    const result = await backend.router.call(
      'users.create',
      { username: 'u2', displayName: 'u2', roles: ['viewer'], password: 'long-enough-1' },
      callerFor(backend.router, 'a'),
    );
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', messageKey: 'errors.INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('sqlite');
  });
});

describe('accounts', () => {
  it('locks an account after repeated failures, for a short time', async () => {
    const { backend } = officeBackend();
    const login = (password: string) =>
      backend.router.call('auth.login', { username: 'admin', password }, callerFor(backend.router, 'x'));
    for (let i = 1; i <= 4; i++)
      expect(await login('wrong')).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_FAILED', details: { remaining: 5 - i } },
      });
    expect(await login('wrong')).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(await login(ADMIN_PASSWORD)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('refuses to let an administrator demote themselves, and a deactivated user loses the session at once', async () => {
    const { backend, addUser } = officeBackend();
    const clerk = addUser('clerk1', ['clerk'], 'clerk-pass-1');
    await backend.router.call(
      'auth.login',
      { username: 'admin', password: ADMIN_PASSWORD },
      callerFor(backend.router, 'a'),
    );
    await backend.router.call(
      'auth.login',
      { username: 'clerk1', password: 'clerk-pass-1' },
      callerFor(backend.router, 'c'),
    );
    const list = await backend.router.call('users.list', {}, callerFor(backend.router, 'a'));
    const admin = (list.ok ? (list.value as { id: string; username: string }[]) : []).find(
      (u) => u.username === 'admin',
    )!;
    expect(
      await backend.router.call('users.update', { id: admin.id, roles: ['clerk'] }, callerFor(backend.router, 'a')),
    ).toMatchObject({ ok: false, error: { code: 'SELF_DEMOTION' } });
    expect(
      await backend.router.call('users.update', { id: admin.id, active: false }, callerFor(backend.router, 'a')),
    ).toMatchObject({ ok: false, error: { code: 'SELF_DEMOTION' } });
    expect(await backend.router.call('office.status', {}, callerFor(backend.router, 'c'))).toMatchObject({
      ok: true,
      value: { user: { username: 'clerk1' } },
    });
    expect(
      await backend.router.call('users.update', { id: clerk.id, active: false }, callerFor(backend.router, 'a')),
    ).toMatchObject({ ok: true });
    expect(await backend.router.call('office.status', {}, callerFor(backend.router, 'c'))).toMatchObject({
      ok: true,
      value: { user: null },
    });
  });

  it('stores only scrypt hashes, never the password', () => {
    const { store } = officeBackend();
    const stored = store.sqlite.prepare('SELECT password_hash FROM users').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain(ADMIN_PASSWORD);
  });
});
