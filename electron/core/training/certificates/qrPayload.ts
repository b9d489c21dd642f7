// A certificate's QR text: `BL1:` and the Base45 of a COSE_Sign1 whose payload is the CBOR claims, signed by the
// issuing office's signing key (docs/training.md). No compression: the longest realistic certificate already
// fits QR version 13 at level Q (tests/node/training/certificate-qr-size.test.ts), and deflate gains little on
// 130 bytes of mostly Chinese text.
import type { KeyObject } from 'node:crypto';
import { encodeBase45 } from './base45';
import { decodeClaims, encodeClaims, type CertificateFacts } from './claims';
import { signCose } from './cose';
import { kidBytes } from './signers';

/** Boai Ledger certificate, format 1. A later format takes BL2:, so a checker knows what it reads. */
export const CERTIFICATE_QR_PREFIX = 'BL1:';

/** The issuing office's current signing key, unlocked (loadKeyRing(ctx).signing). */
export interface CertificateSigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/** The QR text of a certificate; facts a checker would refuse (an empty name, an impossible date) are never signed. */
export function certificateQrText(facts: CertificateFacts, key: CertificateSigningKey): string {
  const claims = encodeClaims(facts);
  if (!decodeClaims(claims)) throw new RangeError(`certificate ${facts.number}: facts the QR format cannot carry`);
  const message = signCose(claims, kidBytes(key.keyId), key.privateKey);
  return CERTIFICATE_QR_PREFIX + encodeBase45(message);
}
