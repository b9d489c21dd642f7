// The one IPC channel: the preload's window.api.call arrives here, the sender is checked (our
// window's main frame, showing app://boai/), and the call goes to the router under that window's session.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiResult } from '../api/types';
import type { Caller, Router, ShellServices } from '../router';
import { isAppUrl } from './app-protocol';

export const API_CHANNEL = 'boai:call';

/**
 * The session ids the router issued, bound to the window (webContents id) that signed in: the page never sees or
 * chooses them. The router hands a fresh id at every sign-in; closing the window ends its session.
 */
export class WindowSessions {
  private readonly ids = new Map<number, string>();

  callerFor(contents: Pick<WebContents, 'id'>, shell?: ShellServices): Caller {
    return {
      sessionId: this.ids.get(contents.id) ?? null,
      keepSession: (id) => {
        if (id) this.ids.set(contents.id, id);
        else this.ids.delete(contents.id);
      },
      shell,
    };
  }

  /** Ends the window's session (it closed). */
  end(contents: Pick<WebContents, 'id'>, router: Pick<Router, 'dropSession'>): void {
    router.dropSession(this.ids.get(contents.id) ?? null);
    this.ids.delete(contents.id);
  }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
type WindowContents = Pick<WebContents, 'id' | 'mainFrame'>;

/** The call came from the main frame of our window and that frame shows our renderer. */
export function isTrustedSender(event: SenderEvent, window: WindowContents | null): boolean {
  const frame = event.senderFrame;
  if (!window || !frame || event.sender.id !== window.id) return false;
  const main = window.mainFrame;
  return (
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isAppUrl(frame.url)
  );
}

const SENDER_REFUSED: ApiResult<never> = {
  ok: false,
  error: { code: 'IPC_SENDER_REFUSED', messageKey: 'errors.IPC_SENDER_REFUSED' },
};

/**
 * Registers the channel once; `currentWindow` is read per call, since the window can be recreated.
 * `shellFor` gives the services only the shell has (printing) for the window that called.
 */
export function registerApiChannel(
  ipcMain: Pick<IpcMain, 'handle'>,
  currentWindow: () => WindowContents | null,
  router: Router,
  shellFor?: (sender: WebContents) => ShellServices,
): WindowSessions {
  const sessions = new WindowSessions();
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, currentWindow())) return SENDER_REFUSED;
    return router.call(String(method), input, sessions.callerFor(event.sender, shellFor?.(event.sender)));
  });
  return sessions;
}
