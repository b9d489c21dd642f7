// Raw public keys, key ids and fingerprints: the forms a key takes outside Node's KeyObject.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

export type KeyPurpose = 'signing' | 'encryption';
const CURVE: Record<KeyPurpose, 'Ed25519' | 'X25519'> = { signing: 'Ed25519', encryption: 'X25519' };

/** The 32 raw public key bytes, base64url (as in a JWK's `x`). */
export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an OKP public key');
  return jwk.x;
}

export function publicKeyFromRaw(raw: string, purpose: KeyPurpose): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: CURVE[purpose], x: raw }, format: 'jwk' });
}

/** Key id: the first 8 bytes of SHA-256 over the raw public key, as 16 hex digits. */
export function keyIdOf(raw: string): string {
  return createHash('sha256').update(Buffer.from(raw, 'base64url')).digest('hex').slice(0, 16);
}

const FINGERPRINT_DIGITS = 48; // 12 groups of 4: ~159 bits, far beyond any collision search
const FINGERPRINT_DOMAIN = 'boai-ledger key card fingerprint v1\n';

/** 48 decimal digits from SHA-256 over both raw public keys: readable aloud over the phone. */
export function fingerprintOf(signingRaw: string, encryptionRaw: string): string {
  const digest = createHash('sha256')
    .update(FINGERPRINT_DOMAIN)
    .update(Buffer.from(signingRaw, 'base64url'))
    .update(Buffer.from(encryptionRaw, 'base64url'))
    .digest('hex');
  // 2^256 is ~10^77, so reducing modulo 10^48 leaves no bias worth mentioning.
  return (BigInt(`0x${digest}`) % 10n ** BigInt(FINGERPRINT_DIGITS)).toString().padStart(FINGERPRINT_DIGITS, '0');
}

/** `4821 0937 5512 …`: groups of four digits. */
export function groupFingerprint(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** What a person typed: spaces, dashes and full-width digits allowed. */
export function normalizeFingerprint(typed: string): string {
  return typed
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s\-_.·]/g, '');
}
