// Key cards and the trust list as the renderer sees them (types only, no runtime code).
import type { OfficeRole } from '@api/types';

/** This office's key card: what the page shows and prints. */
export interface MyKeyCard {
  officeCode: string;
  name: string;
  role: OfficeRole;
  signingKeyId: string;
  encryptionKeyId: string;
  /** `4821 0937 …`: 12 groups of 4 digits. */
  fingerprint: string;
  issuedAt: string;
  /** Set after a key replacement: the earlier signing key that vouches for this card. */
  previousKeyId: string | null;
  /** The card file's text (JSON), as written by exportCard. */
  cardJson: string;
  /** The same card as a QR code (SVG markup). */
  qrSvg: string;
}

export interface KeyCardFile {
  fileName: string;
  contentBase64: string;
}

/**
 * What importing a card would do. new: never seen, compare the digits; same: already trusted with these keys;
 * rotation: a replacement signed by the key we trust, accepted without comparing; changed: other keys and no
 * valid signature by the old key, compare the digits again.
 */
export type CardStatus = 'new' | 'same' | 'rotation' | 'changed';

export interface CardPreview {
  officeCode: string;
  name: string;
  role: OfficeRole;
  signingKeyId: string;
  encryptionKeyId: string;
  fingerprint: string;
  status: CardStatus;
  needsConfirmation: boolean;
  /** The office as trusted now, when it is known. */
  current: TrustedOfficeInfo | null;
}

export interface TrustedOfficeInfo {
  officeCode: string;
  name: string;
  role: OfficeRole;
  signingKeyId: string;
  encryptionKeyId: string;
  fingerprint: string;
  confirmedHow: 'fingerprint' | 'rotation';
  confirmedBy: string;
  confirmedAt: string;
  firstTrustedAt: string;
}

export interface TrustResult {
  office: TrustedOfficeInfo;
  status: CardStatus;
}

/** The city's signed directory of its counties' certificate-signing keys, as a county holds it. */
export interface DirectorySummary {
  cityCode: string;
  issuedAt: string;
  counties: { officeCode: string; name: string; keys: number }[];
}

export interface KeyDirectoryExport {
  fileName: string;
  /** The directory file's text (JSON). */
  text: string;
  counties: number;
}
