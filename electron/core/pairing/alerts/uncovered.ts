// 无帮扶责任人: the supported households (poverty file 帮扶中 or 监测对象) that no cadre holds now, each with the cadre
// it had last and the day that pairing ended; searched by household number or head, filtered by place.
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { joined, searchParts, type Condition } from '../../households/roster/where';
import { masksIds } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { pairingOffice } from '../pairings/query';
import type { AlertPage, UncoveredQuery, UncoveredRow } from './contract';

const FILES = 'FROM poverty_files f JOIN households h ON h.id = f.household_id';
const FROM = `${FILES} JOIN people hp ON hp.id = h.head_person_id`;
const LAST_PAIRING = `FROM household_pairings pr WHERE pr.household_id = h.id AND pr.voided = 0
  ORDER BY pr.from_date DESC, pr.rowid DESC LIMIT 1`;
const COLUMNS = `h.id, h.number, hp.name AS headName, hp.id_number AS headIdNumber, h.township, h.village,
  h.attribute, f.status AS povertyStatus,
  (SELECT cp.name FROM household_cadres c JOIN people cp ON cp.id = c.person_id
    WHERE c.id = (SELECT pr.cadre_id ${LAST_PAIRING})) AS lastCadreName,
  (SELECT pr.to_date ${LAST_PAIRING}) AS lastEnded`;

function whereOf(query: UncoveredQuery, officeCode: string, masked: boolean) {
  const conditions: Condition[] = [
    {
      sql: "f.office_code = ? AND f.voided = 0 AND f.status IN ('assisted', 'monitored') AND h.voided = 0",
      params: [officeCode],
    },
    {
      sql: `NOT EXISTS (SELECT 1 FROM household_pairings pr
        WHERE pr.household_id = h.id AND pr.voided = 0 AND pr.to_date IS NULL)`,
      params: [],
    },
  ];
  if (query.township) conditions.push({ sql: 'h.township = ?', params: [query.township] });
  if (query.village) conditions.push({ sql: 'h.village = ?', params: [query.village] });
  const search = searchParts(query.search, officeCode, masked);
  if (search) {
    const head = search.person && {
      sql: `h.head_person_id IN (SELECT id FROM people WHERE ${search.person.sql})`,
      params: search.person.params,
    };
    const either = joined(head ? [search.number, head] : [search.number], ' OR ');
    conditions.push({ sql: `(${either.sql})`, params: either.params });
  }
  const all = joined(conditions, ' AND ');
  return { sql: `WHERE ${all.sql}`, params: all.params };
}

export function uncoveredHouseholds(
  ctx: CoreContext,
  query: UncoveredQuery & { offset: number; limit: number },
): AlertPage<UncoveredRow> {
  const officeCode = pairingOffice(ctx, query.officeCode);
  const where = whereOf(query, officeCode, masksIds(ctx));
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) ${FILES} ${where.sql}`, where.params);
  const rows = rowRead<UncoveredRow>(`SELECT ${COLUMNS} ${FROM} ${where.sql} ORDER BY h.number LIMIT ? OFFSET ?`)
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  return { rows: rows.map((r) => ({ ...r, headIdNumber: maskIdNumber(r.headIdNumber) })), total };
}
