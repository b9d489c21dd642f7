// `db check`: SQLite's integrity check, the migration history, and the audit hash chain.
import { migrationState, type Store } from '../../../db/open';
import type { DbCheckResult } from '../../api/types';
import { verifyAuditChain } from '../audit/chain';

export function checkDatabase(store: Store, migrationsDir?: string): DbCheckResult {
  const integrity = (store.sqlite.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  const migrations = migrationState(store, migrationsDir);
  const audit = verifyAuditChain(store.sqlite);
  return { integrity, migrations, audit, ok: integrity === 'ok' && migrations.ok && audit.ok };
}
