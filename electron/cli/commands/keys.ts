// `keys init|card|preview|trust|list|rotate`: this office's key card and the trust list from a terminal.
// Private keys are unlocked with --passphrase-file F or BOAI_KEY_PASSPHRASE.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildCard, cardText, createOfficeKeys, listTrusted, ownKeySummary, previewCard, rotateOfficeKeys, trustOffice,
} from '../../core/exchange/keys';
import type { CoreContext } from '../../core/context';
import { CliError, flag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice, type CliStore } from '../context';

export function keySummary(ctx: CoreContext) {
  return ownKeySummary(ctx.store);
}

function withOffice<T>(args: Args, method: string, run: (ctx: CoreContext, backend: CliStore) => T): T {
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    return run(cliContext(backend, method), backend);
  } finally {
    backend.close();
  }
}

function fileArg(args: Args, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  return path.resolve(file);
}

export function keysInit(args: Args) {
  return withOffice(args, 'keys.init', (ctx) => {
    createOfficeKeys(ctx);
    return { ok: true, ...keySummary(ctx) };
  });
}

/** Writes this office's key card file and prints its office code, signing key id and fingerprint. */
export function keysCard(args: Args) {
  const file = fileArg(args, 'keys card <file> [--passphrase-file F]');
  return withOffice(args, 'keys.card', (ctx) => {
    const card = buildCard(ctx);
    const temp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(temp, cardText(card));
    fs.renameSync(temp, file);
    const summary = keySummary(ctx)!;
    return { ok: true, officeCode: card.officeCode, keyId: summary.keyId, fingerprint: summary.fingerprint, file };
  });
}

export function keysPreview(args: Args) {
  const file = fileArg(args, 'keys preview <card file>');
  return withOffice(args, 'keys.preview', (ctx) => ({ ok: true, ...previewCard(ctx, fs.readFileSync(file, 'utf8')) }));
}

/**
 * Trusts the office whose card FILE is, after the digits read out over the phone are typed. Digits may come
 * with spaces; unquoted groups after --fingerprint arrive as extra words and are joined back.
 */
export function keysTrust(args: Args) {
  const file = fileArg(args, 'keys trust <card file> --fingerprint DIGITS');
  const extra = args.positionals.slice(3).filter((word) => /^\d+$/.test(word));
  const given = flag(args, 'fingerprint');
  const typed = given === undefined ? undefined : [given, ...extra].join(' ');
  return withOffice(args, 'keys.trust', (ctx) => {
    const { office, status } = trustOffice(ctx, fs.readFileSync(file, 'utf8'), typed);
    return { ok: true, status, officeCode: office.officeCode, name: office.name, role: office.role, keyId: office.signingKeyId, fingerprint: office.fingerprint };
  });
}

export function keysList(args: Args) {
  return withOffice(args, 'keys.list', (ctx) => ({ ok: true, trusted: listTrusted(ctx.store) }));
}

/** New key pairs; the new card (written to FILE when given) is signed by the old key, so the other side accepts it. */
export function keysRotate(args: Args) {
  const file = args.positionals[2] ? path.resolve(args.positionals[2]) : undefined;
  return withOffice(args, 'keys.rotate', (ctx) => {
    rotateOfficeKeys(ctx);
    if (file) fs.writeFileSync(file, cardText(buildCard(ctx)));
    return { ok: true, ...keySummary(ctx), file: file ?? null };
  });
}
