// 联系卡: for each household a cadre holds now, who the cadre is and how to reach them - the households named, or
// those of a township or village - in the order of the place, so a village's cards print together.
import type { CoreContext } from '../../context';
import { rowRead } from '../../records/reads';
import { officeCodeOf } from '../../stock/office';
import { CADRE_PHONE, joined, ROW_JOINS, type Condition } from '../rowSql';
import type { ContactCard, ContactCardQuery, ContactCardSet } from './contract';

/** More cards than one printing: the clerk narrows the place. */
export const MAX_CARDS = 1000;

const COLUMNS = `x.household_id AS householdId, h.number, hp.name AS headName, h.township, h.village,
  h.village_group AS villageGroup, h.address, cp.name AS cadreName, c.unit AS cadreUnit, c.level AS cadreLevel,
  ${CADRE_PHONE} AS cadrePhone, x.from_date AS fromDate`;

export function contactCards(ctx: CoreContext, query: ContactCardQuery): ContactCardSet {
  const conditions: Condition[] = [
    { sql: 'x.office_code = ? AND x.voided = 0 AND x.to_date IS NULL AND h.voided = 0', params: [officeCodeOf(ctx)] },
  ];
  if (query.township) conditions.push({ sql: 'h.township = ?', params: [query.township] });
  if (query.village) conditions.push({ sql: 'h.village = ?', params: [query.village] });
  if (query.householdIds)
    conditions.push({
      sql: 'x.household_id IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(query.householdIds)],
    });
  const all = joined(conditions, ' AND ');
  const where = { sql: `WHERE ${all.sql}`, params: all.params };
  const cards = rowRead<ContactCard>(
    `SELECT ${COLUMNS} FROM household_pairings x ${ROW_JOINS} ${where.sql}
     ORDER BY h.township, h.village, h.village_group, h.number LIMIT ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, MAX_CARDS + 1);
  return { cards: cards.slice(0, MAX_CARDS), truncated: cards.length > MAX_CARDS };
}
