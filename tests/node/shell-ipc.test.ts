// The one IPC channel against a real router on a real office database: trusted calls reach it under
// the window's session, anything else is refused before the router sees it, a closed window signs out.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_CHANNEL, registerApiChannel, sessionKeyFor } from '../../electron/main/api-channel';
import { officeBackend, ADMIN_PASSWORD } from './support';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown;

/** Electron's ipcMain cannot run here; this records the handler main.ts registers so the test can invoke it. */
function channelWithRouter() {
  const { backend } = officeBackend();
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: (channel: string, handler: Invoke) => void handlers.set(channel, handler) };
  const mainFrame = { url: 'app://boai/index.html', parent: null, processId: 3, routingId: 1 };
  const window = { id: 11, mainFrame } as unknown as WebContents;
  registerApiChannel(ipcMain as unknown as IpcMain, () => window, backend.router);
  expect([...handlers.keys()]).toEqual([API_CHANNEL]);
  const invoke = (frame: Record<string, unknown> | null, method: unknown, input: unknown, senderId = 11) =>
    handlers.get(API_CHANNEL)!({ sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent, method, input) as Promise<unknown>;
  return { backend, window, mainFrame, invoke };
}

describe('boai:call', () => {
  it('hands a trusted call to the router', async () => {
    const { invoke, mainFrame } = channelWithRouter();
    await expect(invoke(mainFrame, 'office.status', {})).resolves.toMatchObject({ ok: true, value: { configured: true } });
    await expect(invoke(mainFrame, 42, {})).resolves.toMatchObject({ ok: false, error: { code: 'METHOD_UNKNOWN' } });
  });

  it('keeps one session per window and drops it when the window closes', async () => {
    const { invoke, mainFrame, window, backend } = channelWithRouter();
    await expect(invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD })).resolves.toMatchObject({ ok: true });
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({ ok: true });
    backend.router.dropSession(sessionKeyFor(window)); // what main.ts does on the window's 'closed'
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('refuses a subframe, another page, another window or a vanished frame before the router runs', async () => {
    const { invoke, mainFrame } = channelWithRouter();
    const login = { username: 'admin', password: ADMIN_PASSWORD };
    const refused = { ok: false, error: { code: 'IPC_SENDER_REFUSED', messageKey: 'errors.IPC_SENDER_REFUSED' } };
    await expect(invoke({ ...mainFrame, parent: mainFrame, routingId: 5 }, 'auth.login', login)).resolves.toEqual(refused);
    await expect(invoke({ ...mainFrame, url: 'https://example.com/' }, 'auth.login', login)).resolves.toEqual(refused);
    await expect(invoke(mainFrame, 'auth.login', login, 12)).resolves.toEqual(refused);
    await expect(invoke(null, 'auth.login', login)).resolves.toEqual(refused);
    // None of the refused logins signed the window in.
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });
});
