// The annual report -> core.
import type { HandlersFor } from '../handler';
import { annualReport, countyReports } from './annual';
import type { ReportMethodName } from './methods';

export const reportHandlers: HandlersFor<ReportMethodName> = {
  'report.annual': (ctx, input) => annualReport(ctx, input),
  'report.counties': (ctx, input) => countyReports(ctx, input),
};
