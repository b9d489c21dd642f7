// The same opening-balance file is never posted twice by accident: a committed import leaves the SHA-256 of
// the file's bytes in its audit entry (the audit log is append-only, so the memory cannot be lost with a
// reversal), and a later import of the same bytes finds the first one there. Only an approver may post it again.
import { createHash } from 'node:crypto';
import type { EarlierOpeningImport } from '@core/stock/reports/contract';
import type { auditLog } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { rowRead } from '../../records/reads';
import { requireRole } from '../office';

const TABLE = 'stock_documents';

export function openingContentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const EARLIEST_IMPORT = rowRead<Pick<typeof auditLog.$inferSelect, 'at' | 'username' | 'after'>>(
  `SELECT at, username, after FROM audit_log
  WHERE table_name = ? AND json_extract(after, '$.openingContentHash') = ? ORDER BY seq LIMIT 1`,
);

/** The first committed import of these bytes, whoever made it and through whichever door (app or CLI). */
export function findEarlierOpening(ctx: CoreContext, contentHash: string): EarlierOpeningImport | null {
  const row = EARLIEST_IMPORT.on(ctx.store.sqlite).get(TABLE, contentHash);
  if (!row?.after) return null;
  const after = JSON.parse(row.after) as { by?: string; fileName?: string; documents?: string[] };
  return {
    at: row.at,
    by: after.by ?? row.username ?? '',
    fileName: after.fileName ?? '',
    documents: after.documents ?? [],
  };
}

/** Call inside the import's transaction, before posting: refuses a repeat unless an approver asked for it. */
export function refuseRepeatedOpening(ctx: CoreContext, contentHash: string, again: boolean): void {
  const earlier = findEarlierOpening(ctx, contentHash);
  if (!earlier) return;
  if (!again) throw new AppError('OPENING_ALREADY_IMPORTED', { ...earlier }, alreadyImportedText(earlier));
  requireRole(ctx, ['approver'], 'OPENING_AGAIN_APPROVER_ONLY');
}

/** The CLI prints this sentence; the app translates the code with the same details. */
function alreadyImportedText(earlier: EarlierOpeningImport): string {
  const at = new Date(earlier.at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return (
    `这个期初库存文件已于 ${when} 由 ${earlier.by} 导入过（${earlier.documents.join('、')}），再次导入会使库存加倍，没有导入。` +
    '确需再次导入，请审批人加 --again。'
  );
}

/** Remembers a committed import of these bytes, in the same transaction as its documents. */
export function recordOpening(
  ctx: CoreContext,
  contentHash: string,
  fileName: string,
  documents: { id: string; number: string }[],
  again: boolean,
): void {
  appendAudit(ctx, {
    method: ctx.method,
    tableName: TABLE,
    recordId: documents[0]?.id ?? null,
    after: {
      openingContentHash: contentHash,
      fileName,
      documents: documents.map((d) => d.number),
      by: ctx.actor?.displayName ?? '',
      again,
    },
  });
}
