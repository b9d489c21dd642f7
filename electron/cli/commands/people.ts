// `people import <file> [--dry-run] [--rejected <file>]` and `people export <file> [--reveal]`:
// the import job and export the UI calls, through the router as the signed-in user (clerks; export any reader).
import fs from 'node:fs';
import path from 'node:path';
import { errorSentence } from '../../api/messages/errorSentence';
import { PERSON_FIELDS, type ImportPreview, type PersonField } from '../../core/people/contract';
import { UPDATABLE_FIELDS, type UpdateOptions } from '../../core/people/import/match';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { cliLanguage } from '../language';
import { withSession, type CliSession } from '../session';

export interface ImportReport {
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  errors: { row: number; field: string; code: string; message: string }[];
  imported?: number;
  /** With --update: people whose stored values change, and rows that would change nothing. */
  updated?: number;
  unchanged?: number;
}

function fileArgument(args: Args, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  return path.resolve(file);
}

/** --update [--clear-blanks F,F]: a registered ID number updates that person; a blank cell erases only in the listed fields. */
function updateOptions(args: Args): UpdateOptions | undefined {
  if (!args.flags.has('update')) return undefined;
  const listed =
    flag(args, 'clear-blanks')
      ?.split(',')
      .map((field) => field.trim())
      .filter(Boolean) ?? [];
  const unknown = listed.filter((field) => !(UPDATABLE_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0)
    throw new CliError(
      'USAGE',
      `--clear-blanks takes fields among ${UPDATABLE_FIELDS.join(', ')}; not: ${unknown.join(', ')}`,
    );
  return {
    clearBlanks: listed.filter((field): field is PersonField => (PERSON_FIELDS as readonly string[]).includes(field)),
  };
}

/** The import job's preview, once the file is read and checked (the wizard polls people.importStatus the same way). */
async function preparedPreview(session: CliSession, jobId: string): Promise<ImportPreview> {
  for (;;) {
    const status = await session.call('people.importStatus', { jobId });
    if (status.phase === 'ready' && status.preview) return status.preview;
    if (status.error) throw new CliError(status.error.code, status.error.code, status.error.details);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Without --dry-run the valid rows are imported (one job, as the wizard's 导入有效行); --rejected FILE saves the others to fix. */
export async function peopleImport(args: Args): Promise<ImportReport> {
  const file = fileArgument(
    args,
    'people import <file> [--dry-run] [--update [--clear-blanks F,F]] [--rejected <file>]',
  );
  const update = updateOptions(args);
  if (!fs.existsSync(file)) throw fileNotFound(file);
  const contentBase64 = fs.readFileSync(file).toString('base64');
  return withSession(args, async (session) => {
    const { jobId } = await session.call('people.importStart', {
      fileName: path.basename(file),
      contentBase64,
      update: update && { clearBlanks: [...update.clearBlanks] },
    });
    const preview = await preparedPreview(session, jobId);
    const report: ImportReport = {
      rows: preview.rows,
      valid: preview.valid,
      invalid: preview.invalid,
      duplicates: preview.duplicates,
      errors: preview.issues
        .filter((i) => i.severity === 'error')
        .map(({ row, field, code, details }) => ({
          row,
          field,
          code,
          message: errorSentence(code, details, cliLanguage(args)),
        })),
      ...(preview.update ? { updated: preview.update.updated, unchanged: preview.update.unchanged } : {}),
    };
    if (args.flags.has('dry-run') || preview.valid === 0) {
      await session.call('people.importCancel', { jobId });
      return args.flags.has('dry-run') ? report : { ...report, imported: 0 };
    }
    const result = await session.call('people.importCommit', { jobId, mode: 'validOnly' });
    const rejectedTarget = flag(args, 'rejected');
    if (rejectedTarget && result.rejectedFile)
      fs.writeFileSync(path.resolve(rejectedTarget), Buffer.from(result.rejectedFile.contentBase64, 'base64'));
    const { imported, updated, unchanged } = result;
    return { ...report, imported, ...(update ? { updated, unchanged } : {}) };
  });
}

export async function peopleExport(args: Args) {
  const file = fileArgument(args, 'people export <file> [--reveal]');
  const reveal = args.flags.has('reveal');
  return withSession(args, async (session) => {
    const exported = await session.call('people.export', { revealIds: reveal });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
    return { ok: true, file, rows: exported.rows, revealIds: reveal };
  });
}
