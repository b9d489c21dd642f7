// Electron entry: one instance, the app:// protocol, the guarded window and the one API channel over
// the office database in userData (BOAI_DATA_DIR overrides). The only module that imports Electron itself;
// every decision it applies lives in the pure modules beside it.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { openBackend, resolveDataDir, type Backend } from '../backend';
import type { SecretSealer } from '../core/context';
import { keychainSealer, sealerFromPassphrase } from '../core/exchange/keys/sealer';
import { registerApiChannel, type WindowSessions } from './api-channel';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, serveAppFile } from './app-protocol';
import { guardSession, guardWebContents } from './guards';
import { menuTemplate } from './menu';
import { externalLinkDialog, safeOpenExternal } from './policy';
import { printService } from './print';
import { askBeforeDiscarding } from './unload';
import { WINDOW_TITLE, windowOptions } from './window';

// Bundled to dist/main/main.cjs; its siblings are dist/preload, dist/renderer and dist/migrations.
const distDir = path.join(__dirname, '..');
const paths = {
  preload: path.join(distDir, 'preload', 'preload.cjs'),
  renderer: path.join(distDir, 'renderer'),
  migrations: path.join(distDir, 'migrations'),
};

const openExternal = (url: string) => safeOpenExternal(url, (href) => shell.openExternal(href), confirmExternal);

let backend: Backend | null = null;
let windowSessions: WindowSessions | null = null;
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
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, paths.renderer));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ packaged: app.isPackaged })));
  app.setAboutPanelOptions({ applicationName: WINDOW_TITLE, applicationVersion: app.getVersion() });
  const dataDir = resolveDataDir(app.getPath('userData'));
  backend = openBackend(dataDir, { migrationsDir: paths.migrations, secrets: await officeSealer(dataDir) });
  windowSessions = registerApiChannel(
    ipcMain,
    () => mainWindow?.webContents ?? null,
    backend.router,
    (sender) =>
      printService(sender, {
        chooseFile: async (defaultName) => {
          const owner = BrowserWindow.fromWebContents(sender);
          const options = {
            defaultPath: path.join(app.getPath('documents'), defaultName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          };
          const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
          return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
        },
      }),
  );
  createWindow();
}

/**
 * What seals the office's private keys: the OS keychain through safeStorage, except Linux's plain-text fallback
 * (no real secret store); then BOAI_KEY_PASSPHRASE; otherwise nothing, and key operations say KEYS_LOCKED.
 */
async function officeSealer(dataDir: string): Promise<SecretSealer | undefined> {
  const plainTextOnly = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!plainTextOnly && (await safeStorage.isAsyncEncryptionAvailable())) {
    try {
      return await keychainSealer(path.join(dataDir, 'office-keys.keychain'), {
        encrypt: (text) => safeStorage.encryptStringAsync(text),
        decrypt: (wrapped) => safeStorage.decryptStringAsync(wrapped),
      });
    } catch (error) {
      console.error('The OS keychain could not unwrap the office key file; office keys stay locked.', error);
      return undefined;
    }
  }
  return sealerFromPassphrase(undefined);
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(paths.preload, { packaged: app.isPackaged }));
  const contents = window.webContents;
  window.once('ready-to-show', () => window.show());
  askBeforeDiscarding(window);
  window.on('closed', () => {
    if (backend) windowSessions?.end(contents, backend.router);
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(APP_START_URL);
}

/** The user sees the whole address and chooses 打开; closing the dialog or Esc is 取消. */
async function confirmExternal(href: string): Promise<boolean> {
  const options = externalLinkDialog(href);
  const { response } = mainWindow
    ? await dialog.showMessageBox(mainWindow, options)
    : await dialog.showMessageBox(options);
  return response === 0;
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
