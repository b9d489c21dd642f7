// openPackage / verifyPackage: every check that needs no payload, in the documented order, before any
// payload is read; lines() then opens and inflates the payload as it is consumed.
import type { OfficeKeyRing, PackageHeader, TrustLookup } from '../types';
import { refuse } from './errors';
import { commonHeader, packageHashOf } from './header';
import { checkReadable, checkRecipient, checkSigned, readPart, type InspectedPart } from './inspect';
import { orderParts } from './parts';
import { checkPayloadLines, payloadLineBatches, payloadLines } from './payload';
import { unwrapFileKey } from './seal';

export interface OpenedPackage {
  /** The header every part shares (without its part stanza). */
  header: PackageHeader;
  /** Hex SHA-256 that identifies the package whatever its split; the next package's prevHash. */
  packageHash: string;
  /** Opens and inflates as you go (bounded memory); throws PackageError mid-stream. */
  lines(): AsyncIterable<unknown>;
  /** The same lines a batch at a time (what one inflated piece holds): for the passes over every line. */
  lineBatches(): AsyncIterable<unknown[]>;
  /** Verify's pass: every chunk opened, every line checked as JSON and counted, nothing built or kept. */
  checkLines(): Promise<void>;
}

export interface OpenOptions {
  keys: OfficeKeyRing;
  trust: TrustLookup;
}

export async function openPackage(files: string[], o: OpenOptions): Promise<OpenedPackage> {
  if (files.length === 0) refuse('PKG_PARTS_MISSING', { missing: [1] });
  const parts: InspectedPart[] = [];
  let privateKey = null;
  for (const file of files) {
    const part = await readPart(file);
    checkSigned(part, o.trust);
    privateKey = checkRecipient(part, o.keys);
    checkReadable(part);
    parts.push(part);
  }
  const ordered = orderParts(parts);
  const header = ordered[0]!.header;
  const fileKey = unwrapFileKey(header.encryption, privateKey!, header.packageId);
  if (!fileKey) refuse('PKG_WRONG_RECIPIENT', { reason: 'key unwrap', keyId: header.recipient.keyId });
  return {
    header: commonHeader(header),
    packageHash: packageHashOf(header),
    lines: () => payloadLines(ordered, fileKey),
    lineBatches: () => payloadLineBatches(ordered, fileKey),
    checkLines: () => checkPayloadLines(ordered, fileKey),
  };
}

/** Every check, every chunk opened and every line parsed and counted, nothing kept. */
export async function verifyPackage(
  files: string[],
  o: OpenOptions,
): Promise<{ header: PackageHeader; packageHash: string }> {
  const opened = await openPackage(files, o);
  await opened.checkLines();
  return { header: opened.header, packageHash: opened.packageHash };
}
