// The audit viewer's export: the filtered view as .xlsx, time in the clerk's local time, every cell guarded against
// formula injection (before/after hold whatever users typed). The export itself is audited.
import ExcelJS from 'exceljs';
import { guardRow } from '@rules/safeCells';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { withQuotePrefix } from '../files/quotePrefix';
import type { ExportedFile } from '../people/contract';
import { appendAudit } from './chain';
import type { AuditQuery } from './methods';
import { countAudit, iterateAudit } from './viewer';

export const MAX_AUDIT_EXPORT_ROWS = 200_000;

const COLUMNS = [
  { header: '序号', width: 8 },
  { header: '时间', width: 20 },
  { header: '用户', width: 14 },
  { header: '操作', width: 18 },
  { header: '数据', width: 12 },
  { header: '记录', width: 38 },
  { header: '修改前', width: 40 },
  { header: '修改后', width: 40 },
];

/** yyyy-mm-dd hh:mm:ss in the clerk's time zone. */
export function localTime(iso: string, offsetMinutes: number): string {
  return new Date(new Date(iso).getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

export async function exportAudit(ctx: CoreContext, query: AuditQuery): Promise<ExportedFile> {
  const total = countAudit(ctx, query);
  if (total > MAX_AUDIT_EXPORT_ROWS) fail('AUDIT_EXPORT_TOO_LARGE', { rows: total, max: MAX_AUDIT_EXPORT_ROWS });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('操作日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  let rows = 0;
  for (const entry of iterateAudit(ctx, query)) {
    guardRow(
      sheet.addRow([
        entry.seq,
        localTime(entry.at, query.utcOffsetMinutes ?? 0),
        entry.username ?? '',
        entry.methodLabel,
        entry.tableLabel,
        entry.recordId ?? '',
        entry.before,
        entry.after,
      ]),
    );
    rows++;
  }
  const content = withQuotePrefix(Buffer.from(await workbook.xlsx.writeBuffer()));
  // A 'job' method (api/method.ts): after the file is built, its audit entry commits in a transaction of its own.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, { method: ctx.method, tableName: 'audit_log', after: { export: true, rows, query } }),
  )();
  const stamp = localTime(ctx.now().toISOString(), query.utcOffsetMinutes ?? 0)
    .slice(0, 16)
    .replace(/[-: ]/g, '');
  return {
    fileName: `操作日志-${stamp.slice(0, 8)}-${stamp.slice(8)}.xlsx`,
    contentBase64: content.toString('base64'),
    rows,
  };
}
