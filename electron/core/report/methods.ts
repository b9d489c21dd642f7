// The annual report: one office's indicators for a year or a date range (a county's own; at the city a county it
// holds, or the city's total), and at the city its counties side by side. Every role that reads a roster reads it.
import { z } from 'zod';
import { isoDate, method, officeCode } from '@api/method';
import { REPORT_READERS, type AnnualReport, type CountyReports } from './contract';

const period = z
  .object({
    year: z.number().int().min(1950).max(2199).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((p) => p.year !== undefined || (p.from !== undefined && p.to !== undefined), { path: ['year'] });

export const reportMethods = {
  'report.annual': method<AnnualReport>()({
    effect: 'read',
    input: period.and(z.object({ officeCode: officeCode.optional() })),
    access: REPORT_READERS,
  }),
  'report.counties': method<CountyReports>()({ effect: 'read', input: period, access: REPORT_READERS }),
} as const;

export type ReportMethodName = keyof typeof reportMethods;
