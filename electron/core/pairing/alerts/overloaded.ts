// 帮扶户数超限: the cadres holding more households now than the office's setting allows, the most loaded first.
import type { CoreContext } from '../../context';
import { rowRead, valueRead } from '../../records/reads';
import { pairingOffice } from '../pairings/query';
import { pairingSettingsOf } from '../settings';
import type { AlertPage, OverloadedRow } from './contract';

/** Each of the office's cadres' households now, read from the cadre index alone. */
const LOADS = `(SELECT cadre_id, count(*) AS households FROM household_pairings
  WHERE cadre_id IN (SELECT id FROM household_cadres WHERE office_code = ?) AND voided = 0 AND to_date IS NULL
  GROUP BY cadre_id HAVING count(*) > ?) n`;

const ROWS = rowRead<OverloadedRow, [officeCode: string, max: number, limit: number, offset: number]>(
  `SELECT c.id, cp.name, c.unit, c.level, coalesce(c.phone, cp.mobile) AS phone, n.households
   FROM ${LOADS} JOIN household_cadres c ON c.id = n.cadre_id JOIN people cp ON cp.id = c.person_id
   ORDER BY n.households DESC, cp.pinyin_full, c.id LIMIT ? OFFSET ?`,
);
const COUNT = valueRead<number, [officeCode: string, max: number]>(`SELECT count(*) FROM ${LOADS}`);

export function overloadedCadres(
  ctx: CoreContext,
  query: { officeCode?: string; offset: number; limit: number },
): AlertPage<OverloadedRow> & { max: number } {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const max = pairingSettingsOf(ctx, officeCode).cadreMaxHouseholds;
  const sqlite = ctx.store.sqlite;
  return {
    rows: ROWS.on(sqlite).all(officeCode, max, query.limit, query.offset),
    total: COUNT.on(sqlite).get(officeCode, max) ?? 0,
    max,
  };
}
