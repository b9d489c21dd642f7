// What a handler receives besides its input: the core's context plus the session and shell services the router
// adds. Its own module so handlers/ can type themselves without importing the router that imports them.
import type { OfficeInfo } from '../api/types';
import type { Actor, CoreContext } from './context';

/** What only the Electron shell can do for the window that called; the dev host offers none of it. */
export interface ShellServices {
  /** Prints the calling window's page to an A4 PDF and saves it where the user chooses; null when cancelled. */
  printToPdf(options: { title: string }): Promise<{ saved: string | null }>;
}

export interface HandlerContext extends CoreContext {
  /** This database's office, read once by the router (null before set-up). */
  office: OfficeInfo | null;
  shell?: ShellServices;
  /** Starts a session under a fresh id (the caller's previous one ends). */
  signIn(actor: Actor): void;
  signOut(): void;
  /** Keeps the current session after the actor changed their own roles (their other sessions end). */
  keepOwnSession(): void;
  /** Milliseconds until the current session idles out, and the idle time itself. */
  idle(): { remainingMs: number; idleMinutes: number };
}
