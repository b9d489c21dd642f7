// `members import FILE [--dry-run]` and `members stats`: the member roster import (with its dues columns) and the
// office's figures, through the router as the signed-in user. An import exits non-zero when a row is wrong.
import type { Args } from '../args';
import { withSession } from '../session';
import { fileArgument, notOk, rowErrors } from './volunteers';

export function membersImport(args: Args) {
  const file = fileArgument(args, 'members import FILE [--dry-run]');
  return withSession(args, async (session) => {
    const result = await session.call('members.import', { ...file, dryRun: args.flags.has('dry-run') });
    const { rows, valid, invalid, errors, imported } = result;
    const printed = { rows, valid, invalid, errors: rowErrors(errors), imported };
    return invalid > 0 ? notOk(printed) : printed;
  });
}

export function membersStats(args: Args) {
  return withSession(args, async (session) => {
    const { members, byKind, lapsed } = await session.call('members.stats', {});
    return { members, byKind, lapsed };
  });
}
