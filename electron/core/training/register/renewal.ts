// A 复训 renews the holder's latest renewable certificate of the kind it renews: not revoked, not already renewed,
// within its expiry + grace. The old certificate is never edited: it is superseded because a newer one names it.
import { trainingCertificates } from '@db/schema';
import { isRenewable } from '@rules/training/certificateDates';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import type { KindRow } from './lookups';

const LATEST_OF_KIND = rowRead<
  Pick<typeof trainingCertificates.$inferSelect, 'id' | 'expiryDate'> & { revoked: number; superseded: number },
  [personId: string, kindId: string, officeCode: string]
>(
  `SELECT c.id, c.expiry_date AS expiryDate, c.revoked_at IS NOT NULL AS revoked,
     EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0) AS superseded
   FROM training_certificates c
   WHERE c.person_id = ? AND c.kind_id = ? AND c.office_code = ? AND c.voided = 0
   ORDER BY c.expiry_date DESC, c.issue_date DESC`,
);

/** person id -> the certificate a renewal on `at` renews; people with none are absent. */
export function renewableCertificates(
  ctx: CoreContext,
  officeCode: string,
  kind: KindRow,
  personIds: readonly string[],
  at: string,
): Map<string, string> {
  const latest = LATEST_OF_KIND.on(ctx.store.sqlite);
  const renews = new Map<string, string>();
  for (const personId of personIds) {
    const candidates = latest.all(personId, kind.id, officeCode);
    const found = candidates.find((c) =>
      isRenewable(
        { expiryDate: c.expiryDate, revoked: c.revoked === 1, superseded: c.superseded === 1 },
        at,
        kind.renewalGraceMonths,
      ),
    );
    if (found) renews.set(personId, found.id);
  }
  return renews;
}
