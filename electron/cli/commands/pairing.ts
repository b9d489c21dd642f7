// `pairing import FILE [--dry-run]` (cadre ID number, household head ID number, from date) and `pairing overdue
// [--months N]` (pairings not visited for N months, the office's setting by default), through the router as the
// signed-in user. The import exits non-zero when a row of the file is wrong (a dry run's check included).
import { OVERDUE_MONTHS_RANGE } from '@rules/pairing';
import { CliError, flag, type Args } from '../args';
import { withSession } from '../session';
import { fileArgument, notOk, rowErrors } from './volunteers';

export function pairingImport(args: Args) {
  const file = fileArgument(args, 'pairing import FILE [--dry-run]');
  return withSession(args, async (session) => {
    const result = await session.call('pairing.import', { ...file, dryRun: args.flags.has('dry-run') });
    const { rows, valid, invalid, errors, cadres, pairings, imported } = result;
    const printed = { rows, valid, invalid, errors: rowErrors(errors), cadres, pairings, imported };
    return invalid > 0 ? notOk(printed) : printed;
  });
}

/** A page of the overdue list at a time, until all are read. */
const PAGE = 500;

export function pairingOverdue(args: Args) {
  const text = flag(args, 'months');
  const months = text === undefined ? undefined : Number(text);
  if (
    months !== undefined &&
    (!Number.isInteger(months) || months < OVERDUE_MONTHS_RANGE.min || months > OVERDUE_MONTHS_RANGE.max)
  )
    throw new CliError('USAGE', 'Usage: pairing overdue [--months N]   (N: 1 to 36)');
  return withSession(args, async (session) => {
    const rows: { household: string; cadre: string; lastVisit: string | null }[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await session.call('pairing.overdue', { ...(months ? { months } : {}), offset, limit: PAGE });
      for (const row of page.rows)
        rows.push({
          household: `${row.householdNumber} ${row.headName}`,
          cadre: row.cadreName,
          lastVisit: row.lastVisit,
        });
      if (offset + PAGE >= page.total) return { rows };
    }
  });
}
