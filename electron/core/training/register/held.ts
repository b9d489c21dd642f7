// The first-aid certificate each person holds on a day, for the rosters that must know who is qualified (a rescue
// team's readiness): of the person's live certificates of certified kinds, neither revoked nor superseded by a
// renewal, the one that runs longest, with its status on the day as the register derives it (有效, 即将到期, 已过期).
import { certificateStatus, type CertificateStatus } from '@rules/training/certificateDates';
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';

export interface HeldCertificate {
  certificateId: string;
  number: string;
  /** The certificate's title (救护员). */
  kindName: string;
  expiryDate: string;
  status: Extract<CertificateStatus, 'VALID' | 'EXPIRING' | 'EXPIRED'>;
}

const HELD = rowRead<{ personId: string; certificateId: string; number: string; kindName: string; expiryDate: string }>(
  `SELECT c.person_id AS personId, c.id AS certificateId, c.number, coalesce(k.certificate_title, k.name) AS kindName,
     c.expiry_date AS expiryDate
   FROM training_certificates c JOIN training_kinds k ON k.id = c.kind_id
   WHERE c.person_id IN (${IN_LIST}) AND c.voided = 0 AND c.revoked_at IS NULL AND k.category = 'certified'
     AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0)
   ORDER BY c.expiry_date, c.id`,
);

/** Each person's longest-running first-aid certificate on `day`; a person without one is left out. */
export function heldCertificates(
  ctx: CoreContext,
  personIds: readonly string[],
  day: string,
): Map<string, HeldCertificate> {
  const held = new Map<string, HeldCertificate>();
  for (const batch of inListBatches(personIds))
    for (const { personId, ...row } of HELD.on(ctx.store.sqlite).all(...batch)) {
      const status = certificateStatus({ expiryDate: row.expiryDate, revoked: false, superseded: false }, day);
      // Read in expiry order: the last one of a person is the one that runs longest.
      if (status === 'VALID' || status === 'EXPIRING' || status === 'EXPIRED') held.set(personId, { ...row, status });
    }
  return held;
}
