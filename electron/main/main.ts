// Electron entry: one instance, the app:// protocol, the guarded window and the one API channel over
// the office database in userData (BOAI_DATA_DIR overrides). The only module that imports Electron itself;
// every decision it applies lives in the pure modules beside it.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { openBackend, resolveDataDir, type Backend } from '../backend';
import { registerApiChannel, sessionKeyFor } from './api-channel';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, serveAppFile } from './app-protocol';
import { guardSession, guardWebContents } from './guards';
import { menuTemplate } from './menu';
import { safeOpenExternal } from './policy';
import { WINDOW_TITLE, windowOptions } from './window';

// Bundled to dist/main/main.cjs; its siblings are dist/preload, dist/renderer and dist/migrations.
const distDir = path.join(__dirname, '..');
const paths = {
  preload: path.join(distDir, 'preload', 'preload.cjs'),
  renderer: path.join(distDir, 'renderer'),
  migrations: path.join(distDir, 'migrations'),
};

const openExternal = (url: string) => safeOpenExternal(url, (href) => shell.openExternal(href));

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
// A fixed ASCII folder, the same for `electron .` and installed builds whatever the product name says.
app.setPath('userData', path.join(app.getPath('appData'), 'boai-ledger'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => { backend?.close(); backend = null; });
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, paths.renderer));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ packaged: app.isPackaged })));
  app.setAboutPanelOptions({ applicationName: WINDOW_TITLE, applicationVersion: app.getVersion() });
  backend = openBackend(resolveDataDir(app.getPath('userData')), { migrationsDir: paths.migrations });
  registerApiChannel(ipcMain, () => mainWindow?.webContents ?? null, backend.router);
  createWindow();
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(paths.preload, { packaged: app.isPackaged }));
  const sessionKey = sessionKeyFor(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    backend?.router.dropSession(sessionKey);
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(APP_START_URL);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function failToStart(error: unknown): void {
  dialog.showErrorBox('博爱台账无法启动', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
