// This office's key pairs (private halves sealed, never plain) and the offices whose key cards it trusts.
// Keys are never deleted: a replaced pair is retired, so packages sealed to it can still be opened.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OFFICE_ROLES } from '../../rules/office';

/** Our own key pairs: one active signing and one active encryption pair, plus every retired one. */
export const officeKeys = sqliteTable(
  'office_keys',
  {
    keyId: text('key_id').primaryKey(), // short hex digest of the raw public key
    purpose: text('purpose', { enum: ['signing', 'encryption'] }).notNull(),
    publicKey: text('public_key').notNull(), // raw 32 bytes, base64url
    /** PKCS#8 private key sealed by the CoreContext's SecretSealer (safeStorage or a passphrase). */
    sealedPrivateKey: text('sealed_private_key').notNull(), // base64
    sealedWith: text('sealed_with', { enum: ['safeStorage', 'passphrase'] }).notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    createdAt: text('created_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [index('office_keys_purpose_status').on(t.purpose, t.status)],
);

/** Offices whose key card was confirmed here: the city's counties, or a county's city. One row per office. */
export const trustedOffices = sqliteTable('trusted_offices', {
  officeCode: text('office_code').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: OFFICE_ROLES }).notNull(),
  signingKeyId: text('signing_key_id').notNull(),
  signingPublicKey: text('signing_public_key').notNull(), // raw, base64url
  encryptionKeyId: text('encryption_key_id').notNull(),
  encryptionPublicKey: text('encryption_public_key').notNull(),
  fingerprint: text('fingerprint').notNull(), // 48 digits, no spaces
  card: text('card').notNull(), // the key card JSON as received
  /** 'fingerprint': a person compared the digits; 'rotation': signed by the office's previous signing key. */
  confirmedHow: text('confirmed_how', { enum: ['fingerprint', 'rotation'] }).notNull(),
  confirmedBy: text('confirmed_by').notNull(),
  confirmedAt: text('confirmed_at').notNull(),
  firstTrustedAt: text('first_trusted_at').notNull(),
});

/** Every key an office has been trusted with, current and replaced, with how and when. */
export const trustedKeyHistory = sqliteTable(
  'trusted_key_history',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    officeCode: text('office_code').notNull(),
    signingKeyId: text('signing_key_id').notNull(),
    signingPublicKey: text('signing_public_key').notNull(),
    encryptionKeyId: text('encryption_key_id').notNull(),
    encryptionPublicKey: text('encryption_public_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    confirmedHow: text('confirmed_how', { enum: ['fingerprint', 'rotation'] }).notNull(),
    confirmedBy: text('confirmed_by').notNull(),
    confirmedAt: text('confirmed_at').notNull(),
    replacedAt: text('replaced_at'),
  },
  (t) => [index('trusted_key_history_office').on(t.officeCode, t.seq)],
);
