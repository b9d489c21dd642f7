// The trust list: offices whose key cards this office has confirmed. A city trusts its counties, a county its
// city. A new office, or new keys without a signature by the old ones, need the fingerprint compared again.
import { eq, isNull, and } from 'drizzle-orm';
import type { CardPreview, CardStatus, TrustedOfficeInfo, TrustResult } from '@core/exchange/keys/contract';
import type { Store } from '@db/open';
import { trustedKeyHistory, trustedOffices } from '@db/schema';
import { officeOf } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { AppError } from '../../errors';
import type { TrustedOffice, TrustLookup } from '../types';
import { parseCard, rotationSignedBy, type KeyCard } from './card';
import { groupFingerprint, normalizeFingerprint, publicKeyFromRaw } from './material';

type TrustedRow = typeof trustedOffices.$inferSelect;

function trustedRow(store: Store, officeCode: string): TrustedRow | undefined {
  return store.orm.select().from(trustedOffices).where(eq(trustedOffices.officeCode, officeCode)).get();
}

function toInfo(row: TrustedRow): TrustedOfficeInfo {
  return {
    officeCode: row.officeCode,
    name: row.name,
    role: row.role,
    signingKeyId: row.signingKeyId,
    encryptionKeyId: row.encryptionKeyId,
    fingerprint: groupFingerprint(row.fingerprint),
    confirmedHow: row.confirmedHow,
    confirmedBy: row.confirmedBy,
    confirmedAt: row.confirmedAt,
    firstTrustedAt: row.firstTrustedAt,
  };
}

/** A city takes county cards, a county the city's; never our own. */
function checkPairing(ctx: CoreContext, card: KeyCard): void {
  const office = officeOf(ctx);
  if (card.officeCode === office.code) {
    throw new AppError(
      'KEYCARD_OWN_OFFICE',
      { officeCode: card.officeCode },
      '这是本单位自己的密钥卡：请导入对方单位的密钥卡',
    );
  }
  const wanted = office.role === 'city' ? 'county' : 'city';
  if (card.role !== wanted) {
    throw new AppError(
      'KEYCARD_WRONG_ROLE',
      { cardRole: card.role, officeRole: office.role },
      office.role === 'city'
        ? '市级单位只信任县级单位的密钥卡：这张卡属于另一个市级单位'
        : '县级单位只信任上级市级单位的密钥卡：这张卡属于另一个县级单位',
    );
  }
}

function statusOf(card: KeyCard, current: TrustedRow | undefined): CardStatus {
  if (!current) return 'new';
  if (current.signingKeyId === card.signingKey.keyId && current.encryptionKeyId === card.encryptionKey.keyId)
    return 'same';
  return rotationSignedBy(card, current.signingKeyId, current.signingPublicKey) ? 'rotation' : 'changed';
}

function preview(ctx: CoreContext, card: KeyCard): CardPreview {
  checkPairing(ctx, card);
  const current = trustedRow(ctx.store, card.officeCode);
  const status = statusOf(card, current);
  return {
    officeCode: card.officeCode,
    name: card.name,
    role: card.role,
    signingKeyId: card.signingKey.keyId,
    encryptionKeyId: card.encryptionKey.keyId,
    fingerprint: groupFingerprint(card.fingerprint),
    status,
    needsConfirmation: status === 'new' || status === 'changed',
    current: current ? toInfo(current) : null,
  };
}

/** What trusting this card would do, before anything changes. */
export function previewCard(ctx: CoreContext, text: string): CardPreview {
  return preview(ctx, parseCard(text));
}

/**
 * Trusts the office whose card this is. The typed digits must match the card's fingerprint whenever they are
 * given, and must be given for a new office or for new keys that the old signing key did not vouch for.
 */
export function trustOffice(ctx: CoreContext, text: string, typedFingerprint?: string): TrustResult {
  const card = parseCard(text);
  const seen = preview(ctx, card);
  const typed = typedFingerprint === undefined ? undefined : normalizeFingerprint(typedFingerprint);
  if (typed !== undefined && typed !== card.fingerprint) {
    throw new AppError(
      'TRUST_FINGERPRINT_MISMATCH',
      { officeCode: card.officeCode },
      '指纹不一致：输入的数字与密钥卡上的指纹不同。请与对方单位电话核对；如果确实不同，这张密钥卡可能被调换，不要信任它',
    );
  }
  if (seen.needsConfirmation && typed === undefined) {
    throw new AppError(
      'TRUST_CONFIRMATION_REQUIRED',
      { officeCode: card.officeCode, status: seen.status },
      seen.status === 'changed'
        ? '该单位的密钥已更换，但新密钥卡没有旧密钥的签名：请与对方电话核对指纹后再确认（--fingerprint）'
        : '请先与对方单位电话核对指纹，再输入指纹数字确认（--fingerprint）',
    );
  }
  if (seen.status === 'same') return { office: sameKeys(ctx, card), status: seen.status };
  return {
    office: storeTrust(ctx, card, seen.status === 'rotation' ? 'rotation' : 'fingerprint'),
    status: seen.status,
  };
}

/** Already trusted with these keys: only a changed name is taken over (the card is signed by the trusted key). */
function sameKeys(ctx: CoreContext, card: KeyCard): TrustedOfficeInfo {
  const row = trustedRow(ctx.store, card.officeCode)!;
  if (row.name === card.name) return toInfo(row);
  ctx.store.orm
    .update(trustedOffices)
    .set({ name: card.name, card: JSON.stringify(card) })
    .where(eq(trustedOffices.officeCode, card.officeCode))
    .run();
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'trusted_offices',
    recordId: card.officeCode,
    before: { name: row.name },
    after: { name: card.name },
  });
  return toInfo(trustedRow(ctx.store, card.officeCode)!);
}

function storeTrust(ctx: CoreContext, card: KeyCard, how: 'fingerprint' | 'rotation'): TrustedOfficeInfo {
  const at = nowIso(ctx),
    by = actorName(ctx);
  const before = trustedRow(ctx.store, card.officeCode);
  const keys = {
    signingKeyId: card.signingKey.keyId,
    signingPublicKey: card.signingKey.publicKey,
    encryptionKeyId: card.encryptionKey.keyId,
    encryptionPublicKey: card.encryptionKey.publicKey,
    fingerprint: card.fingerprint,
  };
  const row: TrustedRow = {
    officeCode: card.officeCode,
    name: card.name,
    role: card.role,
    ...keys,
    card: JSON.stringify(card),
    confirmedHow: how,
    confirmedBy: by,
    confirmedAt: at,
    firstTrustedAt: before?.firstTrustedAt ?? at,
  };
  ctx.store.orm
    .insert(trustedOffices)
    .values(row)
    .onConflictDoUpdate({ target: trustedOffices.officeCode, set: row })
    .run();
  ctx.store.orm
    .update(trustedKeyHistory)
    .set({ replacedAt: at })
    .where(and(eq(trustedKeyHistory.officeCode, card.officeCode), isNull(trustedKeyHistory.replacedAt)))
    .run();
  ctx.store.orm
    .insert(trustedKeyHistory)
    .values({ officeCode: card.officeCode, ...keys, confirmedHow: how, confirmedBy: by, confirmedAt: at })
    .run();
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'trusted_offices',
    recordId: card.officeCode,
    before: before ? { signingKeyId: before.signingKeyId, encryptionKeyId: before.encryptionKeyId } : null,
    after: {
      name: card.name,
      role: card.role,
      signingKeyId: keys.signingKeyId,
      encryptionKeyId: keys.encryptionKeyId,
      confirmedHow: how,
    },
  });
  return toInfo(row);
}

export function listTrusted(store: Store): TrustedOfficeInfo[] {
  return store.orm.select().from(trustedOffices).orderBy(trustedOffices.officeCode).all().map(toInfo);
}

function toTrusted(row: TrustedRow): TrustedOffice {
  return {
    officeCode: row.officeCode,
    name: row.name,
    role: row.role,
    fingerprint: row.fingerprint,
    signingKeyId: row.signingKeyId,
    signingPublicKey: publicKeyFromRaw(row.signingPublicKey, 'signing'),
    encryptionKeyId: row.encryptionKeyId,
    encryptionPublicKey: publicKeyFromRaw(row.encryptionPublicKey, 'encryption'),
  };
}

/** The package reader's view of the trust list: the currently trusted keys of an office. */
export function trustLookup(store: Store): TrustLookup {
  return {
    office(officeCode) {
      const row = trustedRow(store, officeCode);
      return row ? toTrusted(row) : undefined;
    },
  };
}
