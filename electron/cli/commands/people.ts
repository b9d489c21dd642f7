// `people import <file> [--dry-run] [--rejected <file>]` and `people export <file> [--reveal]`:
// the same import pipeline and export as the UI, acting as the CLI user.
import fs from 'node:fs';
import path from 'node:path';
import { exportPeople } from '../../core/people/export';
import { commitImport, prepareImport } from '../../core/people/import/pipeline';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice } from '../context';
import { cliLanguage } from '../language';
import { errorSentence } from '../../api/messages/errorSentence';

export interface ImportReport {
  rows: number; valid: number; invalid: number; duplicates: number;
  errors: { row: number; field: string; code: string; message: string }[];
  imported?: number;
}

function fileArgument(args: Args, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  return path.resolve(file);
}

/** Without --dry-run the valid rows are imported (one transaction); --rejected FILE saves the others to fix. */
export async function peopleImport(args: Args): Promise<ImportReport> {
  const file = fileArgument(args, 'people import <file> [--dry-run] [--rejected <file>]');
  if (!fs.existsSync(file)) throw fileNotFound(file);
  const bytes = fs.readFileSync(file);
  const backend = openCli();
  try {
    requireCliOffice(backend);
    const ctx = cliContext(backend, 'people.import');
    const prepared = await prepareImport(ctx, path.basename(file), bytes);
    const { preview } = prepared;
    const report: ImportReport = {
      rows: preview.rows, valid: preview.valid, invalid: preview.invalid, duplicates: preview.duplicates,
      errors: preview.issues.filter((i) => i.severity === 'error')
        .map(({ row, field, code, details }) => ({ row, field, code, message: errorSentence(code, details, cliLanguage(args)) })),
    };
    if (args.flags.has('dry-run')) return report;
    if (preview.valid === 0) return { ...report, imported: 0 };
    const result = await commitImport(ctx, prepared, 'validOnly');
    const rejectedTarget = flag(args, 'rejected');
    if (rejectedTarget && result.rejectedFile) fs.writeFileSync(path.resolve(rejectedTarget), Buffer.from(result.rejectedFile.contentBase64, 'base64'));
    return { ...report, imported: result.imported };
  } finally {
    backend.close();
  }
}

export async function peopleExport(args: Args) {
  const file = fileArgument(args, 'people export <file> [--reveal]');
  const backend = openCli();
  try {
    requireCliOffice(backend);
    const reveal = args.flags.has('reveal');
    const exported = await exportPeople(cliContext(backend, 'people.export'), { revealIds: reveal });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
    return { ok: true, file, rows: exported.rows, revealIds: reveal };
  } finally {
    backend.close();
  }
}
