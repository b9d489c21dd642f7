// A user's preferences in user_preferences: always the acting user's own rows (the user id comes from the
// session, never from the caller), each value JSON of at most PREFERENCE_MAX_BYTES.
import { PREFERENCE_MAX_BYTES } from '@rules/limits';
import { type CoreContext, nowIso } from '../context';
import { fail } from '../errors';
import { cachedStatement } from '../records/statements';

function userOf(ctx: CoreContext): string {
  if (!ctx.actor) fail('NOT_SIGNED_IN');
  return ctx.actor.userId;
}

export function getPreference(ctx: CoreContext, key: string): { value: unknown } {
  const stored = cachedStatement(ctx.store.sqlite, 'SELECT value FROM user_preferences WHERE user_id = ? AND key = ?')
    .pluck()
    .get(userOf(ctx), key) as string | undefined;
  return { value: stored === undefined ? null : JSON.parse(stored) };
}

export function setPreference(ctx: CoreContext, key: string, value: unknown): null {
  const userId = userOf(ctx);
  if (value === null || value === undefined) {
    cachedStatement(ctx.store.sqlite, 'DELETE FROM user_preferences WHERE user_id = ? AND key = ?').run(userId, key);
    return null;
  }
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) > PREFERENCE_MAX_BYTES)
    fail('PREFERENCE_TOO_LARGE', { maxKb: PREFERENCE_MAX_BYTES / 1024 });
  cachedStatement(
    ctx.store.sqlite,
    `INSERT INTO user_preferences (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(userId, key, json, nowIso(ctx));
  return null;
}
