// Warehouse reports and the opening-balance import: the public disclosure (捐赠款物公示表), donations traced
// to where they went, the dashboard, xlsx files of each report; importing an office's stock from a sheet.
import { z } from 'zod';
import { isoDate, READERS, method, text } from '@api/method';
import { officeCode } from '@api/method';
import type { Role } from '@api/roles';
import type { Disclosure, DonationsReport, ExportedFile, OpeningImportResult, StockDashboard } from './contract';
import { STOCK_REPORTS } from './contract';

/** Keepers check a sheet; posting it (it is approved as it is imported) needs the approver role too. */
const OPENING: readonly Role[] = ['warehouse', 'approver'];

const id = z.uuid();
/** Reports read one office: this one, or (the city) the county named. */
const period = z.object({ from: isoDate, to: isoDate, officeCode: officeCode.optional() });

export const stockReportMethods = {
  'stock.opening.import': method<OpeningImportResult>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(40 * 1024 * 1024),
      dryRun: z.boolean().optional(),
      createMissing: z.boolean().optional(),
      documentDate: isoDate.optional(),
      /** Post a file that was imported before (same content): an approver's explicit confirmation. */
      again: z.boolean().optional(),
    }),
    access: OPENING,
  }),
  'stock.reports.disclosure': method<Disclosure>()({ effect: 'read', input: period, access: READERS }),
  'stock.reports.donations': method<DonationsReport>()({
    effect: 'read',
    input: period.extend({ donorId: id.nullish() }),
    access: READERS,
  }),
  'stock.reports.dashboard': method<StockDashboard>()({
    effect: 'read',
    input: z.object({
      days: z.number().int().min(1).max(3650).optional(),
      asOf: isoDate.optional(),
      warehouseId: id.nullish(),
      officeCode: officeCode.optional(),
    }),
    access: READERS,
  }),
  'stock.reports.export': method<ExportedFile>()({
    effect: 'job',
    input: z.object({
      report: z.enum(STOCK_REPORTS),
      from: isoDate.optional(),
      to: isoDate.optional(),
      donorId: id.nullish(),
      warehouseId: id.nullish(),
      days: z.number().int().min(1).max(3650).optional(),
      officeCode: officeCode.optional(),
    }),
    access: READERS,
  }),
} as const;

export type StockReportMethodName = keyof typeof stockReportMethods;
