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
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Asks the user whether to open this exact address (a native dialog in main.ts); resolves true only on 打开. */
export type ConfirmExternal = (href: string) => Promise<boolean>;

/**
 * The single path to the system browser: `open` is shell.openExternal, bound once in main.ts. An http(s) address
 * goes only after the user has seen it in full and confirmed; anything else never. Resolves to whether it went.
 */
export async function safeOpenExternal(
  url: string,
  open: (url: string) => Promise<void>,
  confirm: ConfirmExternal,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const href = new URL(url).href;
  if (!(await confirm(href))) return false;
  await open(href);
  return true;
}

/** The confirmation dialog's options (Electron's MessageBoxOptions): the full address, 取消 as the default. */
export function externalLinkDialog(href: string) {
  return {
    type: 'question' as const,
    title: '打开外部链接 · Open a web link',
    message:
      '要在浏览器中打开下面的地址吗？请核对地址后再打开。\nOpen this address in the web browser? Check it first.',
    detail: href,
    buttons: ['打开 Open', '取消 Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** setWindowOpenHandler: never a new window; a web link goes to the system browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}
