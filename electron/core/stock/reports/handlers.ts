// Warehouse reports and the opening-balance import -> core.
import type { HandlersFor } from '../../handler';
import { importOpening } from '../opening/import';
import { stockDashboard } from './dashboard';
import { buildDisclosure } from './disclosure';
import { traceDonations } from './donations';
import { exportStockReport } from './export';
import type { StockReportMethodName } from './methods';

export const stockReportHandlers: HandlersFor<StockReportMethodName> = {
  'stock.opening.import': (ctx, input) =>
    importOpening(ctx, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
      createMissing: input.createMissing,
      documentDate: input.documentDate,
      again: input.again,
    }),
  'stock.reports.disclosure': (ctx, input) => buildDisclosure(ctx, input),
  'stock.reports.donations': (ctx, input) => traceDonations(ctx, input),
  'stock.reports.dashboard': (ctx, input) => stockDashboard(ctx, input),
  'stock.reports.export': (ctx, input) => exportStockReport(ctx, input),
};
