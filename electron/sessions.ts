// The router's sessions: random ids issued only at sign-in, each bound to one user and to the credentials
// (password hash and roles) it was granted under, ended after an idle time. In memory: a restart signs everyone out.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_IDLE_MINUTES = 30;

interface Session {
  userId: string;
  credentials: string;
  lastActivity: number;
}

/** What a presented id turned out to be: a live session, one that idled out, or nothing the router issued. */
export type SessionLookup =
  { state: 'live'; id: string; userId: string; credentials: string } | { state: 'expired' } | { state: 'none' };

export interface SessionTable {
  /** Issues a fresh id for the user (the router drops the carrier's previous one). */
  issue(userId: string, credentials: string, at: number): string;
  find(id: string | null, at: number): SessionLookup;
  /** Counts the call as user activity: the idle clock starts again. */
  touch(id: string, at: number): void;
  /** Milliseconds until the session idles out (without further activity). */
  remaining(id: string, at: number): number;
  /** Re-binds a live session to the user's current credentials (an admin who edited themself). */
  rebind(id: string, credentials: string): void;
  drop(id: string | null): void;
}

export function createSessionTable(idleMinutes = DEFAULT_IDLE_MINUTES): SessionTable {
  const sessions = new Map<string, Session>();
  const idleMs = idleMinutes * 60_000;

  const find = (id: string | null, at: number): SessionLookup => {
    const session = id ? sessions.get(id) : undefined;
    if (!id || !session) return { state: 'none' };
    if (at - session.lastActivity >= idleMs) {
      sessions.delete(id);
      return { state: 'expired' };
    }
    return { state: 'live', id, userId: session.userId, credentials: session.credentials };
  };

  return {
    issue(userId, credentials, at) {
      // Sessions whose browser or window never came back are forgotten here, not kept for ever.
      for (const [old, session] of sessions) if (at - session.lastActivity >= idleMs) sessions.delete(old);
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, { userId, credentials, lastActivity: at });
      return id;
    },
    find,
    touch(id, at) {
      const session = sessions.get(id);
      if (session) session.lastActivity = at;
    },
    remaining(id, at) {
      const session = sessions.get(id);
      return session ? Math.max(0, session.lastActivity + idleMs - at) : 0;
    },
    rebind(id, credentials) {
      const session = sessions.get(id);
      if (session) session.credentials = credentials;
    },
    drop(id) {
      if (id) sessions.delete(id);
    },
  };
}

export const SETTINGS_FILE = 'settings.json';

/**
 * The idle time for every shell: BOAI_IDLE_MINUTES wins (dev host, tests), else `idleMinutes` in settings.json in
 * the data folder (the Electron shell: userData/boai-ledger/settings.json), else 30 minutes.
 */
export function idleMinutesSetting(dataDir: string, env: NodeJS.ProcessEnv = process.env): number {
  return (
    positiveMinutes(env.BOAI_IDLE_MINUTES) ?? positiveMinutes(readSettings(dataDir).idleMinutes) ?? DEFAULT_IDLE_MINUTES
  );
}

function positiveMinutes(value: unknown): number | null {
  const minutes = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? minutes : null;
}

function readSettings(dataDir: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
