// 导出 Excel for the pairing grids: the view's rows (its search, filters and sort, through the grid's own query) on
// one .xlsx sheet, ID numbers masked as the grid masks them; every export is audited with its query and row count.
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { listWorkbook, type ListColumn } from '../files/listWorkbook';
import type { ExportedFile } from '../people/contract';
import { exportFileName } from '../people/export';

export async function exportList<R>(
  ctx: CoreContext,
  what: { sheet: string; tableName: string; query: unknown },
  columns: readonly ListColumn<R>[],
  rows: Iterable<R>,
): Promise<ExportedFile> {
  const file = await listWorkbook(what.sheet, columns, rows);
  // A 'job' method (api/method.ts): the audit entry commits in a transaction of its own once the file is built.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, {
      method: ctx.method,
      tableName: what.tableName,
      after: { export: true, rows: file.rows, query: what.query },
    }),
  )();
  return {
    fileName: exportFileName(ctx.now(), what.sheet),
    contentBase64: file.content.toString('base64'),
    rows: file.rows,
  };
}
