// Applies the policy to Electron objects: every web contents refuses navigation away from app://boai/,
// redirects, new windows and webviews; the session refuses permissions and remote requests.
// Imports Electron's types only; main.ts passes the real objects in.
import type { Session, WebContents } from 'electron';
import { navigationAllowed, permissionAllowed, requestBlocked, windowOpenDecision } from './policy';

type OpenExternal = (url: string) => Promise<boolean>;

export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void openExternal(url);
    return { action: decision.action };
  });
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: requestBlocked(details.url) }));
}
