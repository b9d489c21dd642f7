// The key card: an office's public keys with its code, name and role, self-signed by its signing key and,
// after a replacement, also signed by the signing key it replaces. Small JSON, safe to e-mail or print.
import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { OFFICE_CODE, OFFICE_ROLES } from '@rules/office';
import { officeOf } from '../../accounts/office';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { canonicalJson } from './canonical';
import { openPrivateKey } from './locked';
import { fingerprintOf, keyIdOf, publicKeyFromRaw } from './material';
import { activeKey, keysMissing, previousSigningKey } from './ring';

const SELF_DOMAIN = 'boai-ledger key card v1\n';
const ROTATION_DOMAIN = 'boai-ledger key card rotation v1\n';
const MAX_CARD_BYTES = 16 * 1024;

const publicKey = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
const cardBody = z.object({
  format: z.literal('boai-keycard'),
  version: z.literal(1),
  officeCode: z.string().regex(OFFICE_CODE),
  name: z.string().min(1).max(100),
  role: z.enum(OFFICE_ROLES),
  signingKey: publicKey,
  encryptionKey: publicKey,
  fingerprint: z.string().regex(/^\d{48}$/),
  issuedAt: z.string().max(40),
});
const cardSchema = cardBody.extend({
  signature: z.string().max(200),
  rotation: z.object({ previousKeyId: z.string().regex(/^[0-9a-f]{16}$/), signature: z.string().max(200) }).optional(),
});

export type KeyCardBody = z.infer<typeof cardBody>;
export type KeyCard = z.infer<typeof cardSchema>;

function signed(domain: string, body: KeyCardBody): Buffer {
  return Buffer.from(domain + canonicalJson(body), 'utf8');
}

function bodyOf(card: KeyCard): KeyCardBody {
  const { signature: _s, rotation: _r, ...body } = card;
  return body;
}

/** This office's current card, signed now (Ed25519 is deterministic, so the same keys give the same card). */
export function buildCard(ctx: CoreContext): KeyCard {
  const office = officeOf(ctx);
  const signing = activeKey(ctx.store, 'signing'),
    encryption = activeKey(ctx.store, 'encryption');
  if (!signing || !encryption) throw keysMissing();
  const body: KeyCardBody = {
    format: 'boai-keycard',
    version: 1,
    officeCode: office.code,
    name: office.name,
    role: office.role,
    signingKey: { keyId: signing.keyId, publicKey: signing.publicKey },
    encryptionKey: { keyId: encryption.keyId, publicKey: encryption.publicKey },
    fingerprint: fingerprintOf(signing.publicKey, encryption.publicKey),
    issuedAt: signing.createdAt,
  };
  const signature = sign(
    null,
    signed(SELF_DOMAIN, body),
    openPrivateKey(ctx, signing.sealedPrivateKey, signing.sealedWith),
  ).toString('base64url');
  const previous = previousSigningKey(ctx.store);
  const rotation = previous && {
    previousKeyId: previous.keyId,
    signature: sign(
      null,
      signed(ROTATION_DOMAIN, body),
      openPrivateKey(ctx, previous.sealedPrivateKey, previous.sealedWith),
    ).toString('base64url'),
  };
  return rotation ? { ...body, signature, rotation } : { ...body, signature };
}

export function cardText(card: KeyCard): string {
  return `${JSON.stringify(card, null, 2)}\n`;
}

function invalid(reason: string): AppError {
  return new AppError(
    'KEYCARD_INVALID',
    { reason },
    `这不是有效的密钥卡文件（${reason}）：请向对方单位重新索取密钥卡文件`,
  );
}

/** Reads a card file and checks everything it can check alone: shape, key ids, fingerprint, self-signature. */
export function parseCard(text: string): KeyCard {
  if (Buffer.byteLength(text, 'utf8') > MAX_CARD_BYTES) throw invalid('tooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('notJson');
  }
  const parsed = cardSchema.safeParse(json);
  if (!parsed.success) throw invalid('fields');
  const card = parsed.data;
  if (
    keyIdOf(card.signingKey.publicKey) !== card.signingKey.keyId ||
    keyIdOf(card.encryptionKey.publicKey) !== card.encryptionKey.keyId
  )
    throw invalid('keyId');
  if (fingerprintOf(card.signingKey.publicKey, card.encryptionKey.publicKey) !== card.fingerprint)
    throw invalid('fingerprint');
  let signingKey: KeyObject;
  try {
    signingKey = publicKeyFromRaw(card.signingKey.publicKey, 'signing');
    publicKeyFromRaw(card.encryptionKey.publicKey, 'encryption');
  } catch {
    throw invalid('publicKey');
  }
  if (!verify(null, signed(SELF_DOMAIN, bodyOf(card)), signingKey, Buffer.from(card.signature, 'base64url')))
    throw invalid('signature');
  return card;
}

/** True when the card's rotation signature was made by this (earlier) signing key. */
export function rotationSignedBy(card: KeyCard, keyId: string, publicKeyRaw: string): boolean {
  if (!card.rotation || card.rotation.previousKeyId !== keyId) return false;
  return verify(
    null,
    signed(ROTATION_DOMAIN, bodyOf(card)),
    publicKeyFromRaw(publicKeyRaw, 'signing'),
    Buffer.from(card.rotation.signature, 'base64url'),
  );
}
