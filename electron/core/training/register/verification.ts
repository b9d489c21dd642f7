// 证书查验: a scanned or pasted QR text checked against the keys this office accepts - its own signing keys
// (active and retired), the offices it trusts (every key they were trusted with) - with the status from this
// office's register where it holds the number. Every verification is audited: the outcome and the number,
// never the ID number. The city's directory of county keys (key_directories) is read by its own session's code
// once that lands; until then the counties of the city are verified through the trust list only.
import { eq } from 'drizzle-orm';
import { officeKeys, trainingCertificates } from '@db/schema';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { directorySigningKeys, trustedSigningKeys } from '../../exchange/keys/directory';
import { rowRead } from '../../records/reads';
import { localToday } from '../../stock/office';
import {
  signerList,
  verificationOf,
  verifyCertificateCode,
  type CertificateSigner,
  type RegisterEntry,
  type Verification,
} from '../certificates';

const REGISTER_ENTRY = rowRead<
  Pick<typeof trainingCertificates.$inferSelect, 'id'> & { revoked: number; superseded: number },
  [officeCode: string, number: string]
>(
  `SELECT c.id, c.revoked_at IS NOT NULL AS revoked,
     EXISTS (SELECT 1 FROM training_certificates n WHERE n.previous_id = c.id AND n.voided = 0) AS superseded
   FROM training_certificates c WHERE c.office_code = ? AND c.number = ? AND c.voided = 0`,
);

export function certificateSigners(ctx: CoreContext): CertificateSigner[] {
  const office = officeOf(ctx);
  const own = ctx.store.orm
    .select({ publicKey: officeKeys.publicKey })
    .from(officeKeys)
    .where(eq(officeKeys.purpose, 'signing'))
    .all();
  return [
    ...own.map(({ publicKey }) => ({ officeCode: office.code, officeName: office.name, publicKey, trusted: true })),
    ...trustedSigningKeys(ctx.store).map((t) => ({ ...t, trusted: true })),
    // The other counties of this county's city, from the city's signed key directory.
    ...directorySigningKeys(ctx.store, office.code).map((k) => ({ ...k, trusted: true })),
  ];
}

function registerEntry(
  ctx: CoreContext,
  officeCode: string,
  number: string,
): (RegisterEntry & { id: string }) | undefined {
  const row = REGISTER_ENTRY.on(ctx.store.sqlite).get(officeCode, number);
  return row && { id: row.id, revoked: row.revoked === 1, superseded: row.superseded === 1 };
}

export function verifyScannedCertificate(ctx: CoreContext, text: string): Verification {
  const check = verifyCertificateCode(text, signerList(certificateSigners(ctx)));
  const entry = check.ok ? registerEntry(ctx, check.claims.officeCode, check.claims.number) : undefined;
  const verification = verificationOf(check, entry, localToday(ctx));
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'training_certificates',
    recordId: entry?.id ?? null,
    after: verification.ok
      ? { outcome: verification.status, number: verification.number, office: verification.office.code }
      : { outcome: verification.code },
  });
  return verification;
}
