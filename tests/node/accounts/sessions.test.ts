// Sessions in the router, for every carrier: ids issued only at sign-in (never one the client chose), ended when
// the user's password or roles change, ended after the idle time; a failed sign-in says nothing about the name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupOffice } from '@core/accounts/office';
import { createUser } from '@core/accounts/users';
import type { CoreContext } from '@core/context';
import { fail } from '@core/errors';
import { releaseStaged } from '@core/exchange/inbox/staged';
import { handlers } from '../../../electron/handlers';
import { createRouter, memoryCaller } from '../../../electron/router';
import { idleMinutesSetting } from '../../../electron/sessions';
import { addGenerated, cityWith, CITY, COUNTY, exportTo } from '../exchange/exchange-apply-support';
import { ADMIN_PASSWORD, freshBackend, officeBackend, tempDir } from '../support';

const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };

/** An office whose router runs on a clock the test moves. */
function officeOnClock(idleMinutes?: number) {
  let at = Date.parse('2026-03-01T08:00:00Z');
  const now = () => new Date(at);
  const backend = freshBackend(tempDir(), { now, idleMinutes });
  const system: CoreContext = { store: backend.store, actor: null, method: 'test.setup', now };
  setupOffice(system, { code: '321302', name: '宿城区红十字会', role: 'county', admin: ADMIN });
  createUser(
    { ...system, actor: { userId: 'setup', username: 'setup', displayName: 'setup', roles: ['admin'] } },
    { username: 'clerk1', displayName: '张敏', roles: ['clerk'], password: 'clerk-pass-1' },
  );
  const advance = (minutes: number) => {
    at += minutes * 60_000;
  };
  return { backend, advance };
}

async function signedIn(router: ReturnType<typeof freshBackend>['router'], username: string, password: string) {
  const caller = memoryCaller();
  expect(await router.call('auth.login', { username, password }, caller)).toMatchObject({ ok: true });
  return caller;
}

describe('session ids', () => {
  it('issues a fresh id at every sign-in and honours no other', async () => {
    const { backend } = officeOnClock();
    const caller = memoryCaller();
    caller.sessionId = 'chosen-by-the-client';
    await backend.router.call('auth.login', ADMIN, caller);
    const first = caller.sessionId;
    expect(first).not.toBe('chosen-by-the-client');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await backend.router.call('auth.login', ADMIN, caller);
    expect(caller.sessionId).not.toBe(first);
    const stale = { ...memoryCaller(), sessionId: first };
    expect(await backend.router.call('users.list', {}, stale)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    expect(await backend.router.call('users.list', {}, caller)).toMatchObject({ ok: true });
    await backend.router.call('auth.logout', {}, caller);
    expect(caller.sessionId).toBeNull();
  });
});

describe('credentials changed', () => {
  it('a password reset ends every session of that user', async () => {
    const { backend } = officeOnClock();
    const admin = await signedIn(backend.router, 'admin', ADMIN_PASSWORD);
    const office = await signedIn(backend.router, 'clerk1', 'clerk-pass-1');
    const home = await signedIn(backend.router, 'clerk1', 'clerk-pass-1');
    const clerkId = (
      (await backend.router.call('users.list', {}, admin)) as { value: { id: string; username: string }[] }
    ).value.find((u) => u.username === 'clerk1')!.id;
    expect(await backend.router.call('users.update', { id: clerkId, password: 'new-pass-42' }, admin)).toMatchObject({
      ok: true,
    });
    for (const caller of [office, home]) {
      expect(await backend.router.call('people.list', { offset: 0, limit: 10 }, caller)).toMatchObject({
        ok: false,
        error: { code: 'NOT_SIGNED_IN' },
      });
    }
    expect(await backend.router.call('users.list', {}, admin)).toMatchObject({ ok: true });
  });

  it("a role change ends the user's sessions; an admin editing their own roles keeps only this session", async () => {
    const { backend } = officeOnClock();
    const admin = await signedIn(backend.router, 'admin', ADMIN_PASSWORD);
    const otherAdminWindow = await signedIn(backend.router, 'admin', ADMIN_PASSWORD);
    const clerk = await signedIn(backend.router, 'clerk1', 'clerk-pass-1');
    const list = ((await backend.router.call('users.list', {}, admin)) as { value: { id: string; username: string }[] })
      .value;
    const id = (name: string) => list.find((u) => u.username === name)!.id;
    await backend.router.call('users.update', { id: id('clerk1'), roles: ['viewer'] }, admin);
    expect(await backend.router.call('office.status', {}, clerk)).toMatchObject({ ok: true, value: { user: null } });
    expect(
      await backend.router.call('users.update', { id: id('admin'), roles: ['admin', 'clerk'] }, admin),
    ).toMatchObject({ ok: true });
    expect(await backend.router.call('users.list', {}, admin)).toMatchObject({ ok: true });
    expect(await backend.router.call('users.list', {}, otherAdminWindow)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    // Their own password: this session ends too, they sign in with the new one.
    expect(
      await backend.router.call('users.update', { id: id('admin'), password: 'admin-pass-new' }, admin),
    ).toMatchObject({ ok: true });
    expect(await backend.router.call('users.list', {}, admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });
});

describe('idle sign-out', () => {
  it('ends a session after 30 minutes without activity, saying why once', async () => {
    const { backend, advance } = officeOnClock();
    const caller = await signedIn(backend.router, 'admin', ADMIN_PASSWORD);
    advance(29);
    expect(await backend.router.call('users.list', {}, caller)).toMatchObject({ ok: true });
    advance(29);
    expect(await backend.router.call('auth.session', {}, caller)).toMatchObject({
      ok: true,
      value: { remainingMs: 60_000, idleMinutes: 30 },
    });
    advance(1);
    expect(await backend.router.call('users.list', {}, caller)).toEqual({
      ok: false,
      error: { code: 'SESSION_EXPIRED', messageKey: 'errors.SESSION_EXPIRED', details: { idleMinutes: 30 } },
    });
    expect(await backend.router.call('users.list', {}, caller)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });

  it('is not held off by background polling, only by the user (keepAlive)', async () => {
    const { backend, advance } = officeOnClock(10);
    const caller = await signedIn(backend.router, 'admin', ADMIN_PASSWORD);
    for (let minute = 0; minute < 9; minute++) {
      advance(1);
      expect(await backend.router.call('auth.session', {}, caller)).toMatchObject({ ok: true });
    }
    expect(await backend.router.call('auth.keepAlive', {}, caller)).toMatchObject({
      ok: true,
      value: { remainingMs: 600_000 },
    });
    advance(9);
    expect(await backend.router.call('people.importStatus', { jobId: crypto.randomUUID() }, caller)).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_JOB_NOT_FOUND' },
    });
    advance(1);
    expect(await backend.router.call('auth.session', {}, caller)).toMatchObject({
      ok: false,
      error: { code: 'SESSION_EXPIRED' },
    });
  });

  it("takes its time from BOAI_IDLE_MINUTES, else the data folder's settings.json, else 30 minutes", () => {
    const dir = tempDir();
    expect(idleMinutesSetting(dir, {})).toBe(30);
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ idleMinutes: 15 }));
    expect(idleMinutesSetting(dir, {})).toBe(15);
    expect(idleMinutesSetting(dir, { BOAI_IDLE_MINUTES: '5' })).toBe(5);
    expect(idleMinutesSetting(dir, { BOAI_IDLE_MINUTES: 'soon' })).toBe(15);
    fs.writeFileSync(path.join(dir, 'settings.json'), '{not json');
    expect(idleMinutesSetting(dir, {})).toBe(30);
  });
});

describe('failed sign-in', () => {
  it('answers an unknown name exactly as a wrong password, lockout included', async () => {
    const { backend } = officeOnClock();
    const attempts = async (username: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push(await backend.router.call('auth.login', { username, password: 'wrong-guess' }, memoryCaller()));
      return answers;
    };
    const known = await attempts('clerk1');
    const unknown = await attempts('nobody-here');
    expect(unknown).toEqual(known);
    expect(known[0]).toEqual({
      ok: false,
      error: { code: 'LOGIN_FAILED', messageKey: 'errors.LOGIN_FAILED', details: { remaining: 4 } },
    });
    expect(known[5]).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('takes about as long for an unknown name as for a wrong password (both run scrypt)', async () => {
    const { backend } = officeBackend();
    const timed = async (username: string) => {
      const started = performance.now();
      await backend.router.call('auth.login', { username, password: 'wrong-guess' }, memoryCaller());
      return performance.now() - started;
    };
    await timed('nobody-warm-up');
    const wrong = Math.min(await timed('admin'), await timed('admin'));
    const unknown = Math.min(await timed('nobody-1'), await timed('nobody-2'));
    expect(unknown).toBeGreaterThan(wrong / 3);
  });
});

describe('idle checks and the import wizard', () => {
  it('leave a staged package preview in place (other calls end it)', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    addGenerated(county!, 2);
    const clerk = await city.caller!(['clerk']);
    const files = await exportTo(county!, CITY);
    const upload = {
      files: files.map((file) => ({
        fileName: path.basename(file),
        contentBase64: fs.readFileSync(file).toString('base64'),
      })),
    };
    const {
      value: { uploadId },
    } = (await clerk('inbox.verify', upload)) as { value: { uploadId: string } };
    expect(await clerk('inbox.preview', { uploadId })).toMatchObject({ ok: true, value: { status: 'preview' } });
    expect(await clerk('auth.session', {})).toMatchObject({ ok: true });
    expect(await clerk('auth.keepAlive', {})).toMatchObject({ ok: true });
    expect(releaseStaged(city.store.file)).toBe(true);
  });
});

describe('errors', () => {
  it('never carry a long input back: not a 10 MB method name, and long strings in details are cut', async () => {
    const { backend } = officeOnClock();
    const name = 'people.'.padEnd(10 * 1024 * 1024, 'x');
    const answer = await backend.router.call(name, {}, memoryCaller());
    expect(JSON.stringify(answer).length).toBeLessThan(100);
    const echoing = createRouter({
      store: backend.store,
      handlers: { ...handlers, 'office.status': () => fail('ECHO', { text: 'y'.repeat(50_000), at: 3 }) },
    });
    const echoed = (await echoing.call('office.status', {}, memoryCaller())) as unknown as {
      error: { details: { text: string; at: number } };
    };
    expect(echoed.error.details.text.length).toBeLessThanOrEqual(1001);
    expect(echoed.error.details.at).toBe(3);
  });
});
