// What the verification page and `training verify` show for a scanned code: the QR's own claims, with the status
// on the day. The dates come from the signed code; revoked and superseded only from this office's register,
// which knows them for its own certificates (and the counties' it receives), never from the code.
import { certificateStatus } from '@rules/training/certificateDates';
import type { Verification } from './contract';
import type { CertificateCheck } from './verify';

export type { Verification, VerifiedCertificate, VerifiedStatus } from './contract';

/** What the register holds about the certificate, when it holds it at all. */
export interface RegisterEntry {
  revoked: boolean;
  superseded: boolean;
}

export function verificationOf(
  check: CertificateCheck,
  register: RegisterEntry | undefined,
  today: string,
): Verification {
  if (!check.ok) return check;
  const { claims, office } = check;
  const status = certificateStatus(
    { expiryDate: claims.expires, revoked: register?.revoked ?? false, superseded: register?.superseded ?? false },
    today,
  );
  return {
    ok: true,
    status: status === 'EXPIRING' ? 'VALID' : status,
    expiring: status === 'EXPIRING',
    number: claims.number,
    kind: claims.kind,
    name: claims.name,
    idMasked: claims.idMasked,
    issued: claims.issued,
    expires: claims.expires,
    office,
  };
}
