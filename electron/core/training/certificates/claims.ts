// What a certificate's QR says about it: a CBOR map with small integer keys (one byte each). Compact where the
// QR must stay small (docs/training.md): dates as the integer YYYYMMDD, the ID number as its first and last four
// characters only - enough for a checker holding the ID card, too little to be worth stealing from a photo.
import { encode } from 'cbor2';
import { isCalendarDay, isoDate } from '@rules/dates';
import { NAME_MAX } from '@rules/limits';
import { isOfficeCode } from '@rules/office';
import { CERTIFICATE_NUMBER_MAX } from '@rules/training/certificateNumber';
import { decodeStrictly } from './cose';

/** The claim keys, fixed by docs/training.md: a published format, never renumbered. */
export const CLAIM_KEYS = {
  number: 1,
  officeCode: 2,
  kind: 3,
  name: 4,
  idEnds: 5,
  issued: 6,
  expires: 7,
} as const;

export interface CertificateClaims {
  number: string;
  officeCode: string;
  /** The kind as printed on the certificate (救护员, 初级救护员, 救护师资). */
  kind: string;
  name: string;
  /** As shown to the checker: 3213**********442X (an 18-character resident ID number, middle starred). */
  idMasked: string;
  /** Issue date, YYYY-MM-DD. */
  issued: string;
  /** Last valid day, YYYY-MM-DD. */
  expires: string;
}

/** The certificate as the issuing office holds it; the QR carries the ID number's ends only. */
export type CertificateFacts = Omit<CertificateClaims, 'idMasked'> & { idNumber: string };

const KIND_MAX = 20;
const ID_LENGTH = 18;
const ID_ENDS = /^\d{4}[\dX]{4}$/;

/** The first four and last four characters of an 18-character ID number (as the registry stores it): what the QR carries. */
export function idEndsOf(idNumber: string): string {
  return idNumber.length === ID_LENGTH ? idNumber.slice(0, 4) + idNumber.slice(-4) : '';
}

/** 3213**********442X: the ends as a checker compares them with the ID card. */
export function maskIdForCertificate(idEnds: string): string {
  return idEnds.slice(0, 4) + '*'.repeat(ID_LENGTH - 8) + idEnds.slice(4);
}

const dateNumber = (iso: string) => Number(iso.replaceAll('-', ''));

function dateOf(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  const year = Math.floor(value / 10_000),
    month = Math.floor(value / 100) % 100,
    day = value % 100;
  return year >= 1000 && year <= 9999 && isCalendarDay(year, month, day) ? isoDate(year, month, day) : null;
}

export function encodeClaims(facts: CertificateFacts): Uint8Array {
  return encode(
    new Map<number, string | number>([
      [CLAIM_KEYS.number, facts.number],
      [CLAIM_KEYS.officeCode, facts.officeCode],
      [CLAIM_KEYS.kind, facts.kind],
      [CLAIM_KEYS.name, facts.name],
      [CLAIM_KEYS.idEnds, idEndsOf(facts.idNumber)],
      [CLAIM_KEYS.issued, dateNumber(facts.issued)],
      [CLAIM_KEYS.expires, dateNumber(facts.expires)],
    ]),
  );
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** The claims of a payload, or null when it is not the map docs/training.md describes. */
export function decodeClaims(bytes: Uint8Array): CertificateClaims | null {
  const map = decodeStrictly(bytes);
  if (!(map instanceof Map)) return null;
  const [number, officeCode, kind, name, idEnds] = (['number', 'officeCode', 'kind', 'name', 'idEnds'] as const).map(
    (claim) => map.get(CLAIM_KEYS[claim]),
  );
  const issued = dateOf(map.get(CLAIM_KEYS.issued)),
    expires = dateOf(map.get(CLAIM_KEYS.expires));
  if (!text(number, CERTIFICATE_NUMBER_MAX) || !text(kind, KIND_MAX) || !text(name, NAME_MAX)) return null;
  if (!text(officeCode, 6) || !isOfficeCode(officeCode) || !text(idEnds, 8) || !ID_ENDS.test(idEnds)) return null;
  if (!issued || !expires) return null;
  return { number, officeCode, kind, name, idMasked: maskIdForCertificate(idEnds), issued, expires };
}
