// `package export FILE --to OFFICECODE [--snapshot] [--part-mb N]` (county). The city's verify, import
// and receipt commands live beside it; `package import` of a receipt on a county updates the outbox.
import fs from 'node:fs';
import path from 'node:path';
import { exportPackage } from '../../core/exchange/export/exportPackage';
import { PACKAGE_EXTENSION } from '../../core/exchange/format/constants';
import { importReceipt } from '../../core/exchange/outbox/receipt';
import { CliError, flag, requireFlag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice } from '../context';

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
