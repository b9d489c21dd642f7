// peopleRegistered: the office's live person records at the end of the period. Counted as the live records now
// (one walk of the office's name index), less those entered after the end, plus those voided after it: a year
// long past costs no more than this one.
import { valueRead } from '../../records/reads';
import type { ReportScope } from '../scope';

type Params = [{ office: string; end: string }];

const LIVE_NOW = valueRead<number, [office: string]>(
  `SELECT count(*) FROM people INDEXED BY people_office_name WHERE office_code = ? AND voided = 0`,
);
const LIVE_ENTERED_AFTER = valueRead<number, Params>(
  `SELECT count(*) FROM people INDEXED BY people_created WHERE created_at >= @end AND voided = 0 AND office_code = @office`,
);
const VOIDED_AFTER = valueRead<number, Params>(
  `SELECT count(*) FROM people INDEXED BY people_office_name
   WHERE office_code = @office AND voided = 1 AND voided_at >= @end AND created_at < @end`,
);

export function peopleRegistered(scope: ReportScope): number {
  const sqlite = scope.ctx.store.sqlite;
  const params = { office: scope.office, end: scope.endInstant };
  return (
    LIVE_NOW.on(sqlite).get(scope.office)! -
    LIVE_ENTERED_AFTER.on(sqlite).get(params)! +
    VOIDED_AFTER.on(sqlite).get(params)!
  );
}
