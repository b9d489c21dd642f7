// The grid's current view (its search, filters and sort, through the same query builder as people.list)
// written to .xlsx (files/listWorkbook.ts). ID numbers are text cells, masked unless the user
// asked to reveal them and may; every export is audited, saying whether IDs were revealed. A masked file
// travels to people without the reveal permission, so it has no birth-date column and no birth-date order:
// the birth date is exactly the mask's hidden digits.
import { parseCustomValues } from '@rules/customFields';
import { maskIdNumber } from '@rules/idNumber';
import { officeOf } from '../accounts/officeRow';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { customExportColumns } from '../customFields/exportColumns';
import { officeFields } from '../customFields/fields';
import { fail } from '../errors';
import { listWorkbook } from '../files/listWorkbook';
import { hasBirthDateFilter } from './columnFilters';
import type { ExportedFile, PeopleQuery } from './contract';
import { countPeople, iterateStoredPeople, masksIds, permittedQuery, withoutBirthOrder } from './query';
import type { StoredPerson } from './rows';

/** Beyond this the file would be too big for memory and for Excel's comfort; the clerk filters first. */
export const MAX_EXPORT_ROWS = 500_000;

interface ExportColumn {
  header: string;
  width: number;
  value: (p: StoredPerson, reveal: boolean) => string | number | null;
  text?: boolean;
  /** Written only into a file with full ID numbers. */
  revealedOnly?: boolean;
}

// Headers the importer maps back (身份证号码, 手机号码, 固定电话 ...), so an exported file can be imported again.
const COLUMNS: ExportColumn[] = [
  { header: '姓名', width: 10, value: (p) => p.name },
  { header: '性别', width: 6, value: (p) => (p.gender === 'M' ? '男' : p.gender === 'F' ? '女' : null) },
  {
    header: '身份证号码',
    width: 22,
    text: true,
    value: (p, reveal) => (reveal ? p.idNumber : maskIdNumber(p.idNumber)),
  },
  { header: '出生日期', width: 12, value: (p) => p.birthDate, revealedOnly: true },
  { header: '手机号码', width: 14, text: true, value: (p) => p.mobile },
  { header: '固定电话', width: 16, text: true, value: (p) => p.phone },
  { header: '乡镇(街道)', width: 14, value: (p) => p.township },
  { header: '村(社区)', width: 14, value: (p) => p.village },
  { header: '工作单位', width: 24, value: (p) => p.workUnit },
  { header: '备注', width: 24, value: (p) => p.notes },
];
const VOID_COLUMNS: ExportColumn[] = [
  { header: '状态', width: 8, value: (p) => (p.voided ? '已作废' : '有效') },
  { header: '作废原因', width: 20, value: (p) => p.voidReason },
];

export interface ExportInput extends PeopleQuery {
  revealIds: boolean;
  /** The language of the custom fields' headers (the built-in headers are the importer's Chinese ones). */
  language?: 'zh-CN' | 'en';
}

/** 人员库-20250301-0930.xlsx: what the file holds and when it was written (local time). */
export function exportFileName(now: Date, what = '人员库'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${what}-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.xlsx`;
}

export async function exportPeople(ctx: CoreContext, input: ExportInput): Promise<ExportedFile> {
  const { revealIds, language = 'zh-CN', ...asked } = input;
  const masked = masksIds(ctx);
  if (revealIds && masked) fail('EXPORT_REVEAL_FORBIDDEN');
  if (!revealIds && hasBirthDateFilter(asked.columnFilters)) fail('BIRTH_DATE_FILTER_HIDDEN');
  const permitted = permittedQuery(ctx, asked, masked);
  const query = revealIds ? permitted : withoutBirthOrder(permitted);
  const total = countPeople(ctx, query, masked);
  if (total > MAX_EXPORT_ROWS) fail('EXPORT_TOO_LARGE', { rows: total, max: MAX_EXPORT_ROWS });

  const fields = officeFields(ctx, query.officeCode ?? officeOf(ctx).code, 'people');
  const custom: ExportColumn[] = customExportColumns(fields, language, (p: StoredPerson) =>
    parseCustomValues(p.customFields),
  );
  const columns = [...COLUMNS, ...custom, ...(query.includeVoided ? VOID_COLUMNS : [])].filter(
    (c) => revealIds || !c.revealedOnly,
  );
  const { content, rows } = await listWorkbook(
    '人员库',
    columns.map((c) => ({ ...c, value: (p: StoredPerson) => c.value(p, revealIds) })),
    iterateStoredPeople(ctx, query, masked),
  );

  // A 'job' method (api/method.ts): after the file is built, its audit entry commits in a transaction of its own.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'people',
      after: { export: true, rows, revealIds, query },
    }),
  )();
  return { fileName: exportFileName(ctx.now()), contentBase64: content.toString('base64'), rows };
}
