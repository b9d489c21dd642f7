// The app:// protocol that serves the built renderer to the window: files under one folder only,
// every response with the shared CSP. Pure (Electron types only), so a node test can drive it.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'boai';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Standard + secure so the page gets a real origin, relative URLs and secure-context APIs. */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

/** The URL when it is our renderer's (app://boai/…, no credentials), else null. */
export function parseAppUrl(url: string): URL | null {
  const parsed = URL.parse(url);
  const ours =
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '';
  return ours ? parsed : null;
}

export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * The file an app:// URL names inside `rootDir`, or null when it is another origin, not decodable,
 * holds a backslash or NUL, or would leave the folder.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  const url = parseAppUrl(requestUrl);
  if (!url) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(relative)) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, '.' + relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The protocol handler's answer for one request: the file, or 404 for anything refused or missing. */
export async function serveAppFile(requestUrl: string, rootDir: string): Promise<Response> {
  const file = resolveAppFile(requestUrl, rootDir);
  const body = file ? await readRegularFile(file) : null;
  if (!body) return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  const type = CONTENT_TYPES[path.extname(file!).toLowerCase()] ?? 'application/octet-stream';
  return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(type) });
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}
