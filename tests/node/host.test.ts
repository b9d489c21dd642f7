// The dev host: 127.0.0.1 only, a per-run token on every API call, no files outside the renderer folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/server';
import { officeBackend, tempDir, ADMIN_PASSWORD } from './support';

let host: Host | null = null;
afterEach(async () => { await host?.close(); host = null; });

async function startWithRenderer() {
  const { backend } = officeBackend();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ router: backend.router, rendererDir });
  return host;
}

/** A raw request, so the Host header can be set as an attacker's page would. */
function request(port: number, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('dev host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await startWithRenderer();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('serves the page only with the token, injecting it, with a strict CSP and a client cookie', async () => {
    const h = await startWithRenderer();
    const without = await request(h.port, '/');
    expect(without.status).toBe(403);
    const withToken = await request(h.port, `/?token=${h.token}`);
    expect(withToken.status).toBe(200);
    expect(withToken.body).toContain(`<meta name="boai-host-token" content="${h.token}">`);
    expect(withToken.headers['content-security-policy']).toContain("script-src 'self'");
    expect(withToken.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(String(withToken.headers['set-cookie'])).toMatch(/boai_client=.+HttpOnly; SameSite=Strict/);
  });

  it('refuses API calls without the token, with a wrong token, or under a foreign Host name', async () => {
    const h = await startWithRenderer();
    const body = JSON.stringify({ method: 'office.status', input: {} });
    const headers = { 'content-type': 'application/json', cookie: 'boai_client=abc' };
    expect((await request(h.port, '/api/call', { method: 'POST', headers, body })).status).toBe(401);
    expect((await request(h.port, '/api/call', { method: 'POST', headers: { ...headers, 'x-boai-token': 'x'.repeat(h.token.length) }, body })).status).toBe(401);
    const rebound = await request(h.port, '/api/call', { method: 'POST', headers: { ...headers, 'x-boai-token': h.token, host: `evil.example:${h.port}` }, body });
    expect(rebound.status).toBe(421);
    const ok = await request(h.port, '/api/call', { method: 'POST', headers: { ...headers, 'x-boai-token': h.token }, body });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { configured: true, user: null } });
  });

  it('keeps sessions per browser cookie', async () => {
    const h = await startWithRenderer();
    const call = (cookie: string, method: string, input: unknown) => request(h.port, '/api/call', {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-boai-token': h.token }, body: JSON.stringify({ method, input }),
    }).then((r) => JSON.parse(r.body));
    expect(await call('boai_client=one', 'auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({ ok: true });
    expect(await call('boai_client=one', 'users.list', {})).toMatchObject({ ok: true });
    expect(await call('boai_client=two', 'users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('serves renderer files and nothing outside them', async () => {
    const h = await startWithRenderer();
    expect((await request(h.port, '/assets/app.js')).status).toBe(200);
    for (const evil of ['/assets/../../../etc/passwd', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd.txt', '/assets/..%5c..%5cindex.js']) {
      const res = await request(h.port, evil);
      expect([403, 404], evil).toContain(res.status);
      expect(res.body).not.toContain('root:');
    }
  });
});
