// The dev host over real HTTP: the session cookie is one the server issued at sign-in (a cookie the client made up
// is never honoured), and a malformed or oversized body gets 400 with a JSON error - never a 500 or a stack.
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support';
import { request, startWithRenderer } from './host-support';

type Started = Awaited<ReturnType<typeof startWithRenderer>>;

function post(h: Started, body: string, cookie = '') {
  return request(h.port, '/api/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-boai-token': h.token, ...(cookie ? { cookie } : {}) },
    body,
  });
}
const callBody = (method: string, input: unknown = {}) => JSON.stringify({ method, input });
const login = callBody('auth.login', { username: 'admin', password: ADMIN_PASSWORD });

describe('dev host sessions', () => {
  it('never honours a session id the client chose, and rotates it at sign-in', async () => {
    const h = await startWithRenderer();
    const chosen = 'boai_session=attacker-knows-this';
    const signedIn = await post(h, login, chosen);
    expect(JSON.parse(signedIn.body)).toMatchObject({ ok: true });
    const setCookie = String(signedIn.headers['set-cookie']);
    expect(setCookie).toMatch(/^boai_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const issued = setCookie.split(';')[0]!;
    expect(issued).not.toBe(chosen);
    expect(JSON.parse((await post(h, callBody('users.list'), chosen)).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    expect(JSON.parse((await post(h, callBody('users.list'), issued)).body)).toMatchObject({ ok: true });
    // Signing in again (same browser) issues another id; the previous one is dead.
    const again = String((await post(h, login, issued)).headers['set-cookie']).split(';')[0]!;
    expect(again).not.toBe(issued);
    expect(JSON.parse((await post(h, callBody('users.list'), issued)).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    const out = await post(h, callBody('auth.logout'), again);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect(JSON.parse((await post(h, callBody('users.list'), again)).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });

  it('answers an unknown 10 MB method name briefly, without the name', async () => {
    const h = await startWithRenderer();
    const name = 'x'.repeat(10 * 1024 * 1024);
    const answer = await post(h, callBody(name));
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeLessThan(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'METHOD_UNKNOWN', messageKey: 'errors.METHOD_UNKNOWN' },
    });
  });

  it('answers null, a number, an array, a string, no method or invalid JSON with 400 and a JSON error', async () => {
    const h = await startWithRenderer();
    for (const body of ['null', '42', '[1,2]', '"auth.login"', '{"input":{}}', '{"method":7}', '{"method":', '']) {
      const answer = await post(h, body);
      expect(answer.status, body).toBe(400);
      expect(answer.headers['content-type']).toContain('application/json');
      expect(JSON.parse(answer.body), body).toEqual({
        ok: false,
        error: { code: 'INPUT_INVALID', messageKey: 'errors.INPUT_INVALID' },
      });
    }
  });

  it('answers a body over the limit with 400 and a JSON error', async () => {
    const h = await startWithRenderer({ maxBodyBytes: 64 * 1024 });
    const answer = await post(h, callBody('office.status', { padding: 'p'.repeat(256 * 1024) }));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    expect(JSON.parse((await post(h, callBody('office.status'))).body)).toMatchObject({ ok: true });
  });
});
