// This office's key card as the keys page shows, prints and exports it.
import QRCode from 'qrcode';
import type { KeyCardFile, MyKeyCard } from '@core/exchange/keys/contract';
import type { CoreContext } from '../../context';
import { buildCard, cardText } from './card';
import { groupFingerprint } from './material';
import { hasOfficeKeys } from './ring';

/** Null before the office has keys (set up without a passphrase); KEYS_LOCKED when they cannot be unlocked. */
export async function myCard(ctx: CoreContext): Promise<MyKeyCard | null> {
  if (!hasOfficeKeys(ctx.store)) return null;
  const card = buildCard(ctx);
  // The compact card itself goes into the QR code, so a phone or scanner can read the whole card off paper.
  const qrSvg = await QRCode.toString(JSON.stringify(card), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return {
    officeCode: card.officeCode,
    name: card.name,
    role: card.role,
    signingKeyId: card.signingKey.keyId,
    encryptionKeyId: card.encryptionKey.keyId,
    fingerprint: groupFingerprint(card.fingerprint),
    issuedAt: card.issuedAt,
    previousKeyId: card.rotation?.previousKeyId ?? null,
    cardJson: cardText(card),
    qrSvg,
  };
}

/** 密钥卡_321302_宿城区红十字会.json: the card file to hand to the other office. */
export function exportCard(ctx: CoreContext): KeyCardFile {
  const card = buildCard(ctx);
  return {
    fileName: `密钥卡_${card.officeCode}_${card.name}.json`,
    contentBase64: Buffer.from(cardText(card), 'utf8').toString('base64'),
  };
}
