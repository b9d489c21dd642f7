// The dev host: 127.0.0.1 only, a per-run token on every API call, no files outside the renderer folder.
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support';
import { request, startWithRenderer } from './host-support';

describe('dev host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await startWithRenderer();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('serves the page only with the token, injecting it, with a strict CSP and no session cookie', async () => {
    const h = await startWithRenderer();
    const without = await request(h.port, '/');
    expect(without.status).toBe(403);
    const withToken = await request(h.port, `/?token=${h.token}`);
    expect(withToken.status).toBe(200);
    expect(withToken.body).toContain(`<meta name="boai-host-token" content="${h.token}">`);
    expect(withToken.headers['content-security-policy']).toContain("script-src 'self'");
    expect(withToken.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(withToken.headers['set-cookie']).toBeUndefined();
  });

  it('refuses API calls without the token, with a wrong token, or under a foreign Host name', async () => {
    const h = await startWithRenderer();
    const body = JSON.stringify({ method: 'office.status', input: {} });
    const headers = { 'content-type': 'application/json' };
    expect((await request(h.port, '/api/call', { method: 'POST', headers, body })).status).toBe(401);
    expect(
      (
        await request(h.port, '/api/call', {
          method: 'POST',
          headers: { ...headers, 'x-boai-token': 'x'.repeat(h.token.length) },
          body,
        })
      ).status,
    ).toBe(401);
    const rebound = await request(h.port, '/api/call', {
      method: 'POST',
      headers: { ...headers, 'x-boai-token': h.token, host: `evil.example:${h.port}` },
      body,
    });
    expect(rebound.status).toBe(421);
    const ok = await request(h.port, '/api/call', {
      method: 'POST',
      headers: { ...headers, 'x-boai-token': h.token },
      body,
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { configured: true, user: null } });
  });

  it('keeps sessions per browser: the cookie sign-in issued', async () => {
    const h = await startWithRenderer();
    const call = (cookie: string, method: string, input: unknown) =>
      request(h.port, '/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-boai-token': h.token },
        body: JSON.stringify({ method, input }),
      });
    const login = await call('', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    const issued = String(login.headers['set-cookie']).split(';')[0]!;
    expect(JSON.parse((await call(issued, 'users.list', {})).body)).toMatchObject({ ok: true });
    expect(JSON.parse((await call('boai_session=two', 'users.list', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });

  it('serves renderer files and nothing outside them', async () => {
    const h = await startWithRenderer();
    expect((await request(h.port, '/assets/app.js')).status).toBe(200);
    for (const evil of [
      '/assets/../../../etc/passwd',
      '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd.txt',
      '/assets/..%5c..%5cindex.js',
    ]) {
      const res = await request(h.port, evil);
      expect([403, 404], evil).toContain(res.status);
      expect(res.body).not.toContain('root:');
    }
  });
});
