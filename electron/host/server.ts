// The dev host: the same router over HTTP on 127.0.0.1, behind a per-run token, serving the built
// renderer. For browsers, the UI tests and machines without Electron.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Caller, Router } from '../router';
import { readCall } from './body';
import { CONTENT_SECURITY_POLICY } from './security';

export const TOKEN_HEADER = 'x-boai-token';
const SESSION_COOKIE = 'boai_session';
const MAX_BODY_BYTES = 300 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HostOptions {
  router: Router;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Larger API bodies are refused with 400 (default 300 MB: file uploads travel in the body). */
  maxBodyBytes?: number;
}
export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('dev host error', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isLoopbackHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/call') return serveApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname.startsWith('/assets/') || path.extname(url.pathname)) return serveFile(res, url.pathname);
    return serveIndex(res, url);
  }

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (!tokenMatches(req.headers[TOKEN_HEADER], token))
      return sendJson(res, 401, { ok: false, error: { code: 'HOST_TOKEN', messageKey: 'errors.HOST_TOKEN' } });
    const body = await readCall(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if (!body)
      return sendJson(
        res,
        400,
        { ok: false, error: { code: 'INPUT_INVALID', messageKey: 'errors.INPUT_INVALID' } },
        { connection: 'close' },
      );
    // The cookie carries only an id the router issued; any other value is just not signed in.
    let setCookie: string | null = null;
    const caller: Caller = {
      sessionId: readCookie(req.headers.cookie, SESSION_COOKIE),
      keepSession: (id) => {
        setCookie = sessionCookie(id);
      },
    };
    const result = await options.router.call(body.method, body.input ?? {}, caller);
    sendJson(res, 200, result, setCookie ? { 'set-cookie': setCookie } : {});
  }

  function serveIndex(res: http.ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) {
      return send(
        res,
        403,
        'text/html; charset=utf-8',
        '<meta charset="utf-8"><p>请打开 npm run web 打印的地址。Open the address printed by npm run web.</p>',
      );
    }
    const html = fs
      .readFileSync(path.join(options.rendererDir, 'index.html'), 'utf8')
      .replace('</head>', `<meta name="boai-host-token" content="${token}"></head>`);
    send(res, 200, TYPES['.html']!, html);
  }

  function serveFile(res: http.ServerResponse, pathname: string): void {
    const root = path.resolve(options.rendererDir);
    const file = path.resolve(root, '.' + decodeURIComponent(pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  extra: http.OutgoingHttpHeaders = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), extra);
}

function sessionCookie(id: string | null): string {
  return id
    ? `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`
    : `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`;
}
