// `people import <file> [--dry-run] [--rejected <file>]` and `people export <file> [--reveal]`:
// the same import pipeline and export as the UI, acting as the CLI user.
import fs from 'node:fs';
import path from 'node:path';
import { PERSON_FIELDS, type PersonField } from '../../api/people';
import { exportPeople } from '../../core/people/export';
import { UPDATABLE_FIELDS, type UpdateOptions } from '../../core/people/import/match';
import { commitImport, prepareImport } from '../../core/people/import/pipeline';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { cliContext, openCli, requireCliOffice } from '../context';
import { cliLanguage } from '../language';
import { errorSentence } from '../../api/messages/errorSentence';

export interface ImportReport {
  rows: number; valid: number; invalid: number; duplicates: number;
  errors: { row: number; field: string; code: string; message: string }[];
  imported?: number;
  /** With --update: people whose stored values change, and rows that would change nothing. */
  updated?: number; unchanged?: number;
}

function fileArgument(args: Args, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  return path.resolve(file);
}

/** --update [--clear-blanks F,F]: a registered ID number updates that person; a blank cell erases only in the listed fields. */
function updateOptions(args: Args): UpdateOptions | undefined {
  if (!args.flags.has('update')) return undefined;
  const listed = flag(args, 'clear-blanks')?.split(',').map((field) => field.trim()).filter(Boolean) ?? [];
  const unknown = listed.filter((field) => !(UPDATABLE_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) throw new CliError('USAGE', `--clear-blanks takes fields among ${UPDATABLE_FIELDS.join(', ')}; not: ${unknown.join(', ')}`);
  return { clearBlanks: listed.filter((field): field is PersonField => (PERSON_FIELDS as readonly string[]).includes(field)) };
}

/** Without --dry-run the valid rows are imported (one transaction); --rejected FILE saves the others to fix. */
export async function peopleImport(args: Args): Promise<ImportReport> {
  const file = fileArgument(args, 'people import <file> [--dry-run] [--update [--clear-blanks F,F]] [--rejected <file>]');
  const update = updateOptions(args);
  if (!fs.existsSync(file)) throw fileNotFound(file);
  const bytes = fs.readFileSync(file);
  const backend = openCli();
  try {
    requireCliOffice(backend);
    const ctx = cliContext(backend, 'people.import');
    const prepared = await prepareImport(ctx, path.basename(file), bytes, { update });
    const { preview } = prepared;
    const report: ImportReport = {
      rows: preview.rows, valid: preview.valid, invalid: preview.invalid, duplicates: preview.duplicates,
      errors: preview.issues.filter((i) => i.severity === 'error')
        .map(({ row, field, code, details }) => ({ row, field, code, message: errorSentence(code, details, cliLanguage(args)) })),
      ...(preview.update ? { updated: preview.update.updated, unchanged: preview.update.unchanged } : {}),
    };
    if (args.flags.has('dry-run')) return report;
    if (preview.valid === 0) return { ...report, imported: 0 };
    const result = await commitImport(ctx, prepared, 'validOnly');
    const rejectedTarget = flag(args, 'rejected');
    if (rejectedTarget && result.rejectedFile) fs.writeFileSync(path.resolve(rejectedTarget), Buffer.from(result.rejectedFile.contentBase64, 'base64'));
    const { imported, updated, unchanged } = result;
    return { ...report, imported, ...(update ? { updated, unchanged } : {}) };
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
