// The 救助对象 register: every membership of a category, a person's or a household's, a page at a time - with the
// name (a household by its head), the masked ID number, the household (a person's own now) and its place. Filtered
// by category, by kind, by a search of the person or head (the registry's search), current or ended too.
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { masksIds, searchCondition } from '../../people/query';
import { rememberedCount } from '../../records/countCache';
import { rowRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { Condition } from '../roster/where';
import type { BeneficiaryListQuery, BeneficiaryListRow, BeneficiaryPage } from './contract';

/** A person beneficiary's household is the one they are in now. */
const FROM = `FROM beneficiary_memberships b
  JOIN beneficiary_categories c ON c.id = b.category_id
  LEFT JOIN household_members m ON m.person_id = b.person_id AND m.to_date IS NULL AND m.voided = 0
  LEFT JOIN households h ON h.id = coalesce(b.household_id, m.household_id)
  JOIN people p ON p.id = coalesce(b.person_id, h.head_person_id)`;

const COLUMNS = `b.id, b.row_version AS rowVersion, b.category_id AS categoryId, c.name AS categoryName,
  b.person_id AS personId, b.household_id AS householdId, b.from_date AS fromDate, b.to_date AS toDate, b.notes,
  p.name, p.id_number AS idNumber, h.number AS householdNumber, h.id AS openHouseholdId,
  coalesce(h.township, p.township) AS township, coalesce(h.village, p.village) AS village`;

function listWhere(query: BeneficiaryListQuery, officeCode: string, masked: boolean): Condition {
  const conditions: Condition[] = [
    { sql: 'b.office_code = ?', params: [officeCode] },
    { sql: 'b.voided = 0', params: [] },
  ];
  if (!query.includeEnded) conditions.push({ sql: 'b.to_date IS NULL', params: [] });
  if (query.categoryId) conditions.push({ sql: 'b.category_id = ?', params: [query.categoryId] });
  if (query.kind === 'person') conditions.push({ sql: 'b.person_id IS NOT NULL', params: [] });
  if (query.kind === 'household') conditions.push({ sql: 'b.household_id IS NOT NULL', params: [] });
  const search = query.search ? searchCondition(query.search, masked) : null;
  if (search) conditions.push({ sql: `p.id IN (SELECT id FROM people WHERE ${search.sql})`, params: search.params });
  return { sql: conditions.map((c) => c.sql).join(' AND '), params: conditions.flatMap((c) => c.params) };
}

export function listBeneficiaries(ctx: CoreContext, query: BeneficiaryListQuery): BeneficiaryPage {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const where = listWhere(query, officeCode, masksIds(ctx));
  const total = rememberedCount(ctx.store.sqlite, `SELECT count(*) ${FROM} WHERE ${where.sql}`, where.params);
  const rows = rowRead<BeneficiaryListRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${where.sql}
     ORDER BY c.sort_order, c.name, b.to_date IS NOT NULL, p.pinyin_full, b.rowid LIMIT ? OFFSET ?`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params, query.limit, query.offset);
  return { rows: rows.map((row) => ({ ...row, idNumber: maskIdNumber(row.idNumber) })), total };
}
