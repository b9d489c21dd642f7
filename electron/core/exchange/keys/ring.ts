// This office's own key pairs: created at set-up, unlocked per operation, replaced by rotation.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Store } from '@db/open';
import { officeKeys } from '@db/schema';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { nowIso, type CoreContext } from '../../context';
import { AppError, fail } from '../../errors';
import type { OfficeKeyRing } from '../types';
import { openPrivateKey, sealPrivateKey } from './locked';
import { fingerprintOf, groupFingerprint, keyIdOf, publicKeyFromRaw, rawPublicKey, type KeyPurpose } from './material';

export type OfficeKeyRow = typeof officeKeys.$inferSelect;

export function activeKey(store: Store, purpose: KeyPurpose): OfficeKeyRow | undefined {
  return store.orm
    .select()
    .from(officeKeys)
    .where(and(eq(officeKeys.purpose, purpose), eq(officeKeys.status, 'active')))
    .get();
}

export function hasOfficeKeys(store: Store): boolean {
  return activeKey(store, 'signing') !== undefined && activeKey(store, 'encryption') !== undefined;
}

/**
 * The signing key the current one replaced: the last retired one made. Keys retire in the order they were made,
 * so insertion order (rowid) decides even when two replacements share a timestamp.
 */
export function previousSigningKey(store: Store): OfficeKeyRow | undefined {
  return store.orm
    .select()
    .from(officeKeys)
    .where(and(eq(officeKeys.purpose, 'signing'), eq(officeKeys.status, 'retired')))
    .orderBy(desc(sql`rowid`))
    .get();
}

function insertPair(ctx: CoreContext, purpose: KeyPurpose): { keyId: string } {
  const { publicKey, privateKey } =
    purpose === 'signing' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  const { sealed, sealedWith } = sealPrivateKey(ctx, privateKey);
  ctx.store.orm
    .insert(officeKeys)
    .values({
      keyId,
      purpose,
      publicKey: raw,
      sealedPrivateKey: sealed,
      sealedWith,
      status: 'active',
      createdAt: nowIso(ctx),
      retiredAt: null,
    })
    .run();
  return { keyId };
}

/** Office set-up: one Ed25519 signing pair and one X25519 encryption pair, private halves sealed. */
export function createOfficeKeys(ctx: CoreContext): void {
  // commits in steps: keys.create is a job (and office set-up calls this inside its own transaction, a savepoint there).
  ctx.store.sqlite.transaction(() => {
    const office = officeOf(ctx);
    if (activeKey(ctx.store, 'signing') || activeKey(ctx.store, 'encryption')) fail('KEYS_ALREADY_EXIST');
    const signing = insertPair(ctx, 'signing');
    const encryption = insertPair(ctx, 'encryption');
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'office_keys',
      recordId: office.code,
      after: { signingKeyId: signing.keyId, encryptionKeyId: encryption.keyId },
    });
  })();
}

/** Replaces both pairs; the old ones are retired (kept, so packages sealed to them still open). */
export function rotateOfficeKeys(ctx: CoreContext): { signingKeyId: string; encryptionKeyId: string } {
  // commits in steps: keys.rotate is a job (the router opens no transaction), so retiring and inserting commit together here.
  return ctx.store.sqlite.transaction(() => {
    const office = officeOf(ctx);
    const oldSigning = activeKey(ctx.store, 'signing'),
      oldEncryption = activeKey(ctx.store, 'encryption');
    if (!oldSigning || !oldEncryption) throw keysMissing();
    openPrivateKey(ctx, oldSigning.sealedPrivateKey, oldSigning.sealedWith); // the old key must sign the new card
    const at = nowIso(ctx);
    for (const old of [oldSigning, oldEncryption]) {
      ctx.store.orm
        .update(officeKeys)
        .set({ status: 'retired', retiredAt: at })
        .where(eq(officeKeys.keyId, old.keyId))
        .run();
    }
    const signing = insertPair(ctx, 'signing');
    const encryption = insertPair(ctx, 'encryption');
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'office_keys',
      recordId: office.code,
      before: { signingKeyId: oldSigning.keyId, encryptionKeyId: oldEncryption.keyId },
      after: { signingKeyId: signing.keyId, encryptionKeyId: encryption.keyId },
    });
    return { signingKeyId: signing.keyId, encryptionKeyId: encryption.keyId };
  })();
}

export function keysMissing(): AppError {
  return new AppError(
    'KEYS_MISSING',
    undefined,
    '本单位还没有密钥：请管理员在“密钥与信任”页生成，或运行 npm run cli -- keys init --passphrase-file F',
  );
}

function unlocked(ctx: CoreContext, row: OfficeKeyRow): { keyId: string; publicKey: KeyObject; privateKey: KeyObject } {
  const privateKey = openPrivateKey(ctx, row.sealedPrivateKey, row.sealedWith);
  return { keyId: row.keyId, publicKey: publicKeyFromRaw(row.publicKey, row.purpose), privateKey };
}

/** This office's keys, unlocked for one operation: KEYS_MISSING before set-up, KEYS_LOCKED without a sealer. */
export function loadKeyRing(ctx: CoreContext): OfficeKeyRing {
  const office = officeOf(ctx);
  const signing = activeKey(ctx.store, 'signing'),
    encryption = activeKey(ctx.store, 'encryption');
  if (!signing || !encryption) throw keysMissing();
  const retired = ctx.store.orm
    .select()
    .from(officeKeys)
    .where(and(eq(officeKeys.purpose, 'encryption'), eq(officeKeys.status, 'retired')))
    .orderBy(desc(sql`rowid`))
    .all();
  return {
    officeCode: office.code,
    signing: unlocked(ctx, signing),
    encryption: unlocked(ctx, encryption),
    retiredEncryption: retired.map((row) => ({
      keyId: row.keyId,
      privateKey: openPrivateKey(ctx, row.sealedPrivateKey, row.sealedWith),
    })),
  };
}

/** The public side of this office's current keys, without unlocking anything; null before keys exist. */
export function ownKeySummary(store: Store): { keyId: string; encryptionKeyId: string; fingerprint: string } | null {
  const signing = activeKey(store, 'signing'),
    encryption = activeKey(store, 'encryption');
  if (!signing || !encryption) return null;
  return {
    keyId: signing.keyId,
    encryptionKeyId: encryption.keyId,
    fingerprint: groupFingerprint(fingerprintOf(signing.publicKey, encryption.publicKey)),
  };
}
