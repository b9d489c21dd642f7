// The dev host over real HTTP for tests: a host on a tiny renderer folder, closed after each test, and raw requests.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server';
import { officeBackend, tempDir } from '../support';

let host: Host | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

export async function startWithRenderer(options: { maxBodyBytes?: number } = {}) {
  const { backend } = officeBackend();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ router: backend.router, rendererDir, ...options });
  return host;
}

/** A raw request, so the Host header can be set as an attacker's page would. */
export function request(
  port: number,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
