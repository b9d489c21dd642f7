// The payload's secrecy: a random file key per package, wrapped for the recipient's X25519 key
// (ephemeral X25519 + HKDF-SHA-256 + AES-256-GCM), and AES-256-GCM over fixed-size chunks whose
// nonce is the chunk's index plus a final-chunk flag, so a dropped, reordered or cut chunk fails.
import crypto, { type KeyObject } from 'node:crypto';
import { KEY_BYTES, KEY_WRAP_INFO, KEY_WRAP_SCHEME, PAYLOAD_CIPHER, TAG_BYTES } from './constants';

export interface EncryptionStanza {
  scheme: typeof KEY_WRAP_SCHEME;
  payloadCipher: typeof PAYLOAD_CIPHER;
  /** Base64 of the 32 raw bytes of the sender's one-time X25519 public key. */
  ephemeralPublicKey: string;
  /** Base64 of the AES-256-GCM ciphertext (32 bytes) and tag (16 bytes) of the file key. */
  wrappedKey: string;
}

export function rawX25519(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

function x25519FromRaw(raw: Buffer): KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** KEK (32 bytes) and nonce (12 bytes) for one wrap; salt binds both public keys. */
function wrapKeys(shared: Buffer, ephemeralRaw: Buffer, recipientRaw: Buffer): { kek: Buffer; nonce: Buffer } {
  const okm = Buffer.from(
    crypto.hkdfSync('sha256', shared, Buffer.concat([ephemeralRaw, recipientRaw]), KEY_WRAP_INFO, 44),
  );
  return { kek: okm.subarray(0, 32), nonce: okm.subarray(32, 44) };
}

export function wrapFileKey(fileKey: Buffer, recipientPublicKey: KeyObject, packageId: string): EncryptionStanza {
  const ephemeral = crypto.generateKeyPairSync('x25519');
  const shared = crypto.diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipientPublicKey });
  const ephemeralRaw = rawX25519(ephemeral.publicKey);
  const { kek, nonce } = wrapKeys(shared, ephemeralRaw, rawX25519(recipientPublicKey));
  const cipher = crypto.createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(packageId, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
  return {
    scheme: KEY_WRAP_SCHEME,
    payloadCipher: PAYLOAD_CIPHER,
    ephemeralPublicKey: ephemeralRaw.toString('base64'),
    wrappedKey: wrapped.toString('base64'),
  };
}

/** The file key, or null when this private key cannot open the stanza. */
export function unwrapFileKey(stanza: EncryptionStanza, privateKey: KeyObject, packageId: string): Buffer | null {
  try {
    const ephemeralRaw = Buffer.from(stanza.ephemeralPublicKey, 'base64');
    const wrapped = Buffer.from(stanza.wrappedKey, 'base64');
    if (ephemeralRaw.length !== 32 || wrapped.length !== KEY_BYTES + TAG_BYTES) return null;
    const recipientRaw = rawX25519(crypto.createPublicKey(privateKey));
    const shared = crypto.diffieHellman({ privateKey, publicKey: x25519FromRaw(ephemeralRaw) });
    const { kek, nonce } = wrapKeys(shared, ephemeralRaw, recipientRaw);
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, nonce);
    decipher.setAAD(Buffer.from(packageId, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(KEY_BYTES));
    return Buffer.concat([decipher.update(wrapped.subarray(0, KEY_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** 12 bytes: chunk index as a big-endian 88-bit counter (top 3 bytes zero), then 0x01 on the last chunk, else 0x00. */
export function chunkNonce(index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 3);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

export function sealChunk(fileKey: Buffer, index: number, final: boolean, plain: Buffer): Buffer {
  const cipher = crypto.createCipheriv('aes-256-gcm', fileKey, chunkNonce(index, final));
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** The chunk's plaintext, or null when its tag does not verify. */
export function openChunk(fileKey: Buffer, index: number, final: boolean, sealed: Buffer): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', fileKey, chunkNonce(index, final));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
