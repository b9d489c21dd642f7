// What every core function receives: the open database, who is acting, and the clock.
import type { Store } from '../../db/open';
import type { Role } from '../../rules/roles';
import type { OfficeInfo } from '../api/types';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface CoreContext {
  store: Store;
  /** Null only for the public methods (office status, first-run setup, login). */
  actor: Actor | null;
  /** The API method being served, written to the audit log. */
  method: string;
  now: () => Date;
  /**
   * This database's office as the router read it once (null before set-up); absent when the core is called
   * without the router (tests, the CLI's recovery commands) - officeOf (accounts/office.ts) then reads it.
   */
  office?: OfficeInfo | null;
  /** Seals and opens this office's private keys; absent when nothing can unlock them (keys then fail KEYS_LOCKED). */
  secrets?: SecretSealer;
}

/**
 * Seals secrets at rest. The Electron shell uses the OS keychain (safeStorage); the dev host and the CLI use a
 * key derived from a passphrase (--passphrase-file or BOAI_KEY_PASSPHRASE). `kind` is stored beside each sealed
 * secret, so a database sealed one way and opened another is told apart from a wrong passphrase.
 */
export interface SecretSealer {
  readonly kind: 'safeStorage' | 'passphrase';
  seal(plain: Buffer): Buffer;
  /** Throws AppError KEYS_PASSPHRASE_WRONG (or KEYS_LOCKED) when the sealed bytes cannot be opened. */
  open(sealed: Buffer): Buffer;
}

export function nowIso(ctx: CoreContext): string {
  return ctx.now().toISOString();
}

export function actorName(ctx: CoreContext): string {
  return ctx.actor?.username ?? 'system';
}
