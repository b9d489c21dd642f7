// SQL fragments that read the record columns of a stock table into the camelCase fields of StockRecordMeta.
import { RECORD_COLUMNS, RECORD_KEYS } from '../records/meta';

/** The record columns of table alias `a`, aliased to StockRecordMeta's names (voided as 0/1). */
export const META_SQL = (a: string) => RECORD_KEYS.map((key, at) => `${a}.${RECORD_COLUMNS[at]} AS ${key}`).join(', ');
