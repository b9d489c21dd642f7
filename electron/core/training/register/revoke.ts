// Revoking a certificate (approver or admin, with a reason) and logging each print: the only changes a
// certificate ever takes after issue. Both go through the record layer, so they are journalled and audited.
import { trainingCertificatePrints, trainingCertificates } from '@db/schema';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { insertRecord, updateRecord } from '../../records/write';
import { officeCodeOf, requireRole } from '../../stock/office';
import { certificateByNumber, certificateById, type CertificateRecord } from './lookups';

export const REVOKERS = ['approver'] as const;

export function revokeCertificate(
  ctx: CoreContext,
  ref: { id?: string; number?: string },
  reason: string,
): CertificateRecord {
  requireRole(ctx, REVOKERS, 'FORBIDDEN');
  const certificate = certificateOf(ctx, ref);
  if (certificate.revokedAt) fail('CERTIFICATE_ALREADY_REVOKED', { number: certificate.number });
  if (!reason.trim()) fail('CERTIFICATE_REVOKE_REASON_REQUIRED');
  return updateRecord(ctx, trainingCertificates, certificate.id, {
    revokedAt: nowIso(ctx),
    revokedBy: actorName(ctx),
    revokeReason: reason.trim(),
  });
}

export function certificateOf(ctx: CoreContext, ref: { id?: string; number?: string }): CertificateRecord {
  if (ref.id) return certificateById(ctx, ref.id);
  return certificateByNumber(ctx, officeCodeOf(ctx), ref.number ?? '');
}

/** One print per certificate: the first needs nothing; a reprint needs a reason. Returns the new print counts. */
export function recordPrints(
  ctx: CoreContext,
  ids: readonly string[],
  format: 'a4' | 'card',
  reason?: string | null,
): { printed: number; reprints: number } {
  const officeCode = officeCodeOf(ctx);
  let reprints = 0;
  for (const id of ids) {
    const certificate = certificateById(ctx, id);
    const reprint = certificate.printCount > 0;
    if (reprint && !reason?.trim()) fail('CERTIFICATE_REPRINT_REASON_REQUIRED', { number: certificate.number });
    if (reprint) reprints++;
    insertRecord(ctx, trainingCertificatePrints, officeCode, {
      certificateId: id,
      format,
      reprint,
      reason: reprint ? reason!.trim() : null,
    });
    updateRecord(ctx, trainingCertificates, id, { printCount: certificate.printCount + 1 });
  }
  return { printed: ids.length, reprints };
}
