// COSE_Sign1 (RFC 9052 §4.2) with EdDSA over Ed25519 (alg -8): the signed envelope of a certificate's QR.
// The signature covers the Sig_structure ["Signature1", protected, external_aad, payload], never the payload
// alone: a signature this office makes over anything else (a package header) cannot pass for one of these.
import { sign, verify, type KeyObject } from 'node:crypto';
import { decode, encode, Tag } from 'cbor2';

/** CBOR tag of a COSE_Sign1 message. */
export const COSE_SIGN1_TAG = 18;
/** COSE header labels and the EdDSA algorithm id (RFC 9053). */
export const HEADER_ALG = 1;
export const HEADER_KID = 4;
export const ALG_EDDSA = -8;
const ED25519_SIGNATURE_BYTES = 64;

/** Decoding as the verifier must: maps stay maps (integer keys), a key twice is damage, not a choice. */
const STRICT_DECODING = { preferMap: true, rejectDuplicateKeys: true, rejectStreaming: true, maxDepth: 8 };

/** One CBOR item decoded strictly, or undefined when the bytes are not one (what a scanner typed may be anything). */
export function decodeStrictly(bytes: Uint8Array): unknown {
  try {
    return decode(bytes, STRICT_DECODING);
  } catch {
    return undefined;
  }
}

export interface CoseSign1 {
  /** The protected header exactly as signed (a CBOR map in a byte string). */
  protectedBytes: Uint8Array;
  kid: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
}

/** The bytes an EdDSA signature of a COSE_Sign1 covers (RFC 9052 §4.4), with no external data. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encode(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

/** A tagged COSE_Sign1 over `payload`, the key id in the protected header. */
export function signCose(payload: Uint8Array, kid: Uint8Array, privateKey: KeyObject): Uint8Array {
  const protectedBytes = encode(
    new Map<number, unknown>([
      [HEADER_ALG, ALG_EDDSA],
      [HEADER_KID, plainBytes(kid)],
    ]),
  );
  const signature = sign(null, sigStructure(protectedBytes, payload), privateKey);
  return encodeCose({ protectedBytes, kid: plainBytes(kid), payload, signature: plainBytes(signature) });
}

export function encodeCose(message: CoseSign1): Uint8Array {
  return encode(new Tag(COSE_SIGN1_TAG, [message.protectedBytes, new Map(), message.payload, message.signature]));
}

/** A Node Buffer as a plain Uint8Array: cbor2 writes a Buffer as the object its toJSON gives, not as bytes. */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/** The message's parts, or null when the bytes are not a COSE_Sign1 signed with EdDSA and a key id. */
export function decodeCose(bytes: Uint8Array): CoseSign1 | null {
  let message = decodeStrictly(bytes);
  if (message instanceof Tag) message = message.tag === COSE_SIGN1_TAG ? message.contents : null;
  if (!Array.isArray(message) || message.length !== 4) return null;
  const [protectedBytes, unprotected, payload, signature] = message as unknown[];
  if (!isBytes(protectedBytes) || !(unprotected instanceof Map) || !isBytes(payload) || !isBytes(signature))
    return null;
  if (signature.length !== ED25519_SIGNATURE_BYTES) return null;
  const header = decodeStrictly(protectedBytes);
  if (!(header instanceof Map) || header.get(HEADER_ALG) !== ALG_EDDSA) return null;
  const kid: unknown = header.get(HEADER_KID);
  return isBytes(kid) ? { protectedBytes, kid, payload, signature } : null;
}

/** True when `publicKey` made the message's signature over its Sig_structure. */
export function coseSignedBy(message: CoseSign1, publicKey: KeyObject): boolean {
  try {
    return verify(null, sigStructure(message.protectedBytes, message.payload), publicKey, message.signature);
  } catch {
    return false;
  }
}
