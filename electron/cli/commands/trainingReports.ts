// `training stats --year YYYY [--office CODE|all]` and `training import-certificates FILE [--dry-run]`: the
// statistics page's figures and the legacy register import, through the router as the signed-in user.
import fs from 'node:fs';
import path from 'node:path';
import { CliError, fileNotFound, flag, yearFlag, type Args } from '../args';
import { withSession } from '../session';

/** A result printed as is that still ends the command non-zero: `ok` is read by main.ts, never printed. */
function notOk<T extends object>(result: T): T {
  return Object.defineProperty(result, 'ok', { value: false, enumerable: false });
}

export function trainingStats(args: Args) {
  const year = yearFlag(args, 'Usage: training stats --year YYYY [--office CODE|all]');
  return withSession(args, async (session) => {
    const s = await session.call('training.stats.get', { year, officeCode: flag(args, 'office') });
    return {
      year,
      coursesHeld: s.total.coursesHeld,
      popularAttendances: s.total.popularAttendances,
      certificatesIssued: s.total.certificatesIssued,
      personsCertified: s.total.personsCertified,
      renewals: s.total.renewals,
      personsWithValidCertificateAtYearEnd: s.total.personsWithValidCertificate,
      byTownship: s.byTownship,
      bySector: s.bySector,
    };
  });
}

/** Exit 0 only when every row of the file is right (a dry run's check included). */
export function trainingImportCertificates(args: Args) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', 'Usage: training import-certificates <file> [--dry-run]');
  const target = path.resolve(file);
  if (!fs.existsSync(target)) throw fileNotFound(target);
  return withSession(args, async (session) => {
    const result = await session.call('training.legacy.import', {
      fileName: path.basename(target),
      contentBase64: fs.readFileSync(target).toString('base64'),
      dryRun: args.flags.has('dry-run'),
    });
    const { rows, valid, invalid, errors, imported } = result;
    const printed = {
      rows,
      valid,
      invalid,
      errors: errors.map(({ row, field, code }) => ({ row, field, code })),
      imported,
    };
    return invalid > 0 ? notOk(printed) : printed;
  });
}
