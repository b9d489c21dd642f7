// A user's own preferences through the router: each user reads and writes only their own, kept across
// sign-ins, bounded in size, forgotten on reset.
import { describe, expect, it } from 'vitest';
import { PREFERENCE_MAX_BYTES } from '@core/preferences/methods';
import { callerFor, officeBackend } from '../support';

async function twoUsers() {
  const office = officeBackend();
  office.addUser('clerk1', ['clerk'], 'clerk-pass-11');
  office.addUser('keeper1', ['warehouse'], 'keeper-pass-1');
  const router = office.backend.router;
  const signIn = async (name: string, username: string, password: string) => {
    const caller = callerFor(router, name);
    expect(await router.call('auth.login', { username, password }, caller)).toMatchObject({ ok: true });
    return (method: string, input: unknown) => router.call(method, input, caller);
  };
  return { ...office, signIn };
}

const LAYOUT = [
  { colId: 'name', width: 140 },
  { colId: 'mobile', hide: true },
];

describe('prefs', () => {
  it('a user reads back what they set, after signing in again; another user never sees it', async () => {
    const { signIn, store } = await twoUsers();
    const clerk = await signIn('a', 'clerk1', 'clerk-pass-11');
    expect(await clerk('prefs.get', { key: 'grid:people' })).toEqual({ ok: true, value: { value: null } });
    expect(await clerk('prefs.set', { key: 'grid:people', value: LAYOUT })).toEqual({ ok: true, value: null });
    const again = await signIn('a2', 'clerk1', 'clerk-pass-11');
    expect(await again('prefs.get', { key: 'grid:people' })).toEqual({ ok: true, value: { value: LAYOUT } });

    const keeper = await signIn('b', 'keeper1', 'keeper-pass-1');
    expect(await keeper('prefs.get', { key: 'grid:people' })).toEqual({ ok: true, value: { value: null } });
    await keeper('prefs.set', { key: 'grid:people', value: [] });
    expect(await clerk('prefs.get', { key: 'grid:people' })).toEqual({ ok: true, value: { value: LAYOUT } });
    // No input names a user: the caller cannot ask for someone else's.
    expect(await keeper('prefs.get', { key: 'grid:people', userId: 'clerk1' })).toEqual({
      ok: true,
      value: { value: [] },
    });
    expect(store.sqlite.prepare('SELECT count(*) FROM user_preferences').pluck().get()).toBe(2);
  });

  it('refuses a value over the size limit and a key that is not a short name; null forgets', async () => {
    const { signIn } = await twoUsers();
    const clerk = await signIn('a', 'clerk1', 'clerk-pass-11');
    const big = 'x'.repeat(PREFERENCE_MAX_BYTES);
    expect(await clerk('prefs.set', { key: 'grid:people', value: big })).toMatchObject({
      ok: false,
      error: { code: 'PREFERENCE_TOO_LARGE', details: { maxKb: 32 } },
    });
    for (const key of ['../etc', '', 'a'.repeat(65), 'Grid people']) {
      expect(await clerk('prefs.set', { key, value: 1 })).toMatchObject({
        ok: false,
        error: { code: 'INPUT_INVALID' },
      });
    }
    await clerk('prefs.set', { key: 'grid:people', value: LAYOUT });
    await clerk('prefs.set', { key: 'grid:people', value: null });
    expect(await clerk('prefs.get', { key: 'grid:people' })).toEqual({ ok: true, value: { value: null } });
  });

  it('needs a signed-in user', async () => {
    const { backend } = await twoUsers();
    expect(
      await backend.router.call('prefs.get', { key: 'grid:people' }, callerFor(backend.router, 'nobody')),
    ).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });
});
