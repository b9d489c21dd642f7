// Fixtures for UI tests: a fresh data folder and dev host per test (in this worker process), an office
// set up through the real API, users, and a screenshot helper writing to docs/screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { openBackend, type Backend } from '../../electron/backend';
import { passphraseSealer } from '../../electron/core/exchange/keys/sealer';
import { startHost, type Host } from '../../electron/host/server';
import { memoryCaller } from '../../electron/router';
import type { Role } from '../../rules/roles';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
export const SCREENSHOT_DIR = path.join(repoRoot, 'docs', 'screenshots');

export const OFFICE = { code: '321302', name: '宿城区红十字会', role: 'county' as const };
export const ADMIN = { username: 'admin', password: 'Admin-pass-1' };
/** What the dev host would take from BOAI_KEY_PASSPHRASE: office set-up creates the key pairs with it. */
export const KEY_PASSPHRASE = 'ui test key passphrase';

export interface App {
  backend: Backend;
  host: Host;
  dataDir: string;
  /** Calls the API as the fixture itself (its own session), for arranging data. */
  api(method: string, input: unknown): Promise<unknown>;
  setupOffice(role?: 'county' | 'city'): Promise<void>;
  addUser(username: string, roles: Role[], password?: string): Promise<void>;
}

export const test = base.extend<{
  app: App;
  shot: (name: string) => Promise<void>;
  idleMinutes: number | undefined;
  screenNotes: void;
  cpuThrottle: void;
}>({
  /** The backend's idle sign-out; a spec sets a short one with test.use({ idleMinutes }). */
  idleMinutes: [undefined, { option: true }],
  app: async ({ idleMinutes }, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html')))
      throw new Error('Renderer not built: npm run build:renderer');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-ui-'));
    const backend = openBackend(dataDir, { secrets: passphraseSealer(KEY_PASSPHRASE), idleMinutes });
    const host = await startHost({ router: backend.router, rendererDir });
    const fixtureCaller = memoryCaller();
    const api = async (method: string, input: unknown) => {
      const result = await backend.router.call(method, input, fixtureCaller);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${JSON.stringify(result.error.details ?? {})}`);
      return result.value;
    };
    const app: App = {
      backend,
      host,
      dataDir,
      api,
      async setupOffice(role = 'county') {
        await api('office.setup', { ...OFFICE, role, admin: { ...ADMIN, displayName: '管理员' } });
        await api('auth.login', ADMIN);
      },
      async addUser(username, roles, password = 'User-pass-1') {
        await api('users.create', { username, displayName: username, roles, password });
      },
    };
    await use(app);
    await host.close();
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  shot: async ({ page }, use) => {
    await use(async (name: string) => {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
    });
  },
  /** BOAI_UI_CPU_THROTTLE=6 runs every page that many times slower (a loaded CI machine, for timing defects). */
  cpuThrottle: [
    async ({ page }, use) => {
      const rate = Number(process.env.BOAI_UI_CPU_THROTTLE ?? 1);
      if (rate > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      await use();
    },
    { auto: true },
  ],
  /** A failed test's report carries the words on screen (CI keeps its log, not the screenshot). */
  screenNotes: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return;
      const seen = await page
        .evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('h1, dialog[open], [role="status"], [role="alert"]')]
            .map((element) => `${element.tagName.toLowerCase()}: ${element.innerText.replace(/\s+/g, ' ').trim()}`)
            .filter((line) => !line.endsWith(': '))
            .join('\n')
            .slice(0, 4000),
        )
        .catch((error: unknown) => `(page not readable: ${String(error)})`);
      await testInfo.attach('on screen', { body: seen, contentType: 'text/plain' });
    },
    { auto: true },
  ],
});

/** Opens the app and signs in through the login screen. */
export async function signIn(
  page: Page,
  app: App,
  username = ADMIN.username,
  password = ADMIN.password,
): Promise<void> {
  await page.goto(app.host.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

export { expect };
