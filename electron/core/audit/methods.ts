// The audit viewer for administrators: a page of the audit log under filters, and the same view as .xlsx.
import { z } from 'zod';
import { ADMINS, isoDate, method, text } from '../../api/method';
import type { ExportedFile } from '../people/contract';

export const auditQuery = z.object({
  username: text(50).optional(),
  method: text(100).optional(),
  recordId: text(100).optional(),
  /** Local calendar days, inclusive; the renderer sends its time-zone offset so a day means the clerk's day. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  utcOffsetMinutes: z.number().int().min(-900).max(900).default(0),
});
export type AuditQuery = z.input<typeof auditQuery>;

/** One entry as the viewer shows it: who, when, what (method and table labelled), on which record, and a short summary. */
export interface AuditRow {
  seq: number;
  at: string;
  username: string | null;
  method: string;
  methodLabel: string;
  tableName: string | null;
  tableLabel: string;
  recordId: string | null;
  before: string;
  after: string;
}
export interface AuditPage {
  rows: AuditRow[];
  total: number;
}

export const auditMethods = {
  'audit.list': method<AuditPage>()({
    effect: 'read',
    input: auditQuery.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    access: ADMINS,
  }),
  'audit.export': method<ExportedFile>()({ effect: 'job', input: auditQuery, access: ADMINS }),
} as const;
