// The brake on full-ID guessing: a user who may not reveal ID numbers could otherwise confirm guesses one by
// one (a masked ID leaves ~3,300 checksum-valid candidates). Misses - full, checksum-valid ID numbers that match
// no person - are counted per user; after MAX_MISSES distinct misses within an hour every further full-ID
// lookup is refused (FULL_ID_LOOKUP_LIMIT) until the oldest miss is an hour old. Kept in memory only: the count
// starts again when the app restarts, which still leaves an attacker 20 guesses per restart and hour.
import type { CoreContext } from '../context';
import { fail } from '../errors';

export const MAX_MISSES = 20;
export const MISS_WINDOW_MS = 3600_000;

/** Per database (tests open many), per user: missed ID number -> when it missed. */
const missesByStore = new WeakMap<object, Map<string, Map<string, number>>>();

function missesOf(ctx: CoreContext): Map<string, number> {
  let users = missesByStore.get(ctx.store);
  if (!users) missesByStore.set(ctx.store, (users = new Map()));
  const userId = ctx.actor?.userId ?? '';
  let misses = users.get(userId);
  if (!misses) users.set(userId, (misses = new Map()));
  return misses;
}

/**
 * Looks up one full ID number for a user without the reveal permission: refused once the user has missed too
 * often, and a miss (`find` gives undefined) is remembered. Returns what `find` found.
 */
export function limitedIdLookup<T>(ctx: CoreContext, idNumber: string, find: () => T | undefined): T | undefined {
  const misses = missesOf(ctx);
  const now = ctx.now().getTime();
  for (const [missed, at] of misses) if (now - at >= MISS_WINDOW_MS) misses.delete(missed);
  if (misses.size >= MAX_MISSES) {
    const oldest = Math.min(...misses.values());
    fail('FULL_ID_LOOKUP_LIMIT', { until: new Date(oldest + MISS_WINDOW_MS).toISOString(), max: MAX_MISSES });
  }
  const found = find();
  if (found === undefined && !misses.has(idNumber)) misses.set(idNumber, now);
  return found;
}
