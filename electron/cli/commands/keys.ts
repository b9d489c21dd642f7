// `keys init|card|preview|trust|list|rotate`: this office's key card and the trust list from a terminal, through
// the router as the signed-in user (administrators; `keys list` any reader). Private keys are unlocked with
// --passphrase-file F or BOAI_KEY_PASSPHRASE.
import fs from 'node:fs';
import path from 'node:path';
import type { MyKeyCard } from '../../core/exchange/keys/contract';
import { CliError, flag, type Args } from '../args';
import { withSession, type CliSession } from '../session';

/** What `office init` and the key commands print about this office's own keys. */
export function keySummary(card: Pick<MyKeyCard, 'signingKeyId' | 'encryptionKeyId' | 'fingerprint'>) {
  return { keyId: card.signingKeyId, encryptionKeyId: card.encryptionKeyId, fingerprint: card.fingerprint };
}

function fileArg(args: Args, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  return path.resolve(file);
}

/** Writes this office's card file where the user chose (whole, or not at all). */
async function writeCard(session: CliSession, file: string): Promise<void> {
  const card = await session.call('keys.exportCard', {});
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, Buffer.from(card.contentBase64, 'base64'));
  fs.renameSync(temp, file);
}

export function keysInit(args: Args) {
  return withSession(args, async (session) => ({ ok: true, ...keySummary(await session.call('keys.create', {})) }));
}

/** Writes this office's key card file and prints its office code, signing key id and fingerprint. */
export function keysCard(args: Args) {
  const file = fileArg(args, 'keys card <file> [--passphrase-file F]');
  return withSession(args, async (session) => {
    const card = await session.call('keys.myCard', {});
    if (!card) throw new CliError('KEYS_MISSING', 'This office has no keys yet: run keys init');
    await writeCard(session, file);
    return { ok: true, officeCode: card.officeCode, keyId: card.signingKeyId, fingerprint: card.fingerprint, file };
  });
}

export function keysPreview(args: Args) {
  const file = fileArg(args, 'keys preview <card file>');
  return withSession(args, async (session) => ({
    ok: true,
    ...(await session.call('keys.previewCard', { card: fs.readFileSync(file, 'utf8') })),
  }));
}

/**
 * Trusts the office whose card FILE is, after the digits read out over the phone are typed. Digits may come
 * with spaces; unquoted groups after --fingerprint arrive as extra words and are joined back.
 */
export function keysTrust(args: Args) {
  const file = fileArg(args, 'keys trust <card file> --fingerprint DIGITS');
  const extra = args.positionals.slice(3).filter((word) => /^\d+$/.test(word));
  const given = flag(args, 'fingerprint');
  const fingerprint = given === undefined ? undefined : [given, ...extra].join(' ');
  return withSession(args, async (session) => {
    const { office, status } = await session.call('keys.trustOffice', {
      card: fs.readFileSync(file, 'utf8'),
      fingerprint,
    });
    return {
      ok: true,
      status,
      officeCode: office.officeCode,
      name: office.name,
      role: office.role,
      keyId: office.signingKeyId,
      fingerprint: office.fingerprint,
    };
  });
}

export function keysList(args: Args) {
  return withSession(args, async (session) => ({ ok: true, trusted: await session.call('keys.listTrusted', {}) }));
}

/** New key pairs; the new card (written to FILE when given) is signed by the old key, so the other side accepts it. */
export function keysRotate(args: Args) {
  const file = args.positionals[2] ? path.resolve(args.positionals[2]) : undefined;
  return withSession(args, async (session) => {
    const card = await session.call('keys.rotate', {});
    if (file) await writeCard(session, file);
    return { ok: true, ...keySummary(card), file: file ?? null };
  });
}

/** `keys directory export FILE` (city) or `keys directory import FILE` (county). */
export function keysDirectory(args: Args) {
  const action = args.positionals[2];
  const file = args.positionals[3];
  if ((action !== 'export' && action !== 'import') || !file)
    throw new CliError('USAGE', 'Usage: keys directory export|import <file>');
  const target = path.resolve(file);
  return withSession(args, async (session) => {
    if (action === 'import') {
      const held = await session.call('keys.directory.import', { text: fs.readFileSync(target, 'utf8') });
      return { ok: true, cityCode: held.cityCode, issuedAt: held.issuedAt, counties: held.counties.length };
    }
    const directory = await session.call('keys.directory.export', {});
    const temp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(temp, directory.text);
    fs.renameSync(temp, target);
    return { ok: true, file: target, counties: directory.counties };
  });
}
