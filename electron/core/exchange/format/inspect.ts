// Every check that needs no decryption, one part file at a time, in the order docs/package-format.md gives.
import crypto from 'node:crypto';
import type { OfficeKeyRing, TrustLookup } from '../types';
import { FORMAT_VERSION, HARD_CEILING_BYTES, SCHEMA_VERSION } from './constants';
import { readEnvelope, type Envelope } from './envelope';
import { refuse } from './errors';
import { parseHeader, signedBytes, type SealedHeader } from './header';

export interface InspectedPart {
  envelope: Envelope;
  header: SealedHeader;
}

/** Envelope, format version, header shape: PKG_NOT_A_PACKAGE .. PKG_HEADER_INVALID. */
export async function readPart(file: string): Promise<InspectedPart> {
  const envelope = await readEnvelope(file);
  if (envelope.formatVersion > FORMAT_VERSION || envelope.formatVersion < 1) {
    refuse('PKG_FORMAT_UNSUPPORTED', { file, formatVersion: envelope.formatVersion, supported: FORMAT_VERSION });
  }
  return { envelope, header: parseHeader(envelope.headerBytes, envelope.formatVersion) };
}

/** Sender trusted, the trusted key, the signature, then the payload the signature vouches for. */
export function checkSigned({ envelope, header }: InspectedPart, trust: TrustLookup): void {
  const sender = trust.office(header.sender.officeCode);
  if (!sender) refuse('PKG_SENDER_UNKNOWN', { officeCode: header.sender.officeCode });
  if (sender.signingKeyId !== header.sender.keyId) {
    refuse('PKG_KEY_MISMATCH', {
      officeCode: sender.officeCode,
      keyId: header.sender.keyId,
      trustedKeyId: sender.signingKeyId,
    });
  }
  let valid: boolean;
  try {
    valid = crypto.verify(null, signedBytes(envelope.headerBytes), sender.signingPublicKey, envelope.signature);
  } catch {
    valid = false;
  }
  if (!valid) refuse('PKG_SIGNATURE_INVALID', { officeCode: sender.officeCode, file: envelope.file });
  if (envelope.payloadBytes !== header.part.bytes || envelope.payloadSha256 !== header.part.sha256) {
    refuse('PKG_PAYLOAD_CORRUPT', { file: envelope.file, reason: 'payload hash' });
  }
}

/** The package is sealed to one of our encryption keys, current or retired; returns that private key. */
export function checkRecipient({ header }: InspectedPart, keys: OfficeKeyRing): crypto.KeyObject {
  const ours = [keys.encryption, ...(keys.retiredEncryption ?? [])].find((k) => k.keyId === header.recipient.keyId);
  if (header.recipient.officeCode !== keys.officeCode || !ours) {
    refuse('PKG_WRONG_RECIPIENT', {
      recipient: header.recipient.officeCode,
      keyId: header.recipient.keyId,
      us: keys.officeCode,
    });
  }
  return ours.privateKey;
}

/** Records this app can read, a size it will inflate. */
export function checkReadable({ header }: InspectedPart): void {
  if (header.minReaderVersion > SCHEMA_VERSION) {
    refuse('PKG_SCHEMA_AHEAD', {
      schemaVersion: header.schemaVersion,
      minReaderVersion: header.minReaderVersion,
      ours: SCHEMA_VERSION,
    });
  }
  if (header.payload.uncompressedBytes > HARD_CEILING_BYTES) {
    refuse('PKG_TOO_LARGE', { declared: header.payload.uncompressedBytes, ceiling: HARD_CEILING_BYTES });
  }
}
