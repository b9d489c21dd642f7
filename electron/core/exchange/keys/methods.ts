// This office's key card and the trust list of other offices' cards (changes are admin-only).
import { z } from 'zod';
import { FINGERPRINT_INPUT_MAX } from '@api/limits';
import { ADMINS, method, READERS, text } from '@api/method';
import type {
  CardPreview,
  DirectorySummary,
  KeyCardFile,
  KeyDirectoryExport,
  MyKeyCard,
  TrustedOfficeInfo,
  TrustResult,
} from './contract';

const card = text(16 * 1024).min(1); // the card file's text (JSON)

export const keysMethods = {
  /** Null while the office has no keys yet (set up without a passphrase): keys.create makes them. */
  'keys.myCard': method<MyKeyCard | null>()({ effect: 'read', input: z.object({}), access: ADMINS }),
  'keys.create': method<MyKeyCard>()({ effect: 'job', input: z.object({}), access: ADMINS }),
  'keys.exportCard': method<KeyCardFile>()({ effect: 'read', input: z.object({}), access: ADMINS }),
  'keys.previewCard': method<CardPreview>()({ effect: 'read', input: z.object({ card }), access: ADMINS }),
  /** fingerprint: the digits compared over the phone, spaces allowed; needed unless the old key vouches for the card. */
  'keys.trustOffice': method<TrustResult>()({
    effect: 'write',
    input: z.object({ card, fingerprint: text(FINGERPRINT_INPUT_MAX).optional() }),
    access: ADMINS,
  }),
  /** Who this office exchanges packages with: export and import screens list them too. */
  'keys.listTrusted': method<TrustedOfficeInfo[]>()({ effect: 'read', input: z.object({}), access: READERS }),
  /** New key pairs; the new card is signed by the old key so the other side takes it without comparing digits. */
  'keys.rotate': method<MyKeyCard>()({ effect: 'job', input: z.object({}), access: ADMINS }),
  /** City: its counties' signing keys, signed, for the counties to verify each other's certificates. */
  'keys.directory.export': method<KeyDirectoryExport>()({ effect: 'read', input: z.object({}), access: ADMINS }),
  /** County: the directory file from its city (also arrives with receipts). */
  'keys.directory.import': method<DirectorySummary>()({
    effect: 'write',
    input: z.object({ text: text(1024 * 1024).min(1) }),
    access: ADMINS,
  }),
  'keys.directory.held': method<DirectorySummary | null>()({ effect: 'read', input: z.object({}), access: READERS }),
} as const;
