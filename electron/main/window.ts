// The main window's options: a sandboxed, isolated renderer with no Node, no webviews and no devtools
// when packaged. Pure (imports only Electron's types) so a node test can assert every setting.
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '博爱台账';

export interface WindowSettings {
  /** Packaged builds get no devtools; `electron .` from the repo does. */
  packaged: boolean;
}

export function windowOptions(
  preloadPath: string,
  settings: WindowSettings = { packaged: true },
): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    backgroundColor: '#f5f6f8',
    show: false, // shown on ready-to-show, so the clerk never sees a white flash
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !settings.packaged,
    },
  };
}
