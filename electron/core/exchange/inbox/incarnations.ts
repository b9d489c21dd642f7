// Copies of a county's data the city has left behind: when an accepted snapshot moves a stream to a new
// incarnation (the county restored a backup), the old incarnation is remembered, so a package still arriving
// from it is recognised as out of date (PKG_INCARNATION_STALE) instead of stopping the stream as a fork.
import type Database from 'better-sqlite3';
import { valueRead } from '../../records/reads';
import { cachedStatement } from '../../records/statements';

const REPLACED = valueRead<number, [sender: string, incarnationId: string]>(
  `SELECT 1 FROM inbox_replaced_incarnations WHERE sender_office_code = ? AND incarnation_id = ?`,
);

export function isReplacedIncarnation(sqlite: Database.Database, sender: string, incarnationId: string): boolean {
  return REPLACED.on(sqlite).get(sender, incarnationId) !== undefined;
}

/** The stream moved from `incarnationId` to `current` by accepting snapshot `bySnapshot`. */
export function replaceIncarnation(
  sqlite: Database.Database,
  sender: string,
  incarnationId: string,
  current: string,
  bySnapshot: string,
  at: string,
): void {
  cachedStatement(
    sqlite,
    'DELETE FROM inbox_replaced_incarnations WHERE sender_office_code = ? AND incarnation_id = ?',
  ).run(sender, current);
  cachedStatement(
    sqlite,
    `INSERT INTO inbox_replaced_incarnations (sender_office_code, incarnation_id, replaced_by, replaced_at)
    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(sender, incarnationId, bySnapshot, at);
}
