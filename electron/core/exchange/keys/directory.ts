// The key directory (密钥目录): the city's signed list of its counties' certificate-signing keys, current and
// replaced, so a county can verify another county's certificates offline. The city writes it as a file (and with
// its receipts); a county accepts it only when signed by the city it trusts, and only when newer than the one it has.
import { sign, verify, type KeyObject } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Store } from '@db/open';
import { keyDirectories, trustedKeyHistory, trustedOffices } from '@db/schema';
import { OFFICE_CODE } from '@rules/office';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { nowIso, type CoreContext } from '../../context';
import { AppError, fail } from '../../errors';
import { canonicalJson } from './canonical';
import type { DirectorySummary, KeyDirectoryExport } from './contract';
import { keyIdOf, publicKeyFromRaw } from './material';
import { loadKeyRing } from './ring';

/** Signed bytes start with this, so a directory signature can never pass for a card's, a package's or a QR's. */
const DOMAIN = 'boai-ledger key directory v1\n';
export const DIRECTORY_MAX_BYTES = 1024 * 1024;

const signingKey = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
const directoryBody = z.object({
  format: z.literal('boai-key-directory'),
  version: z.literal(1),
  cityCode: z.string().regex(OFFICE_CODE),
  cityName: z.string().min(1).max(100),
  issuedAt: z.iso.datetime(),
  counties: z
    .array(
      z.object({
        officeCode: z.string().regex(OFFICE_CODE),
        name: z.string().min(1).max(100),
        signingKeys: z.array(signingKey).min(1).max(100),
      }),
    )
    .max(1000),
});
const directoryFile = directoryBody.extend({ signature: z.string().max(200) });

export type KeyDirectoryBody = z.infer<typeof directoryBody>;
export type KeyDirectoryFile = z.infer<typeof directoryFile>;

const signedBytes = (body: KeyDirectoryBody) => Buffer.from(DOMAIN + canonicalJson(body), 'utf8');

/** City: the directory of every county it trusts, each with its current and replaced signing keys, signed now. */
export function buildKeyDirectory(
  ctx: CoreContext,
  signingKey: KeyObject = loadKeyRing(ctx).signing.privateKey,
): KeyDirectoryFile {
  const office = officeOf(ctx);
  if (office.role !== 'city') fail('DIRECTORY_CITY_ONLY');
  const counties = ctx.store.orm
    .select()
    .from(trustedOffices)
    .all()
    .filter((o) => o.role === 'county')
    .sort((a, b) => a.officeCode.localeCompare(b.officeCode))
    .map((county) => {
      const signingKeys = signingKeysOf(ctx.store, county).map((publicKey) => ({
        keyId: keyIdOf(publicKey),
        publicKey,
      }));
      return { officeCode: county.officeCode, name: county.name, signingKeys };
    });
  const body: KeyDirectoryBody = {
    format: 'boai-key-directory',
    version: 1,
    cityCode: office.code,
    cityName: office.name,
    issuedAt: nowIso(ctx),
    counties,
  };
  const signature = sign(null, signedBytes(body), signingKey).toString('base64url');
  return { ...body, signature };
}

/** The directory as a file: `key-directory-321300-2026-12-07.json`. */
export function exportKeyDirectory(ctx: CoreContext): KeyDirectoryExport {
  const file = buildKeyDirectory(ctx);
  return {
    fileName: `key-directory-${file.cityCode}-${file.issuedAt.slice(0, 10)}.json`,
    text: JSON.stringify(file, null, 2),
    counties: file.counties.length,
  };
}

function parseDirectory(text: string): KeyDirectoryFile {
  if (Buffer.byteLength(text, 'utf8') > DIRECTORY_MAX_BYTES) fail('DIRECTORY_INVALID');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail('DIRECTORY_INVALID');
  }
  const parsed = directoryFile.safeParse(json);
  return parsed.success ? parsed.data : fail('DIRECTORY_INVALID');
}

/** The signing keys (current and replaced) of the office this county trusts as its city. */
function cityKeys(store: Store): { officeCode: string; keys: string[] } {
  const city = store.orm
    .select()
    .from(trustedOffices)
    .all()
    .find((o) => o.role === 'city');
  if (!city) fail('DIRECTORY_NO_CITY');
  return { officeCode: city.officeCode, keys: signingKeysOf(store, city) };
}

/** A trusted office's signing keys, raw: the current one and every one it replaced (trusted_key_history). */
function signingKeysOf(store: Store, trusted: { officeCode: string; signingPublicKey: string }): string[] {
  const history = store.orm
    .select({ key: trustedKeyHistory.signingPublicKey })
    .from(trustedKeyHistory)
    .where(eq(trustedKeyHistory.officeCode, trusted.officeCode))
    .all();
  return [...new Set([trusted.signingPublicKey, ...history.map((row) => row.key)])];
}

/** Every trusted office's signing keys, current and replaced: the certificates this office accepts beside its own. */
export function trustedSigningKeys(store: Store): { officeCode: string; officeName: string; publicKey: string }[] {
  return store.orm
    .select()
    .from(trustedOffices)
    .all()
    .flatMap((trusted) =>
      signingKeysOf(store, trusted).map((publicKey) => ({
        officeCode: trusted.officeCode,
        officeName: trusted.name,
        publicKey,
      })),
    );
}

function latest(store: Store) {
  return store.orm.select().from(keyDirectories).orderBy(desc(keyDirectories.issuedAt)).limit(1).get();
}

/** County: takes a directory signed by its trusted city and newer than the one it holds. Audited. */
export function acceptKeyDirectory(ctx: CoreContext, text: string): DirectorySummary {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('DIRECTORY_COUNTY_ONLY');
  const file = parseDirectory(text);
  const { signature, ...body } = file;
  const city = cityKeys(ctx.store);
  if (body.cityCode !== city.officeCode) fail('DIRECTORY_OTHER_CITY', { cityCode: body.cityCode });
  const genuine = city.keys.some((raw) =>
    verify(null, signedBytes(body), publicKeyFromRaw(raw, 'signing'), Buffer.from(signature, 'base64url')),
  );
  if (!genuine) fail('DIRECTORY_SIGNATURE_INVALID');
  const held = latest(ctx.store);
  if (held && held.issuedAt >= body.issuedAt) fail('DIRECTORY_NOT_NEWER', { held: held.issuedAt });
  ctx.store.orm
    .insert(keyDirectories)
    .values({
      cityCode: body.cityCode,
      issuedAt: body.issuedAt,
      body: canonicalJson(body),
      signature,
      receivedAt: nowIso(ctx),
    })
    .run();
  const summary = summaryOf(body);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'key_directories',
    recordId: body.issuedAt,
    after: { cityCode: body.cityCode, issuedAt: body.issuedAt, counties: body.counties.length },
  });
  return summary;
}

function summaryOf(body: KeyDirectoryBody): DirectorySummary {
  return {
    cityCode: body.cityCode,
    issuedAt: body.issuedAt,
    counties: body.counties.map((c) => ({ officeCode: c.officeCode, name: c.name, keys: c.signingKeys.length })),
  };
}

/** A receipt's directory: taken when newer than the one held (an older receipt arriving late changes nothing). */
export function takeReceiptDirectory(ctx: CoreContext, text: string): boolean {
  try {
    acceptKeyDirectory(ctx, text);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'DIRECTORY_NOT_NEWER') return false;
    throw error;
  }
}

/** The directory this county holds, or null. */
export function heldKeyDirectory(store: Store): DirectorySummary | null {
  const row = latest(store);
  return row ? summaryOf(directoryBody.parse(JSON.parse(row.body))) : null;
}

/** Every county signing key of the held directory (its own office left out: its own keys come from office_keys). */
export function directorySigningKeys(store: Store, ownCode: string) {
  const row = latest(store);
  if (!row) return [];
  const body = directoryBody.parse(JSON.parse(row.body));
  return body.counties
    .filter((c) => c.officeCode !== ownCode)
    .flatMap((c) =>
      c.signingKeys.map((k) => ({ officeCode: c.officeCode, officeName: c.name, publicKey: k.publicKey })),
    );
}
