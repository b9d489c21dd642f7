// Document numbers as printed on the slips: a prefix per type, the year of the document date, a sequence.
// 入库 RK, 出库 CK, 调拨 DB, 盘点 PD, 调整 TZ, 冲销 CX. Called inside the immediate transaction that inserts.
import type { DocumentType } from '@core/stock/contract';
import type { CoreContext } from '../../context';
import { valueRead } from '../../records/reads';

const PREFIX: Record<DocumentType, string> = {
  receipt: 'RK',
  issue: 'CK',
  transfer: 'DB',
  count: 'PD',
  adjustment: 'TZ',
  reversal: 'CX',
};

const LAST_NUMBER = valueRead<string | null, [officeCode: string, stem: string]>(
  `SELECT max(number) FROM stock_documents WHERE office_code = ? AND number LIKE ? || '%'`,
);

export function nextDocumentNumber(
  ctx: CoreContext,
  officeCode: string,
  type: DocumentType,
  documentDate: string,
): string {
  const stem = `${PREFIX[type]}-${documentDate.slice(0, 4)}-`;
  const last = LAST_NUMBER.on(ctx.store.sqlite).get(officeCode, stem);
  const next = last ? Number(last.slice(stem.length)) + 1 : 1;
  return `${stem}${String(next).padStart(6, '0')}`;
}
