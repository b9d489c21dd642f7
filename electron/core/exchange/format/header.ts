// The header's shape as the format layer fills it, its exact signed bytes, and the package hash.
import crypto from 'node:crypto';
import type { PackageHeader, PackageKind } from '../types';
import { canonicalJson } from './canonical';
import {
  COMPRESSION,
  KEY_WRAP_SCHEME,
  MAX_CHUNK_SIZE,
  PACKAGE_HASH_CONTEXT,
  PAYLOAD_CIPHER,
  SIGNATURE_CONTEXT,
} from './constants';
import { refuse } from './errors';
import type { EncryptionStanza } from './seal';

/** The same in every part: the whole payload. */
export interface PayloadStanza {
  format: 'ndjson';
  compression: typeof COMPRESSION;
  /** Plaintext bytes per chunk (the last chunk holds 1..chunkSize). */
  chunkSize: number;
  chunks: number;
  uncompressedBytes: number;
  compressedBytes: number;
  /** compressedBytes + 16 per chunk. */
  encryptedBytes: number;
  /** Hex SHA-256 of every encrypted chunk, in order, across all parts. */
  encryptedSha256: string;
}

/** This file's share of the payload. */
export interface PartStanza {
  index: number; // from 1
  count: number;
  firstChunk: number;
  chunks: number;
  bytes: number;
  /** Hex SHA-256 of this part's encrypted chunks. */
  sha256: string;
}

export type SealedHeader = PackageHeader & { payload: PayloadStanza; encryption: EncryptionStanza; part: PartStanza };

/** Which `counts` entry a payload line adds to: its `table`, or the package kind for a line without one (a receipt). */
export function countKey(line: unknown, kind: PackageKind): string {
  const table = (line as { table?: unknown } | null)?.table;
  return typeof table === 'string' ? table : kind;
}

export function signedBytes(headerBytes: Buffer): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, headerBytes]);
}

/** Identifies the package whatever its split: the header without its part stanza. */
export function packageHashOf(header: SealedHeader): string {
  const { part: _part, ...common } = header;
  return crypto.createHash('sha256').update(PACKAGE_HASH_CONTEXT).update(canonicalJson(common), 'utf8').digest('hex');
}

export function commonHeader(header: SealedHeader): PackageHeader {
  const { part: _part, ...common } = header;
  return common;
}

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Check = (value: unknown) => boolean;
const str: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200;
const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const match =
  (re: RegExp): Check =>
  (v) =>
    typeof v === 'string' && re.test(v);
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const nullOr =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const object =
  (shape: Record<string, Check>): Check =>
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(shape).every(([k, c]) => c((v as Record<string, unknown>)[k]));
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const auditHead = object({ seq: int(0), hash: match(HEX64) });
const counts: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(int(0));

const HEADER_SHAPE: Record<string, Check> = {
  formatVersion: int(1, 65535),
  packageId: match(UUID),
  kind: oneOf('delta', 'snapshot', 'receipt'),
  sender: object({ officeCode: str, keyId: str, incarnationId: str }),
  recipient: object({ officeCode: str, keyId: str }),
  seq: int(1),
  prevHash: nullOr(match(HEX64)),
  schemaVersion: int(1),
  minReaderVersion: int(1),
  counts,
  audit: optional(auditHead),
  priorAudit: optional(nullOr(auditHead)),
  createdAt: str,
  payload: object({
    format: oneOf('ndjson'),
    compression: oneOf(COMPRESSION),
    chunkSize: int(1, MAX_CHUNK_SIZE),
    chunks: int(1),
    uncompressedBytes: int(0),
    compressedBytes: int(1),
    encryptedBytes: int(17),
    encryptedSha256: match(HEX64),
  }),
  encryption: object({
    scheme: oneOf(KEY_WRAP_SCHEME),
    payloadCipher: oneOf(PAYLOAD_CIPHER),
    ephemeralPublicKey: str,
    wrappedKey: str,
  }),
  part: object({
    index: int(1),
    count: int(1),
    firstChunk: int(0),
    chunks: int(1),
    bytes: int(17),
    sha256: match(HEX64),
  }),
};

/** Parses and checks the header bytes: valid canonical JSON with every field in range, or PKG_HEADER_INVALID. */
export function parseHeader(bytes: Buffer, formatVersion: number): SealedHeader {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    refuse('PKG_HEADER_INVALID', { reason: 'json' });
  }
  const bad = Object.entries(HEADER_SHAPE).find(([k, check]) => !check((value as Record<string, unknown>)?.[k]));
  if (bad) refuse('PKG_HEADER_INVALID', { field: bad[0] });
  const header = value as SealedHeader;
  if (canonicalJson(header) !== bytes.toString('utf8')) refuse('PKG_HEADER_INVALID', { reason: 'not canonical' });
  if (header.formatVersion !== formatVersion) refuse('PKG_HEADER_INVALID', { field: 'formatVersion' });
  if (!consistent(header)) refuse('PKG_HEADER_INVALID', { reason: 'lengths' });
  return header;
}

function consistent({ payload: p, part }: SealedHeader): boolean {
  const lastPlain = p.compressedBytes - (p.chunks - 1) * p.chunkSize;
  return (
    lastPlain >= 1 &&
    lastPlain <= p.chunkSize &&
    p.encryptedBytes === p.compressedBytes + 16 * p.chunks &&
    part.index <= part.count &&
    part.firstChunk + part.chunks <= p.chunks
  );
}
