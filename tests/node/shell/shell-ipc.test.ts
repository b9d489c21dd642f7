// The one IPC channel against a real router on a real office database: trusted calls reach it under
// the window's session, anything else is refused before the router sees it, a closed window signs out.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_CHANNEL, registerApiChannel } from '../../../electron/main/api-channel';
import { PDF_OPTIONS, pdfFileName, printService } from '../../../electron/main/print';
import { officeBackend, ADMIN_PASSWORD } from '../support';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown;

/** Electron's ipcMain cannot run here; this records the handler main.ts registers so the test can invoke it. */
function channelWithRouter(print?: { chooseFile(name: string): Promise<string | null> }) {
  const { backend } = officeBackend();
  const printed: { options: unknown; file: string; bytes: Buffer }[] = [];
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: (channel: string, handler: Invoke) => void handlers.set(channel, handler) };
  const mainFrame = { url: 'app://boai/index.html', parent: null, processId: 3, routingId: 1 };
  const window = { id: 11, mainFrame } as unknown as WebContents;
  const shellFor =
    print &&
    ((sender: WebContents) =>
      printService(
        {
          printToPDF: async (options) => {
            expect(sender.id).toBe(11);
            return Buffer.from(`%PDF ${JSON.stringify(options)}`);
          },
        },
        {
          chooseFile: print.chooseFile,
          writeFile: async (file, bytes) => void printed.push({ options: null, file, bytes }),
        },
      ));
  const sessions = registerApiChannel(ipcMain as unknown as IpcMain, () => window, backend.router, shellFor);
  expect([...handlers.keys()]).toEqual([API_CHANNEL]);
  const invoke = (frame: Record<string, unknown> | null, method: unknown, input: unknown, senderId = 11) =>
    handlers.get(API_CHANNEL)!(
      { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent,
      method,
      input,
    ) as Promise<unknown>;
  return { backend, window, mainFrame, invoke, printed, sessions };
}

describe('boai:call', () => {
  it('hands a trusted call to the router', async () => {
    const { invoke, mainFrame } = channelWithRouter();
    await expect(invoke(mainFrame, 'office.status', {})).resolves.toMatchObject({
      ok: true,
      value: { configured: true },
    });
    await expect(invoke(mainFrame, 42, {})).resolves.toMatchObject({ ok: false, error: { code: 'METHOD_UNKNOWN' } });
  });

  it('keeps one session per window and drops it when the window closes', async () => {
    const { invoke, mainFrame, window, backend, sessions } = channelWithRouter();
    await expect(
      invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }),
    ).resolves.toMatchObject({ ok: true });
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({ ok: true });
    sessions.end(window, backend.router); // what main.ts does on the window's 'closed'
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });

  it('issues the window a fresh session id at every sign-in, which the page never sees', async () => {
    const { invoke, mainFrame, window, backend, sessions } = channelWithRouter();
    const login = await invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(JSON.stringify(login)).not.toMatch(/sessionId/);
    const first = sessions.callerFor(window).sessionId;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(sessions.callerFor(window).sessionId).not.toBe(first);
    const stale = { sessionId: first, keepSession: () => undefined };
    await expect(backend.router.call('users.list', {}, stale)).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({ ok: true });
  });

  it('refuses a subframe, another page, another window or a vanished frame before the router runs', async () => {
    const { invoke, mainFrame } = channelWithRouter();
    const login = { username: 'admin', password: ADMIN_PASSWORD };
    const refused = { ok: false, error: { code: 'IPC_SENDER_REFUSED', messageKey: 'errors.IPC_SENDER_REFUSED' } };
    await expect(invoke({ ...mainFrame, parent: mainFrame, routingId: 5 }, 'auth.login', login)).resolves.toEqual(
      refused,
    );
    await expect(invoke({ ...mainFrame, url: 'https://example.com/' }, 'auth.login', login)).resolves.toEqual(refused);
    await expect(invoke(mainFrame, 'auth.login', login, 12)).resolves.toEqual(refused);
    await expect(invoke(null, 'auth.login', login)).resolves.toEqual(refused);
    // None of the refused logins signed the window in.
    await expect(invoke(mainFrame, 'users.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
  });
});

describe('print.toPdf through the channel', () => {
  it('prints the calling window to an A4 PDF saved where the user chose, for a signed-in user only', async () => {
    const asked: string[] = [];
    const { invoke, mainFrame, printed } = channelWithRouter({
      chooseFile: async (name) => {
        asked.push(name);
        return `/chosen/${name}`;
      },
    });
    await expect(invoke(mainFrame, 'print.toPdf', { title: '出库单 CK-2026-0001' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    await invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    await expect(invoke(mainFrame, 'print.toPdf', { title: '出库单 CK-2026-0001' })).resolves.toEqual({
      ok: true,
      value: { saved: '/chosen/出库单 CK-2026-0001.pdf' },
    });
    expect(asked).toEqual(['出库单 CK-2026-0001.pdf']);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.bytes.toString()).toBe(`%PDF ${JSON.stringify(PDF_OPTIONS)}`);
  });

  it('saves nothing when the user cancels the save dialog', async () => {
    const { invoke, mainFrame, printed } = channelWithRouter({ chooseFile: async () => null });
    await invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    await expect(invoke(mainFrame, 'print.toPdf', { title: '签收表' })).resolves.toEqual({
      ok: true,
      value: { saved: null },
    });
    expect(printed).toHaveLength(0);
  });

  it("is refused where no shell prints (the dev host), so the page uses the browser's print dialog", async () => {
    const { invoke, mainFrame } = channelWithRouter();
    await invoke(mainFrame, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    await expect(invoke(mainFrame, 'print.toPdf', { title: '公示表' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'PRINT_SHELL_ONLY' },
    });
  });

  it('names the file from the title without characters Windows refuses', () => {
    expect(pdfFileName('出库单 a/b:c*?"<>|')).toBe('出库单 a b c.pdf');
    expect(pdfFileName('  ')).toBe('print.pdf');
  });
});
