// The keys a certificate's QR may be signed with: this office's own signing keys (current and replaced), the
// offices it trusts, the counties of its city's directory. The QR names its key by the key id the office
// keys already have (core/exchange/keys/material.ts): the first 8 bytes of SHA-256 over the raw public key.
import type { KeyObject } from 'node:crypto';
import { keyIdOf, publicKeyFromRaw } from '../../exchange/keys/material';

export interface CertificateSigner {
  officeCode: string;
  officeName: string;
  /** The Ed25519 signing public key, raw, base64url (as key cards and office_keys hold it). */
  publicKey: string;
  /** False for a key this office knows of but does not accept (a distrusted office): such codes are refused. */
  trusted: boolean;
}

export interface KnownSigner {
  signer: CertificateSigner;
  key: KeyObject;
}

export interface SignerList {
  /** The trusted signer with this key id (8 bytes), if any. */
  find(kid: Uint8Array): KnownSigner | undefined;
}

/** The list verification looks keys up in; each key's id is computed from the key, never taken on trust. */
export function signerList(signers: readonly CertificateSigner[]): SignerList {
  const byKeyId = new Map<string, KnownSigner>();
  for (const signer of signers) {
    if (!signer.trusted) continue;
    byKeyId.set(keyIdOf(signer.publicKey), { signer, key: publicKeyFromRaw(signer.publicKey, 'signing') });
  }
  return { find: (kid) => byKeyId.get(Buffer.from(kid).toString('hex')) };
}

/** The bytes a key id travels as in the COSE header. */
export function kidBytes(keyId: string): Uint8Array {
  return Buffer.from(keyId, 'hex');
}
