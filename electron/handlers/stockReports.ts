// Warehouse reports and the opening-balance import -> core.
import type { StockReportMethodName } from '../api/methods/stockReports';
import { importOpening } from '../core/stock/opening/import';
import { stockDashboard } from '../core/stock/reports/dashboard';
import { buildDisclosure } from '../core/stock/reports/disclosure';
import { traceDonations } from '../core/stock/reports/donations';
import { exportStockReport } from '../core/stock/reports/export';
import type { HandlersFor } from './types';

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
