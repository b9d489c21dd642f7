// Password rules, the own-password change (current one required, other sessions ended, own kept) and the office
// name correction - through the router, on a real SQLite file.
import { describe, expect, it } from 'vitest';
import { buildDisclosure } from '@core/stock/reports/disclosure';
import { COMMON_PASSWORDS } from '@rules/commonPasswords';
import { passwordRuleBroken } from '@rules/passwordRules';
import { ADMIN_PASSWORD, callerFor, officeBackend } from '../support';

const auditOf = (sqlite: import('better-sqlite3').Database, method: string) =>
  sqlite
    .prepare('SELECT username, record_id AS recordId, before, after FROM audit_log WHERE method = ? ORDER BY seq')
    .all(method) as { username: string; recordId: string; before: string | null; after: string | null }[];

describe('password rules', () => {
  it('bundles about a thousand distinct common passwords, Chinese-keyboard ones included', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(1000);
    for (const common of ['123456', 'password', '5201314', 'woaini1314', '1qaz2wsx', 'qwertyuiop'])
      expect(COMMON_PASSWORDS.has(common)).toBe(true);
  });

  it('refuses short, common (any case) and user-name passwords with their own codes; accepts others', () => {
    expect(passwordRuleBroken('12345678', 'zhang')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordRuleBroken('短密码九个字符而已啊', 'zhang')).toBe(null);
    expect(passwordRuleBroken('QwertyUiop', 'zhang')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordRuleBroken('1234567890', 'zhang')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordRuleBroken('ZhangWei2024', 'zhangwei2024')).toBe('PASSWORD_IS_USERNAME');
    expect(passwordRuleBroken('仓库钥匙在二楼柜子', 'zhang')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordRuleBroken('red-cross-2025', 'zhang')).toBe(null);
  });

  it('applies them to users.create and users.update, through the router', async () => {
    const { backend } = officeBackend();
    const admin = callerFor(backend.router, 'admin');
    await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, admin);
    const create = (username: string, password: string) =>
      backend.router.call('users.create', { username, displayName: username, roles: ['viewer'], password }, admin);
    expect(await create('wang', '12345678')).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_TOO_SHORT', details: { min: 10 } },
    });
    expect(await create('wang', '1q2w3e4r5t')).toMatchObject({ ok: false, error: { code: 'PASSWORD_TOO_COMMON' } });
    expect(await create('wangfang88', 'WANGFANG88')).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_IS_USERNAME' },
    });
    const made = await create('wang', 'warehouse-key-7');
    expect(made).toMatchObject({ ok: true });
    const id = made.ok ? (made.value as { id: string }).id : '';
    expect(await backend.router.call('users.update', { id, password: 'iloveyou123' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_TOO_COMMON' },
    });
  });

  it("still signs in a user whose older password breaks today's rules", async () => {
    const { backend, store } = officeBackend();
    const { hashPassword } = await import('@core/accounts/password');
    store.sqlite.prepare("UPDATE users SET password_hash = ? WHERE username = 'admin'").run(hashPassword('12345678'));
    expect(
      await backend.router.call(
        'auth.login',
        { username: 'admin', password: '12345678' },
        callerFor(backend.router, 'a'),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('own password change', () => {
  it('needs the current password, is audited, ends the other sessions and keeps this one', async () => {
    const { backend, store, addUser } = officeBackend();
    const user = addUser('clerk1', ['clerk'], 'clerk-pass-1');
    const here = callerFor(backend.router, 'here');
    const elsewhere = callerFor(backend.router, 'elsewhere');
    for (const caller of [here, elsewhere])
      await backend.router.call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, caller);
    const change = (currentPassword: string, newPassword: string) =>
      backend.router.call('auth.changePassword', { currentPassword, newPassword }, here);

    expect(await change('not-my-password', 'new-clerk-pass-2')).toMatchObject({
      ok: false,
      error: { code: 'CURRENT_PASSWORD_WRONG' },
    });
    expect(await change('clerk-pass-1', 'password123')).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_TOO_COMMON' },
    });
    expect(await backend.router.call('auth.keepAlive', {}, elsewhere)).toMatchObject({ ok: true });

    expect(await change('clerk-pass-1', 'new-clerk-pass-2')).toEqual({ ok: true, value: null });
    expect(await backend.router.call('auth.keepAlive', {}, here)).toMatchObject({ ok: true });
    expect(await backend.router.call('auth.keepAlive', {}, elsewhere)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    const fresh = callerFor(backend.router, 'fresh');
    expect(
      await backend.router.call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, fresh),
    ).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(
      await backend.router.call('auth.login', { username: 'clerk1', password: 'new-clerk-pass-2' }, fresh),
    ).toMatchObject({ ok: true });

    const audited = auditOf(store.sqlite, 'auth.changePassword');
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ username: 'clerk1', recordId: user.id });
    expect(JSON.parse(audited[0]!.after!)).toEqual({ username: 'clerk1', passwordChanged: true });
    expect(audited[0]!.after).not.toContain('new-clerk-pass-2');
  });
});

describe('office name correction', () => {
  it('lets only an administrator rename the office, audited before/after, the code unchanged', async () => {
    const { backend, store, addUser, as } = officeBackend();
    addUser('clerk1', ['clerk'], 'clerk-pass-1');
    const clerk = callerFor(backend.router, 'clerk');
    const admin = callerFor(backend.router, 'admin');
    await backend.router.call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, clerk);
    await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, admin);

    expect(await backend.router.call('office.rename', { name: '宿城区红十字会（改）' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await backend.router.call('office.rename', { name: '   ' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_NAME_REQUIRED' },
    });
    expect(await backend.router.call('office.rename', { name: ' 宿迁市宿城区红十字会 ' }, admin)).toMatchObject({
      ok: true,
      value: { code: '321302', name: '宿迁市宿城区红十字会' },
    });
    expect(await backend.router.call('office.status', {}, clerk)).toMatchObject({
      ok: true,
      value: { office: { code: '321302', name: '宿迁市宿城区红十字会' } },
    });
    // Printouts read the name from the database when they are made.
    expect(buildDisclosure(as(['admin']), { from: '2026-01-01', to: '2026-12-31' }).officeName).toBe(
      '宿迁市宿城区红十字会',
    );
    expect(auditOf(store.sqlite, 'office.rename')).toEqual([
      {
        username: 'admin',
        recordId: '321302',
        before: JSON.stringify({ name: '宿城区红十字会' }),
        after: JSON.stringify({ name: '宿迁市宿城区红十字会' }),
      },
    ]);
  });
});
