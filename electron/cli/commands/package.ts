// `package export FILE --to OFFICECODE [--snapshot] [--part-mb N]` (county). The city's verify, import
// and receipt commands live beside it; `package import` of a receipt on a county updates the outbox.
// All through the router as the signed-in user, as the export and import wizards call it; the files the router
// hands over are written where the command line says.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_EXTENSION } from '../../core/exchange/format/constants';
import { packageMessage } from '../../core/exchange/inbox/messages';
import { copyVerified } from '../../core/exchange/outbox/folder';
import { PACKAGE_ERROR_CODES } from '../../core/exchange/types';
import { CliError, fileNotFound, flag, requireFlag, type Args } from '../args';
import { cliLanguage } from '../language';
import { withSession, type CliSession } from '../session';

/** FILE may be a folder (the package keeps its own name) or a file name (parts add .partNNofMM). */
function exportTarget(file: string): { dir: string; baseName?: string } {
  const resolved = path.resolve(file);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) return { dir: resolved };
  const base = path.basename(resolved);
  return {
    dir: path.dirname(resolved),
    baseName: base.endsWith(PACKAGE_EXTENSION) ? base.slice(0, -PACKAGE_EXTENSION.length) : base,
  };
}

/** A file the router wrote, renamed to the chosen base name: 320101-to-320100-000012-delta.part01of02.boaipkg -> NAME.part01of02.boaipkg. */
function renamer(baseName: string | undefined, ownBaseName: string): (name: string) => string {
  return (name) => (baseName && name.startsWith(ownBaseName) ? baseName + name.slice(ownBaseName.length) : name);
}

export async function packageExport(args: Args) {
  const file = args.positionals[2];
  if (!file)
    throw new CliError(
      'USAGE',
      'Usage: package export FILE --to OFFICECODE [--snapshot] [--part-mb N] [--passphrase-file F]',
    );
  const to = requireFlag(args, 'to');
  const partMb = flag(args, 'part-mb');
  return withSession(args, async (session) => {
    const { entry, written } = await session.call('outbox.export', {
      to,
      snapshot: args.flags.has('snapshot'),
      ...(partMb === undefined ? {} : { partMb: Number(partMb) }),
    });
    const target = exportTarget(file);
    const own = `${session.office.code}-to-${entry.recipient}-${String(entry.seq).padStart(6, '0')}-${entry.kind}`;
    const files = await copyVerified(written, target.dir, renamer(target.baseName, own));
    return {
      ok: true,
      packageId: entry.packageId,
      to: entry.recipient,
      seq: entry.seq,
      kind: entry.kind,
      counts: entry.counts,
      bytes: entry.bytes,
      parts: files.length,
      files,
    };
  });
}

function packageFiles(args: Args, usage: string): string[] {
  const files = args.positionals.slice(2).map((file) => path.resolve(file));
  if (files.length === 0) throw new CliError('USAGE', `Usage: ${usage}`);
  for (const file of files) if (!fs.existsSync(file)) throw fileNotFound(file);
  return files;
}

/** The files as the import wizard uploads them. */
function uploads(files: string[]) {
  return files.map((file) => ({
    fileName: path.basename(file),
    contentBase64: fs.readFileSync(file).toString('base64'),
  }));
}

const PACKAGE_CODES: ReadonlySet<string> = new Set(PACKAGE_ERROR_CODES);

/** Runs `work` in a session; a refused package is an answer ({ok: false, code, message}), not a crash. */
async function answeringRefusals<T>(args: Args, work: (session: CliSession) => Promise<T>) {
  try {
    return await withSession(args, work);
  } catch (error) {
    if (error instanceof CliError && PACKAGE_CODES.has(error.code)) {
      return {
        ok: false as const,
        code: error.code,
        message: packageMessage(error.code, error.details, cliLanguage(args)),
      };
    }
    throw error;
  }
}

/** `package verify FILE... --json`: {ok, sender, seq, kind, counts} or {ok: false, code, message}; nothing is written. */
export async function packageVerify(args: Args) {
  const files = packageFiles(args, 'package verify FILE [FILE...] [--passphrase-file F]');
  return answeringRefusals(args, async (session) => {
    const verified = await session.call('inbox.verify', { files: uploads(files) });
    await session.call('inbox.discard', { uploadId: verified.uploadId });
    return { ok: true, sender: verified.sender, seq: verified.seq, kind: verified.kind, counts: verified.counts };
  });
}

/**
 * `package import FILE... [--dry-run] [--accept-snapshot]`: in the city, per-table counts (new, updated,
 * unchanged, voided, conflicts) - verified, previewed or applied, then finished as the import wizard does it;
 * on a county, a receipt from the city.
 */
export async function packageImport(args: Args) {
  const files = packageFiles(
    args,
    'package import FILE [FILE...] [--dry-run] [--accept-snapshot] [--passphrase-file F]',
  );
  return answeringRefusals(args, async (session) => {
    if (session.office.role === 'county') {
      return { ok: true, kind: 'receipt', ...(await session.call('outbox.importReceipt', { files: uploads(files) })) };
    }
    const { uploadId } = await session.call('inbox.verify', { files: uploads(files) });
    const options = { uploadId, acceptSnapshot: args.flags.has('accept-snapshot') || undefined };
    const dryRun = args.flags.has('dry-run');
    const outcome = dryRun ? await session.call('inbox.preview', options) : await session.call('inbox.apply', options);
    if (dryRun) await session.call('inbox.discard', { uploadId });
    await session.call('inbox.finish', {});
    const ok = outcome.status === 'applied' || outcome.status === 'preview' || outcome.status === 'already';
    return {
      ok,
      status: outcome.status,
      code: outcome.code,
      ...(outcome.code ? { message: packageMessage(outcome.code, outcome.details, cliLanguage(args)) } : {}),
      packageId: outcome.packageId,
      sender: outcome.sender,
      seq: outcome.seq,
      kind: outcome.kind,
      tables: outcome.summary,
      missing: outcome.missing,
      released: outcome.released.map((r) => ({ seq: r.seq, status: r.status, code: r.code, tables: r.summary })),
    };
  });
}

/** `package receipt FILE --to OFFICECODE` (city): the signed receipt for that county, written to FILE. */
export async function packageReceipt(args: Args) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', 'Usage: package receipt FILE --to OFFICECODE [--passphrase-file F]');
  const to = requireFlag(args, 'to');
  return withSession(args, async (session) => {
    const written = await session.call('inbox.writeReceipt', { to });
    const target = exportTarget(file);
    const saved = path.join(target.dir, target.baseName ? target.baseName + PACKAGE_EXTENSION : written.fileName);
    fs.mkdirSync(target.dir, { recursive: true });
    fs.writeFileSync(saved, Buffer.from(written.contentBase64, 'base64'));
    return {
      ok: true,
      packageId: written.packageId,
      to: written.to,
      seq: written.seq,
      lastContiguousSeq: written.lastContiguousSeq,
      file: saved,
      bytes: written.bytes,
    };
  });
}
