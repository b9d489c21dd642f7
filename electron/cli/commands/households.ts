// `households import FILE [--dry-run]`: the household import (one row per member, the head's ID number on every row)
// through the router as the signed-in user. Exits non-zero when a row of the file is wrong (a dry run's check
// included).
import type { Args } from '../args';
import { withSession } from '../session';
import { fileArgument, notOk, rowErrors } from './volunteers';

export function householdsImport(args: Args) {
  const file = fileArgument(args, 'households import FILE [--dry-run]');
  return withSession(args, async (session) => {
    const result = await session.call('households.import', { ...file, dryRun: args.flags.has('dry-run') });
    const { rows, valid, invalid, errors, households, members, imported } = result;
    const printed = { rows, valid, invalid, errors: rowErrors(errors), households, members, imported };
    return invalid > 0 ? notOk(printed) : printed;
  });
}
