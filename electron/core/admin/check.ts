// `db check`: SQLite's integrity check, the migration history, the audit hash chain and its sequence, the
// change journal against the heads the audit log recorded and this office sent upward, and every business
// record against the content hash of its last journalled change.
import { migrationState, type Store } from '@db/open';
import type { DbCheckResult } from '../../api/types';
import { checkRecordContents } from '../audit/content';
import { Findings } from '../audit/findings';
import { checkAuditChain } from '../audit/verify';

export function checkDatabase(store: Store, migrationsDir?: string): DbCheckResult {
  const integrity = (store.sqlite.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  const migrations = migrationState(store, migrationsDir);
  const findings = new Findings();
  const chain = checkAuditChain(store.sqlite, findings);
  const contents = checkRecordContents(store.sqlite, findings);
  const auditOk = chain.ok && findings.listed.length === 0;
  const audit = { ...chain, ok: auditOk, findings: findings.listed, findingsLeftOut: findings.leftOut, ...contents };
  return { integrity, migrations, audit, ok: integrity === 'ok' && migrations.ok && auditOk };
}
