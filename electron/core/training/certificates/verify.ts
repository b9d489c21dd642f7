// Checking a certificate's QR text offline: prefix, Base45, COSE_Sign1, the key among those this office
// accepts, the signature, the claims. Each refusal is a value with its own code, so the verification page
// and the CLI say in plain words which it was; nothing here throws on what a scanner typed.
import { decodeBase45 } from './base45';
import { decodeClaims, type CertificateClaims } from './claims';
import type { CertificateCodeRefusal } from './contract';
import { coseSignedBy, decodeCose } from './cose';
import { CERTIFICATE_QR_PREFIX } from './qrPayload';
import type { SignerList } from './signers';

export { CERTIFICATE_CODE_REFUSALS, type CertificateCodeRefusal } from './contract';

export type CertificateCheck =
  | { ok: true; claims: CertificateClaims; office: { code: string; name: string } }
  | { ok: false; code: CertificateCodeRefusal };

/** Longer than any certificate's code (about 400 characters): not worth decoding. */
const MAX_TEXT = 2000;

/**
 * What a USB scanner typed or a clerk pasted: surrounding spaces and line ends dropped. Base45 has no lower-case
 * letters, so lower case means the scanner typed with Caps Lock on; it is read as upper case.
 */
function codeText(typed: string): string | null {
  const text = typed.trim();
  if (text.slice(0, CERTIFICATE_QR_PREFIX.length).toUpperCase() !== CERTIFICATE_QR_PREFIX) return null;
  return text.slice(CERTIFICATE_QR_PREFIX.length).toUpperCase();
}

const refused = (code: CertificateCodeRefusal): CertificateCheck => ({ ok: false, code });

export function verifyCertificateCode(typed: string, signers: SignerList): CertificateCheck {
  const text = codeText(typed);
  if (text === null) return refused('CERTIFICATE_CODE_UNRECOGNISED');
  const bytes = text.length <= MAX_TEXT ? decodeBase45(text) : null;
  const message = bytes && decodeCose(bytes);
  if (!message) return refused('CERTIFICATE_CODE_DAMAGED');
  const known = signers.find(message.kid);
  if (!known) return refused('CERTIFICATE_CODE_UNKNOWN_ISSUER');
  if (!coseSignedBy(message, known.key)) return refused('CERTIFICATE_CODE_SIGNATURE_INVALID');
  const claims = decodeClaims(message.payload);
  if (!claims) return refused('CERTIFICATE_CODE_DAMAGED');
  // A trusted key speaks for its own office only: a county cannot vouch for another county's certificate.
  if (claims.officeCode !== known.signer.officeCode) return refused('CERTIFICATE_CODE_UNKNOWN_ISSUER');
  return { ok: true, claims, office: { code: known.signer.officeCode, name: known.signer.officeName } };
}
