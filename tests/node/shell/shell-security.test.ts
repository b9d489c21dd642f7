// The Electron shell's security, proven without Electron: window options, CSP, the app:// protocol's
// path checks, navigation/window/permission policy, the guards that apply it, the menu, the preload
// bundle's one exposed function, and the fuses and packing rules in electron-builder.yml.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { bundlePreload, repoRoot } from '../../../build/bundle-main.mjs';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security';
import { API_CHANNEL, isTrustedSender } from '../../../electron/main/api-channel';
import {
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  resolveAppFile,
  serveAppFile,
} from '../../../electron/main/app-protocol';
import { guardSession, guardWebContents } from '../../../electron/main/guards';
import { menuTemplate } from '../../../electron/main/menu';
import {
  externalLinkDialog,
  navigationAllowed,
  permissionAllowed,
  requestBlocked,
  safeOpenExternal,
  windowOpenDecision,
} from '../../../electron/main/policy';
import { windowOptions, WINDOW_TITLE } from '../../../electron/main/window';
import { tempDir } from '../support';

describe('window options', () => {
  it('isolate a sandboxed renderer without Node, webviews or devtools', () => {
    const options = windowOptions('/app/preload.cjs');
    expect(options.title).toBe(WINDOW_TITLE);
    expect(options).toMatchObject({ width: 1366, height: 768 });
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allow devtools only when not packaged', () => {
    expect(windowOptions('/p', { packaged: false }).webPreferences?.devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('has no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|http:|https:|wss?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('app:// protocol', () => {
  function rendererWithSecretBeside() {
    const dir = tempDir();
    const root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>博爱台账</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'SECRET');
    fs.mkdirSync(path.join(dir, 'etc'));
    fs.writeFileSync(path.join(dir, 'etc', 'passwd'), 'SECRET');
    return root;
  }

  it('is registered standard and secure', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(APP_START_URL).toBe('app://boai/index.html');
  });

  it('serves the renderer with the CSP header', async () => {
    const root = rendererWithSecretBeside();
    for (const url of ['app://boai/', APP_START_URL]) {
      const response = await serveAppFile(url, root);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('博爱台账');
    }
    const script = await serveAppFile('app://boai/assets/app.js', root);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  const escapes = [
    'app://boai/../../etc/passwd',
    'app://boai/../secret.txt',
    'app://boai/%2e%2e/%2e%2e/etc/passwd',
    'app://boai/..%2f..%2fetc%2fpasswd',
    'app://boai/assets/..%2f..%2fsecret.txt',
    'app://boai/%2e%2e%2fsecret.txt',
    'app://boai/..\\..\\secret.txt',
    'app://boai/assets/..%5c..%5csecret.txt',
    'app://boai/%5c..%5csecret.txt',
    'app://boai/index.html%00.js',
    'app://boai/%E0%A4%A',
    'app://other/index.html',
    'app://user@boai/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ];

  it.each(escapes)('refuses %s with 404', async (url) => {
    const root = rendererWithSecretBeside();
    const file = resolveAppFile(url, root);
    if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true); // dot segments the URL parser already removed
    const response = await serveAppFile(url, root);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses encoded separators before touching the disk', () => {
    const root = rendererWithSecretBeside();
    for (const url of [
      'app://boai/..%2f..%2fetc%2fpasswd',
      'app://boai/..%5c..%5csecret.txt',
      'app://boai/..\\secret.txt',
      'app://other/index.html',
    ]) {
      expect(resolveAppFile(url, root)).toBeNull();
    }
  });

  it('answers 404 for a folder', async () => {
    expect((await serveAppFile('app://boai/assets', rendererWithSecretBeside())).status).toBe(404);
  });
});

describe('navigation, windows, permissions and requests', () => {
  it('stays on app://boai/', () => {
    expect(navigationAllowed('app://boai/index.html')).toBe(true);
    expect(navigationAllowed('app://boai/index.html#/people')).toBe(true);
    for (const url of [
      'https://example.com',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://user@boai/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(navigationAllowed(url), url).toBe(false);
    }
  });

  it('denies every window.open; only web links go to the system browser', () => {
    expect(windowOpenDecision('https://www.redcross.org.cn/')).toEqual({ action: 'deny', openExternally: true });
    for (const url of [
      'app://boai/index.html',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'about:blank',
    ]) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false });
    }
  });

  it('denies every permission', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
    ]) {
      expect(permissionAllowed(permission)).toBe(false);
    }
  });

  it('blocks remote and file requests', () => {
    for (const url of ['https://cdn.example.com/x.js', 'http://10.0.0.1/', 'wss://x/', 'file:///etc/passwd'])
      expect(requestBlocked(url)).toBe(true);
    for (const url of ['app://boai/assets/app.js', 'data:image/png;base64,AA=='])
      expect(requestBlocked(url)).toBe(false);
  });
});

describe('safeOpenExternal', () => {
  it('hands only http(s) URLs to the system browser', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    const asked: string[] = [];
    const yes = async (href: string) => {
      asked.push(href);
      return true;
    };
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://boai/index.html',
      'data:text/html,x',
      'https://user:pw@example.com/',
      'ms-msdt:/id',
      'not a url',
    ]) {
      expect(await safeOpenExternal(url, open, yes), url).toBe(false);
    }
    expect([opened, asked]).toEqual([[], []]);
    expect(await safeOpenExternal('https://www.redcross.org.cn/help', open, yes)).toBe(true);
    expect(opened).toEqual(['https://www.redcross.org.cn/help']);
  });

  it('opens nothing when the user declines the address shown in full', async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    const no = async (href: string) => {
      asked.push(href);
      return false;
    };
    const url = 'https://www.redcross.org.cn/捐赠?id=1#x';
    expect(await safeOpenExternal(url, async (u) => void opened.push(u), no)).toBe(false);
    expect(opened).toEqual([]);
    expect(asked).toEqual([new URL(url).href]);
    const dialog = externalLinkDialog(asked[0]!);
    expect(dialog.detail).toBe('https://www.redcross.org.cn/%E6%8D%90%E8%B5%A0?id=1#x');
    expect(dialog.buttons[dialog.cancelId]).toContain('取消');
    expect(dialog.defaultId).toBe(dialog.cancelId);
  });

  it('is the only path to shell.openExternal', () => {
    const uses: string[] = [];
    for (const dir of ['electron', 'renderer/src']) {
      for (const file of fs.readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file)) continue;
        for (const line of fs.readFileSync(path.join(repoRoot, dir, file), 'utf8').split('\n')) {
          if (/^\s*(\/\/|\*)/.test(line)) continue;
          if (/shell\s*\.\s*openExternal|\{[^}]*\bopenExternal\b[^}]*\}\s*=\s*shell/.test(line))
            uses.push(`${dir}/${file}: ${line.trim()}`);
        }
      }
    }
    expect(uses).toEqual([
      'electron/main/main.ts: const openExternal = (url: string) => safeOpenExternal(url, (href) => shell.openExternal(href), confirmExternal);',
    ]);
  });
});

describe('IPC sender check', () => {
  const mainFrame = { url: 'app://boai/index.html', parent: null, processId: 4, routingId: 1 };
  const window = { id: 7, mainFrame } as unknown as WebContents;
  const event = (sender: number, frame: Record<string, unknown> | null) =>
    ({ sender: { id: sender }, senderFrame: frame }) as unknown as Parameters<typeof isTrustedSender>[0];

  it("accepts only our window's main frame showing app://boai/", () => {
    expect(isTrustedSender(event(7, mainFrame), window)).toBe(true);
    expect(isTrustedSender(event(7, { ...mainFrame, url: 'https://example.com/' }), window)).toBe(false);
    expect(isTrustedSender(event(7, { ...mainFrame, url: 'app://other/index.html' }), window)).toBe(false);
    expect(isTrustedSender(event(7, { ...mainFrame, parent: mainFrame, routingId: 2 }), window)).toBe(false);
    expect(isTrustedSender(event(7, { ...mainFrame, routingId: 9 }), window)).toBe(false);
    expect(isTrustedSender(event(8, mainFrame), window)).toBe(false);
    expect(isTrustedSender(event(7, null), window)).toBe(false);
    expect(isTrustedSender(event(7, mainFrame), null)).toBe(false);
  });
});

// Electron cannot run here: these stand-ins record what the guards register, and the test plays the events.
describe('guards applied to web contents and session', () => {
  function contentsStandIn() {
    const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => { action: string } };
    Object.assign(contents, {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
        contents.openHandler = h;
      },
    });
    return contents;
  }
  const navigation = (url: string) => {
    const event = {
      url,
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    return event;
  };

  it('cancels navigation, frame navigation and redirects away from the app, and every webview', () => {
    const contents = contentsStandIn();
    guardWebContents(contents as unknown as WebContents, async () => true);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigation('https://example.com/'),
        home = navigation('app://boai/index.html');
      contents.emit(name, away);
      contents.emit(name, home);
      expect([name, away.prevented, home.prevented]).toEqual([name, true, false]);
    }
    const webview = navigation('app://boai/index.html');
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
  });

  it('denies window.open and sends web links through safeOpenExternal', async () => {
    const contents = contentsStandIn();
    const opened: string[] = [];
    guardWebContents(contents as unknown as WebContents, (url) =>
      safeOpenExternal(
        url,
        async (u) => void opened.push(u),
        async () => true,
      ),
    );
    expect(contents.openHandler!({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('refuses permission requests and checks, devices and remote requests', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const keep = (name: string) => (handler: (...args: never[]) => unknown) => {
      handlers[name] = handler;
    };
    const session = {
      setPermissionRequestHandler: keep('request'),
      setPermissionCheckHandler: keep('check'),
      setDevicePermissionHandler: keep('device'),
      webRequest: { onBeforeRequest: keep('beforeRequest') },
    };
    guardSession(session as unknown as Session);
    const answers: unknown[] = [];
    const request = handlers.request as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    request({}, 'media', (ok) => answers.push(ok));
    request({}, 'notifications', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false]);
    expect((handlers.check as unknown as (c: unknown, p: string) => boolean)({}, 'clipboard-read')).toBe(false);
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
    const beforeRequest = handlers.beforeRequest as unknown as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const cancelled: boolean[] = [];
    beforeRequest({ url: 'https://cdn.example.com/x.js' }, (r) => cancelled.push(r.cancel));
    beforeRequest({ url: 'app://boai/assets/app.js' }, (r) => cancelled.push(r.cancel));
    expect(cancelled).toEqual([true, false]);
  });
});

describe('menu', () => {
  const roles = (packaged: boolean) => JSON.stringify(menuTemplate({ packaged }));

  it('is in Chinese with 文件/编辑/视图/帮助', () => {
    expect(menuTemplate({ packaged: true }).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('has no devtools or reload in packaged builds', () => {
    expect(roles(true)).not.toMatch(/toggleDevTools|reload/i);
    expect(roles(false)).toContain('toggleDevTools');
  });
});

describe('preload bundle', () => {
  it('requires only electron and exposes only api.call over the one channel', async () => {
    const file = await bundlePreload(tempDir());
    const source = fs.readFileSync(file, 'utf8');
    expect([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);

    // A stand-in for Electron's own preload environment, which cannot start here.
    const exposed: [string, unknown][] = [];
    const invoked: unknown[][] = [];
    const required: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: 1 };
        },
      },
    };
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(name);
        return electron;
      },
    };
    vm.runInNewContext(source, sandbox, { filename: file });

    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['api']);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    await expect(
      (api.call as (m: string, i: unknown) => Promise<unknown>)('people.list', { search: 'zs' }),
    ).resolves.toEqual({ ok: true, value: 1 });
    expect(invoked).toEqual([[API_CHANNEL, 'people.list', { search: 'zs' }]]);
  });
});

describe('electron-builder.yml', () => {
  // electron-builder's own loader and schema check: a misspelt option fails here, as it would in `npm run dist`.
  async function loadConfig() {
    const { getConfig, validateConfiguration } = createRequire(import.meta.url)(
      'app-builder-lib/out/util/config/config.js',
    );
    const config = await getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);
    await validateConfiguration(config, { isEnabled: false, add() {} });
    return config;
  }

  it('flips the fuses an attacker would use', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only dist/ and package.json into an asar, never rebuilding native modules', async () => {
    const config = await loadConfig();
    expect(config.asar).not.toBe(false);
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(
      included.every((pattern) => pattern === 'package.json' || pattern.startsWith('dist/')),
      included.join(),
    ).toBe(true);
    expect(config.asarUnpack.some((pattern: string) => pattern.includes('node_modules/better-sqlite3'))).toBe(true);
    expect(config.appId).toBe('cn.boai.ledger');
    expect(config.productName).toBe('博爱台账');
  });
});
