// Opening balances (期初库存) from a spreadsheet: read and check every row, match warehouses, items and
// donors, and - only when every row is right and every name is known (or createMissing creates it) - post
// the whole sheet as the opening-balance receipt (source 'opening') in ONE transaction. The same file
// (same bytes) is posted once; again only when an approver says so (earlier.ts).
import type { DocumentLineInput } from '@core/stock/contract';
import type { OpeningImportResult } from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { createDraft } from '../documents/drafts';
import { approveDraft } from '../documents/workflow';
import { localToday } from '../office';
import { postApproved } from '../posting/post';
import { immediately } from '../transaction';
import { createMissing } from './create';
import { findEarlierOpening, openingContentHash, recordOpening, refuseRepeatedOpening } from './earlier';
import { openingNotes } from './notes';
import { resolveOpening, type OpeningLine, type Resolution } from './resolve';
import { readOpeningRows } from './rows';
import { readOpeningTable } from './table';

export interface OpeningImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** Check only: report what is wrong or missing, change nothing. */
  dryRun?: boolean;
  /** Create the warehouses, items and donors the office lacks. */
  createMissing?: boolean;
  /** The opening balance's 业务日期; today by default. */
  documentDate?: string;
  /** Post a file that was imported before: an approver's explicit confirmation. */
  again?: boolean;
}

const hasMissing = (r: Resolution) =>
  r.missing.warehouses.length + r.missing.items.length + r.missing.donors.length > 0;

export async function importOpening(ctx: CoreContext, input: OpeningImportInput): Promise<OpeningImportResult> {
  const table = await readOpeningTable(input.fileName, input.bytes);
  const read = readOpeningRows(table.rows, table.columns);
  const resolution = resolveOpening(ctx, read.lines);
  const errors = [...read.errors, ...resolution.errors].sort((a, b) => a.row - b.row);
  const invalid = new Set(errors.map((e) => e.row)).size;
  const contentHash = openingContentHash(input.bytes);
  const documentDate = input.documentDate ?? localToday(ctx);
  const report: OpeningImportResult = {
    headerRow: table.headerRow,
    rows: table.rows.length,
    valid: table.rows.length - invalid,
    invalid,
    errors,
    missing: resolution.missing,
    created: { warehouses: 0, items: 0, donors: 0 },
    imported: 0,
    documents: [],
    earlierImport: findEarlierOpening(ctx, contentHash),
    ...openingNotes(ctx, read.lines, resolution.missing.items, documentDate),
  };
  if (errors.length > 0 || input.dryRun || (hasMissing(resolution) && !input.createMissing)) return report;

  return immediately(ctx.store.sqlite, () => {
    refuseRepeatedOpening(ctx, contentHash, input.again === true);
    let lines = resolution.lines;
    if (hasMissing(resolution)) {
      report.created = createMissing(ctx, read.lines, resolution.missing);
      const again = resolveOpening(ctx, read.lines);
      // Names created just now still match nothing (or twice): a fault of ours, never half-imported.
      if (again.errors.length > 0 || hasMissing(again))
        fail('OPENING_UNRESOLVED', { errors: again.errors, missing: again.missing });
      lines = again.lines;
    }
    report.documents = postOpening(ctx, lines, documentDate);
    report.imported = lines.length;
    recordOpening(ctx, contentHash, input.fileName, report.documents, input.again === true);
    return report;
  });
}

/** One opening receipt per warehouse the sheet names (a document has one warehouse), created, approved and posted. */
function postOpening(
  ctx: CoreContext,
  lines: readonly OpeningLine[],
  documentDate: string,
): OpeningImportResult['documents'] {
  const byWarehouse = new Map<string, OpeningLine[]>();
  for (const line of lines) {
    const group = byWarehouse.get(line.warehouseId);
    if (group) group.push(line);
    else byWarehouse.set(line.warehouseId, [line]);
  }
  return [...byWarehouse].map(([warehouseId, group]) => {
    const document = createDraft(
      ctx,
      { type: 'receipt', sourceKind: 'opening', documentDate, warehouseId, notes: '期初库存导入' },
      group.map(lineInput),
    );
    approveDraft(ctx, document.id);
    postApproved(ctx, document.id);
    return { id: document.id, number: document.number, warehouseId };
  });
}

function lineInput(line: OpeningLine): DocumentLineInput {
  return {
    itemId: line.itemId,
    lotNumber: line.lot,
    expiryDate: line.expiry,
    unitValue: line.unitValueFen,
    donorId: line.donorId,
    quantity: line.quantity,
    notes: `第${line.row}行`,
  };
}
