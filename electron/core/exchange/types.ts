// The shapes the exchange parts share: a record as it travels, a package header, the keys that sign,
// seal and open packages, and the error codes a package can be refused with.
import type { KeyObject } from 'node:crypto';

/** One business record in a package payload (one NDJSON line). */
export interface ExchangeRecord {
  /** SQL table name, registered in registry.ts. */
  table: string;
  id: string;
  officeCode: string;
  rowVersion: number;
  voided: boolean;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
  /** Every other column (SQL names), created_at/updated_at/created_by/updated_by included. */
  fields: Record<string, unknown>;
}

export type PackageKind = 'delta' | 'snapshot' | 'receipt';

/** A position in the sender's audit log: an entry's seq and hash. */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** What the signature covers. Canonical JSON (sorted keys, no whitespace); no personal data. */
export interface PackageHeader {
  formatVersion: number;
  packageId: string;
  kind: PackageKind;
  sender: { officeCode: string; keyId: string; incarnationId: string };
  recipient: { officeCode: string; keyId: string };
  /** Position in the sender -> recipient stream, from 1; receipts have their own stream. */
  seq: number;
  /** SHA-256 (hex) of the previous package file in this stream, or null for seq 1. */
  prevHash: string | null;
  schemaVersion: number;
  minReaderVersion: number;
  /** Records per table, e.g. { people: 250000 }. */
  counts: Record<string, number>;
  /** The sender's audit head when the package was written (absent in packages of older versions). */
  audit?: AuditHead;
  /**
   * The entry of the sender's chain, as it is now, at the seq of the head its previous package to this recipient
   * carried (null: no previous package carried one). The city requires it to be the head it kept.
   */
  priorAudit?: AuditHead | null;
  createdAt: string;
  /** Filled in by the format layer. */
  payload?: unknown;
  encryption?: unknown;
  part?: { index: number; count: number };
}

/** This office's own keys, unlocked for the length of one operation. */
export interface OfficeKeyRing {
  officeCode: string;
  signing: { keyId: string; publicKey: KeyObject; privateKey: KeyObject };
  encryption: { keyId: string; publicKey: KeyObject; privateKey: KeyObject };
  /** Earlier encryption keys, so packages sealed to a replaced key can still be opened. */
  retiredEncryption?: { keyId: string; privateKey: KeyObject }[];
}

/** An office whose key card this office has confirmed. */
export interface TrustedOffice {
  officeCode: string;
  name: string;
  role: 'county' | 'city';
  signingKeyId: string;
  signingPublicKey: KeyObject;
  encryptionKeyId: string;
  encryptionPublicKey: KeyObject;
  fingerprint: string;
}

/** Where the reader looks up senders. */
export interface TrustLookup {
  office(officeCode: string): TrustedOffice | undefined;
}

/** Every way a package file can be refused; each has a Chinese message telling the clerk what to do. */
export const PACKAGE_ERROR_CODES = [
  'PKG_NOT_A_PACKAGE', // wrong magic: not a Boai Ledger package at all
  'PKG_FORMAT_UNSUPPORTED', // format version / min reader version newer than this app
  'PKG_TRUNCATED', // shorter than its trailer says: copy interrupted
  'PKG_TRAILING_DATA', // bytes after the trailer
  'PKG_CHECKSUM_MISMATCH', // trailer SHA-256 does not match: file altered or damaged
  'PKG_HEADER_INVALID', // header unreadable or fields missing
  'PKG_SENDER_UNKNOWN', // sender office not in the trust list
  'PKG_KEY_MISMATCH', // signed with a key that is not the trusted one for that office
  'PKG_SIGNATURE_INVALID', // signature does not verify
  'PKG_WRONG_RECIPIENT', // meant for another office (or another key of ours)
  'PKG_SCHEMA_AHEAD', // written by a newer schema than this app reads
  'PKG_PAYLOAD_CORRUPT', // a chunk fails authentication, or payload hash/length differs
  'PKG_TOO_LARGE', // decompressed size over the header's declared size or the hard ceiling
  'PKG_PARTS_MISSING', // a split package lacks parts
  'PKG_PARTS_DUPLICATE', // the same part twice, or parts of different packages
  'PKG_ALREADY_IMPORTED', // same package id and hash already applied (reported, not an error to the data)
  'PKG_REPLAY_MISMATCH', // an old sequence number with a different hash: fork
  'PKG_SEQUENCE_GAP', // held: earlier packages missing
  'PKG_INCARNATION_CHANGED', // sender database re-created or restored: fork, needs a snapshot
  'PKG_NOT_FOR_THIS_ROLE', // e.g. a receipt imported by a city, a delta by a county
  'PKG_STREAM_FORKED', // this county's stream stopped at a fork: nothing more applies until an administrator accepts a snapshot
  'PKG_RECORD_INVALID', // a record names an unknown table or column, another office, or a value that cannot be stored
  'PKG_VALUE_INVALID', // a value local entry would refuse: ID number, enum, date, number, a required field empty
  'PKG_FIELD_TOO_LONG', // a text over its maximum length (api/limits.ts)
  'PKG_REFERENCE_FOREIGN', // a record points at another office's record, or at none
  'PKG_AUDIT_REWOUND', // the sender's audit chain does not extend the head its last applied package carried: rewritten or cut
  'PKG_INCARNATION_STALE', // from a copy of the county's data that an accepted snapshot replaced: out of date, nothing to do
] as const;
export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];

/** Refusals for what a record holds (not for the file): the package is recorded as rejected and the county told why. */
export const RECORD_REFUSAL_CODES: readonly PackageErrorCode[] = [
  'PKG_RECORD_INVALID',
  'PKG_VALUE_INVALID',
  'PKG_FIELD_TOO_LONG',
  'PKG_REFERENCE_FOREIGN',
];
