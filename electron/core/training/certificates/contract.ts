// What a verification answers, as the renderer (证书查验) and the CLI see it: the refusal codes and the genuine
// certificate's facts with its status. Pure types, shared with the renderer.

export const CERTIFICATE_CODE_REFUSALS = [
  /** No BL1: prefix: another QR (a payment code, a web link, a COVID certificate). */
  'CERTIFICATE_CODE_UNRECOGNISED',
  /** The prefix is ours, the rest is not readable: truncated, mistyped, or damaged in print. */
  'CERTIFICATE_CODE_DAMAGED',
  /** Signed with a key of no office this office trusts, or a trusted key speaking for another office. */
  'CERTIFICATE_CODE_UNKNOWN_ISSUER',
  /** The signature does not match: altered after signing, or not made for a certificate. */
  'CERTIFICATE_CODE_SIGNATURE_INVALID',
] as const;
export type CertificateCodeRefusal = (typeof CERTIFICATE_CODE_REFUSALS)[number];

/** The statuses a checker is told; 即将到期 is still valid, said by `expiring`. */
export type VerifiedStatus = 'VALID' | 'EXPIRED' | 'REVOKED' | 'SUPERSEDED';

export interface VerifiedCertificate {
  ok: true;
  status: VerifiedStatus;
  /** Valid, with 90 days or fewer left. */
  expiring: boolean;
  number: string;
  kind: string;
  name: string;
  idMasked: string;
  issued: string;
  expires: string;
  office: { code: string; name: string };
}

export type Verification = VerifiedCertificate | { ok: false; code: CertificateCodeRefusal };
