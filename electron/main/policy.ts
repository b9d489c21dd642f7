// What the window may do: stay on app://boai/, open no windows, get no permissions, load nothing
// remote; http(s) links leave through safeOpenExternal only. Pure functions, tested without Electron.
import { isAppUrl } from './app-protocol';

/** will-navigate, will-redirect: only within the app. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Permission requests and checks (camera, notifications, clipboard-read, …): always refused. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

const REMOTE_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** A request the session must cancel: anything remote or from the disk outside app://. */
export function requestBlocked(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed === null || REMOTE_PROTOCOLS.has(parsed.protocol);
}

/** The only URLs that may go to the system browser: http and https, without credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:')
    && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * The single path to the system browser: `open` is shell.openExternal, bound once in main.ts.
 * Resolves to whether the URL was handed over.
 */
export async function safeOpenExternal(url: string, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await open(new URL(url).href);
  return true;
}

/** setWindowOpenHandler: never a new window; a web link goes to the system browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}
