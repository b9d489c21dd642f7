// 分组计数: how many people of the current view (search, filters) have each value of one choice column -
// people per village without an export - and the same small table as .xlsx. Blank values count as one group.
import ExcelJS from 'exceljs';
import type { GroupColumn } from '../../api/columnFilters';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { rowRead } from '../records/reads';
import { addSheet, section, workbookFile } from '../stock/reports/workbook';
import type { ExportedFile, GroupCounts, GroupCountsHeadings, PeopleQuery } from './contract';
import { masksIds, peopleWhere, permittedQuery } from './query';

const GROUP_SQL: Record<GroupColumn, string> = {
  gender: 'gender',
  township: 'township',
  village: 'village',
  officeCode: 'office_code',
  createdBy: 'created_by',
};

const byPinyin = new Intl.Collator('zh-Hans-CN');

export function countPeopleBy(ctx: CoreContext, query: PeopleQuery, column: GroupColumn): GroupCounts {
  const masked = masksIds(ctx);
  const where = peopleWhere(permittedQuery(ctx, query, masked), masked);
  const sqlColumn = GROUP_SQL[column];
  const found = rowRead<{ value: string | null; count: number }>(
    `SELECT nullif(${sqlColumn}, '') AS value, count(*) AS count
    FROM people ${where.sql} GROUP BY nullif(${sqlColumn}, '')`,
  )
    .on(ctx.store.sqlite)
    .all(...where.params);
  // Most people first, equal counts in pinyin order, the blank group last.
  const groups = found.sort(
    (a, b) =>
      (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
      b.count - a.count ||
      byPinyin.compare(a.value ?? '', b.value ?? ''),
  );
  return { column, groups, total: groups.reduce((sum, g) => sum + g.count, 0) };
}

/**
 * The table as .xlsx, headed in the clerk's language (the renderer sends the words). Audited like every export
 * (counts carry no one's personal data, but what left the office is answerable).
 */
export async function exportGroupCounts(
  ctx: CoreContext,
  query: PeopleQuery,
  column: GroupColumn,
  headings: GroupCountsHeadings,
): Promise<ExportedFile> {
  const counts = countPeopleBy(ctx, query, column);
  const label = (value: string | null) => (value === null ? headings.blank : (headings.values?.[value] ?? value));
  const workbook = new ExcelJS.Workbook();
  const rows = addSheet(workbook, headings.sheet, headings.title, headings.subtitle, [
    section({
      columns: [
        { header: headings.value, width: 24, value: (g: GroupCounts['groups'][number]) => label(g.value) },
        { header: headings.count, width: 12, kind: 'number', value: (g) => g.count },
      ],
      rows: counts.groups,
      total: [headings.total, counts.total],
    }),
  ]);
  // A 'job' method (api/method.ts): after the file is built, its audit entry commits in a transaction of its own.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'people',
      after: { export: true, groupBy: column, groups: rows, total: counts.total, query },
    }),
  )();
  return workbookFile(workbook, `${headings.sheet}.xlsx`, rows);
}
