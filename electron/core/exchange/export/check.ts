// The county checks every record it is about to send as the city will check it: a package the city would
// refuse for a length or a value is not written, and the clerk is told which record to fix (not "damaged").
import { recordProblemText } from '@api/recordLabels';
import { AppError } from '../../errors';
import type { ExchangeRecord } from '../types';
import { recordRefusal } from '../validation/refusal';

export const EXPORT_RECORD_INVALID = 'EXPORT_RECORD_INVALID';

export function* checkedRecords(records: Iterable<ExchangeRecord>): Generator<ExchangeRecord> {
  for (const record of records) {
    const refusal = recordRefusal(record);
    if (refusal) {
      // The message is the CLI's sentence; the renderer builds its own from the code and the details.
      throw new AppError(
        EXPORT_RECORD_INVALID,
        { ...refusal.details },
        `数据包没有生成，请先改正这条记录：${recordProblemText(refusal.details, 'zh-CN')}`,
      );
    }
    yield record;
  }
}
