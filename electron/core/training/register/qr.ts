// A certificate's signed QR text and its print sheets: the facts the register holds, signed with the office's
// active signing key (unlocked through ctx.secrets for this one call), and the QR drawn as SVG for printing.
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../../accounts/officeRow';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { openPrivateKey } from '../../exchange/keys/locked';
import { activeKey, keysMissing } from '../../exchange/keys/ring';
import { masksIds } from '../../people/query';
import { valueRead } from '../../records/reads';
import {
  certificateQrSvg,
  certificateQrText,
  type CertificateFacts,
  type CertificateSigningKey,
} from '../certificates';
import type { CertificateSheet } from './contract';
import { certificateById, kindOf, personOf, type CertificateRecord } from './lookups';
import { certificateOf } from './revoke';

function signingKey(ctx: CoreContext): CertificateSigningKey {
  const row = activeKey(ctx.store, 'signing');
  if (!row) throw keysMissing();
  return { keyId: row.keyId, privateKey: openPrivateKey(ctx, row.sealedPrivateKey, row.sealedWith) };
}

function factsOf(ctx: CoreContext, certificate: CertificateRecord): CertificateFacts {
  const office = officeOf(ctx);
  if (certificate.officeCode !== office.code) fail('CERTIFICATE_NOT_OWN', { number: certificate.number });
  const kind = kindOf(ctx, certificate.officeCode, certificate.kindId);
  const person = personOf(ctx, certificate.personId);
  return {
    number: certificate.number,
    officeCode: certificate.officeCode,
    kind: kind.certificateTitle ?? kind.name,
    name: person.name,
    idNumber: person.idNumber,
    issued: certificate.issueDate,
    expires: certificate.expiryDate,
  };
}

export function certificateQr(
  ctx: CoreContext,
  ref: { id?: string; number?: string },
): { number: string; payload: string } {
  const certificate = certificateOf(ctx, ref);
  return { number: certificate.number, payload: certificateQrText(factsOf(ctx, certificate), signingKey(ctx)) };
}

const PHOTO = valueRead<Buffer, [personId: string]>('SELECT jpeg FROM person_photos WHERE person_id = ?');

function photoOf(ctx: CoreContext, personId: string): string | null {
  const jpeg = PHOTO.on(ctx.store.sqlite).get(personId);
  return jpeg ? `data:image/jpeg;base64,${jpeg.toString('base64')}` : null;
}

/** What the A4 page and the card print for each certificate, in the order asked. */
export async function certificateSheets(ctx: CoreContext, ids: readonly string[]): Promise<CertificateSheet[]> {
  const key = signingKey(ctx);
  const masked = masksIds(ctx);
  const officeName = officeOf(ctx).name;
  const sheets: CertificateSheet[] = [];
  for (const id of ids) {
    const certificate = certificateById(ctx, id);
    const facts = factsOf(ctx, certificate);
    const person = personOf(ctx, certificate.personId);
    const qrText = certificateQrText(facts, key);
    sheets.push({
      id,
      number: facts.number,
      officeName,
      name: facts.name,
      gender: person.gender,
      idNumber: masked ? maskIdNumber(person.idNumber) : person.idNumber,
      kind: facts.kind,
      issueDate: facts.issued,
      expiryDate: facts.expires,
      signatory: certificate.signatory,
      photo: photoOf(ctx, person.id),
      qrText,
      qrSvg: await certificateQrSvg(qrText),
      printCount: certificate.printCount,
    });
  }
  return sheets;
}
