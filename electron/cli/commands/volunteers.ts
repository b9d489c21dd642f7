// `volunteers import FILE [--dry-run]`, `volunteers import-hours FILE [--dry-run] [--pending]` and
// `volunteers stats [--year YYYY]`: the roster and hours imports and the office's figures, through the router as
// the signed-in user. An import exits non-zero when a row of the file is wrong (a dry run's check included).
import fs from 'node:fs';
import path from 'node:path';
import { hoursOf } from '@rules/volunteers';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { withSession } from '../session';

/** A result printed as is that still ends the command non-zero: `ok` is read by main.ts, never printed. */
export function notOk<T extends object>(result: T): T {
  return Object.defineProperty(result, 'ok', { value: false, enumerable: false });
}

export function fileArgument(args: Args, usage: string) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', `Usage: ${usage}`);
  const target = path.resolve(file);
  if (!fs.existsSync(target)) throw fileNotFound(target);
  return { fileName: path.basename(target), contentBase64: fs.readFileSync(target).toString('base64') };
}

export const rowErrors = (errors: readonly { row: number; field: string; code: string }[]) =>
  errors.map(({ row, field, code }) => ({ row, field, code }));

export function volunteersImport(args: Args) {
  const file = fileArgument(args, 'volunteers import FILE [--dry-run]');
  return withSession(args, async (session) => {
    const result = await session.call('volunteers.import', { ...file, dryRun: args.flags.has('dry-run') });
    const { rows, valid, invalid, errors, imported } = result;
    const printed = { rows, valid, invalid, errors: rowErrors(errors), imported };
    return invalid > 0 ? notOk(printed) : printed;
  });
}

export function volunteersImportHours(args: Args) {
  const file = fileArgument(args, 'volunteers import-hours FILE [--dry-run] [--pending]');
  return withSession(args, async (session) => {
    const result = await session.call('volunteers.importHours', {
      ...file,
      dryRun: args.flags.has('dry-run'),
      pending: args.flags.has('pending'),
    });
    const { rows, valid, invalid, errors, imported, importedHalfHours } = result;
    const printed = { rows, valid, invalid, errors: rowErrors(errors), imported, hours: hoursOf(importedHalfHours) };
    return invalid > 0 ? notOk(printed) : printed;
  });
}

export function volunteersStats(args: Args) {
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && (!Number.isInteger(year) || year < 1950 || year > 2199))
    throw new CliError('USAGE', 'Usage: volunteers stats [--year YYYY]');
  return withSession(args, async (session) => {
    const stats = await session.call('volunteers.stats', year === undefined ? {} : { year });
    return { volunteers: stats.volunteers, approvedHours: hoursOf(stats.approvedHalfHours), byStar: stats.byStar };
  });
}
