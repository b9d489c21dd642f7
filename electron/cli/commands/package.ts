// `package export FILE --to OFFICECODE [--snapshot] [--part-mb N]` (county). The city's verify, import
// and receipt commands live beside it; `package import` of a receipt on a county updates the outbox.
import fs from 'node:fs';
import path from 'node:path';
import { exportPackage } from '../../core/exchange/export/exportPackage';
import { PACKAGE_EXTENSION } from '../../core/exchange/format/constants';
import { importReceipt } from '../../core/exchange/outbox/receipt';
import { PackageError } from '../../core/exchange/format';
import { finishImports, importPackage, verifyForCity, writeReceipt } from '../../core/exchange/inbox';
import { packageMessage } from '../../core/exchange/inbox/messages';
import { CliError, fileNotFound, flag, requireFlag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice } from '../context';
import { cliLanguage } from '../language';

/** FILE may be a folder (the package keeps its own name) or a file name (parts add .partNNofMM). */
function exportTarget(file: string): { dir: string; baseName?: string } {
  const resolved = path.resolve(file);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) return { dir: resolved };
  const base = path.basename(resolved);
  return { dir: path.dirname(resolved), baseName: base.endsWith(PACKAGE_EXTENSION) ? base.slice(0, -PACKAGE_EXTENSION.length) : base };
}

function partMbOf(args: Args): number | undefined {
  const text = flag(args, 'part-mb');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new CliError('USAGE', `--part-mb takes a whole number of MB, not ${text}`);
  return n;
}

export async function packageExport(args: Args) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', 'Usage: package export FILE --to OFFICECODE [--snapshot] [--part-mb N] [--passphrase-file F]');
  const to = requireFlag(args, 'to');
  const partMb = partMbOf(args);
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    const ctx = cliContext(backend, 'outbox.export');
    const { entry, written } = await exportPackage(ctx, { to, snapshot: args.flags.has('snapshot'), partMb, ...exportTarget(file) });
    return { ok: true, packageId: entry.packageId, to: entry.recipient, seq: entry.seq, kind: entry.kind, counts: entry.counts,
      bytes: entry.bytes, parts: written.length, files: written };
  } finally {
    backend.close();
  }
}

/** A receipt from the city, on the county: the outbox learns what the city applied, holds or refused. */
export async function packageImportReceipt(args: Args, files: string[]) {
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    const result = await importReceipt(cliContext(backend, 'outbox.importReceipt'), files);
    return { ok: true, kind: 'receipt', ...result };
  } finally {
    backend.close();
  }
}

function packageFiles(args: Args, usage: string): string[] {
  const files = args.positionals.slice(2).map((file) => path.resolve(file));
  if (files.length === 0) throw new CliError('USAGE', `Usage: ${usage}`);
  for (const file of files) if (!fs.existsSync(file)) throw fileNotFound(file);
  return files;
}

/** `package verify FILE... --json`: {ok, sender, seq, kind, counts} or {ok: false, code, message}; nothing is written. */
export async function packageVerify(args: Args) {
  const files = packageFiles(args, 'package verify FILE [FILE...] [--passphrase-file F]');
  return withCityStore(args, 'inbox.verify', async (ctx) => {
    const verified = await verifyForCity(ctx, files);
    return { ok: true, sender: verified.sender, seq: verified.seq, kind: verified.kind, counts: verified.counts };
  });
}

/** Runs `work` on this office's store; a refused package is an answer ({ok: false, code, message}), not a crash. */
async function withCityStore<T>(args: Args, method: string, work: (ctx: ReturnType<typeof cliContext>) => Promise<T>) {
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    return await work(cliContext(backend, method));
  } catch (error) {
    if (error instanceof PackageError) return { ok: false as const, code: error.code, message: packageMessage(error.code, error.details, cliLanguage(args)) };
    throw error;
  } finally {
    backend.close();
  }
}

/**
 * `package import FILE... [--dry-run] [--accept-snapshot]`: in the city, per-table counts (new, updated,
 * unchanged, voided, conflicts); on a county, a receipt from the city.
 */
export async function packageImport(args: Args) {
  const files = packageFiles(args, 'package import FILE [FILE...] [--dry-run] [--accept-snapshot] [--passphrase-file F]');
  const role = (() => {
    const backend = openCli(args);
    try { return requireCliOffice(backend).role; } finally { backend.close(); }
  })();
  if (role === 'county') return packageImportReceipt(args, files);
  return withCityStore(args, 'inbox.import', async (ctx) => {
    const outcome = await importPackage(ctx, files, { dryRun: args.flags.has('dry-run'), acceptSnapshot: args.flags.has('accept-snapshot') });
    await finishImports(ctx);
    const ok = outcome.status === 'applied' || outcome.status === 'preview' || outcome.status === 'already';
    return {
      ok, status: outcome.status, code: outcome.code, ...(outcome.code ? { message: packageMessage(outcome.code, outcome.details, cliLanguage(args)) } : {}),
      packageId: outcome.packageId, sender: outcome.sender, seq: outcome.seq, kind: outcome.kind,
      tables: outcome.summary, missing: outcome.missing,
      released: outcome.released.map((r) => ({ seq: r.seq, status: r.status, code: r.code, tables: r.summary })),
    };
  });
}

/** `package receipt FILE --to OFFICECODE` (city): the signed receipt for that county. */
export async function packageReceipt(args: Args) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', 'Usage: package receipt FILE --to OFFICECODE [--passphrase-file F]');
  const to = requireFlag(args, 'to');
  const backend = openCli(args);
  try {
    requireCliOffice(backend);
    const written = await writeReceipt(cliContext(backend, 'inbox.writeReceipt'), { to, ...exportTarget(file) });
    return { ok: true, packageId: written.packageId, to: written.to, seq: written.seq, lastContiguousSeq: written.lastContiguousSeq,
      file: written.file, bytes: written.bytes };
  } finally {
    backend.close();
  }
}
