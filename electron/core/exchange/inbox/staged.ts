// A preview the clerk may confirm. The import wizard previews a package and then, usually, applies it: the
// preview's transaction is kept open (not yet committed) so that "apply" commits exactly what was shown,
// instead of writing every record a second time (half the time on a large package). Only one is kept per
// database, and it gives way: to another preview or import, to any call in the app but the import wizard's
// (backend.ts, before the call runs), and after STAGED_FOR_MS. A released preview is rolled back; applying
// its upload then runs the apply afresh.
import type { ImportOutcome } from '@core/exchange/inbox/contract';
import type { CoreContext } from '../../context';

export interface PendingApply {
  /** What the open transaction holds, reported as a preview. */
  readonly preview: ImportOutcome;
  /** Records the package in the inbox as applied by `by`'s user, commits and closes; reports it applied. */
  commit(by: CoreContext): ImportOutcome;
  /** Rolls back and closes. */
  rollback(): void;
}

interface Staged {
  key: string;
  acceptSnapshot: boolean;
  pending: PendingApply;
  timer: NodeJS.Timeout;
}

/** How long a confirmed preview may wait for the clerk before it is rolled back. */
export const STAGED_FOR_MS = 10 * 60 * 1000;

const stagedByDatabase = new Map<string, Staged>();

/** Keeps `pending` for the upload `key`. */
export function stage(databaseFile: string, key: string, acceptSnapshot: boolean, pending: PendingApply): void {
  releaseStaged(databaseFile);
  const timer = setTimeout(() => releaseStaged(databaseFile), STAGED_FOR_MS);
  timer.unref();
  stagedByDatabase.set(databaseFile, { key, acceptSnapshot, pending, timer });
}

/** The staged preview of this upload (same snapshot choice), taken out of the registry; undefined if none. */
export function takeStaged(databaseFile: string, key: string, acceptSnapshot: boolean): PendingApply | undefined {
  const staged = stagedByDatabase.get(databaseFile);
  if (!staged || staged.key !== key || staged.acceptSnapshot !== acceptSnapshot) return undefined;
  end(databaseFile, staged);
  return staged.pending;
}

/** Rolls back the staged preview of this database (of upload `key` only, when given), if any; true when there was one. */
export function releaseStaged(databaseFile: string, key?: string): boolean {
  const staged = stagedByDatabase.get(databaseFile);
  if (!staged || (key !== undefined && staged.key !== key)) return false;
  end(databaseFile, staged);
  staged.pending.rollback();
  return true;
}

function end(databaseFile: string, staged: Staged): void {
  stagedByDatabase.delete(databaseFile);
  clearTimeout(staged.timer);
}
