// Driving an import as the UI does - start a job, wait until it is checked, commit - and GBK bytes for CSV tests.
import { expect } from 'vitest';
import type { CoreContext } from '@core/context';
import type { ImportStatus } from '@core/people/contract';
import type { ColumnChoice } from '@core/people/import/headers';
import { importJobStatus, startImportJob } from '@core/people/import/jobs';
import type { UpdateOptions } from '@core/people/import/match';
import { FIVE_BAD_TITLE, fiveBadRows } from '../../fixtures/fiveBadRows';
import { workbookBuffer } from '../../fixtures/xlsx';

export { FIVE_BAD_TITLE, fiveBadRows };

export async function waitForJob(ctx: CoreContext, jobId: string): Promise<ImportStatus> {
  for (let i = 0; i < 2000; i++) {
    const status = importJobStatus(ctx, jobId);
    if (!['reading', 'validating'].includes(status.phase)) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`import job ${jobId} did not finish`);
}

/** Starts an import of `content` and returns its status once checked (phase 'ready', or 'failed'). */
export async function previewImport(
  ctx: CoreContext,
  fileName: string,
  content: Buffer,
  mapping?: ColumnChoice[],
  update?: UpdateOptions,
) {
  const { jobId } = startImportJob(ctx, { fileName, contentBase64: content.toString('base64'), mapping, update });
  const status = await waitForJob(ctx, jobId);
  return { jobId, status };
}

export async function readyImport(
  ctx: CoreContext,
  fileName: string,
  content: Buffer,
  mapping?: ColumnChoice[],
  update?: UpdateOptions,
) {
  const { jobId, status } = await previewImport(ctx, fileName, content, mapping, update);
  expect(status.error).toBeNull();
  expect(status.phase).toBe('ready');
  return { jobId, preview: status.preview! };
}

/** Issues as [row, field, code], the shape a reader can check at a glance. */
export function issueTriples(status: ImportStatus | { issues: { row: number; field: string; code: string }[] }) {
  const issues = 'issues' in status ? status.issues : status.preview!.issues;
  return issues.map((i) => [i.row, i.field, i.code]);
}

/** fiveBadRows() as an .xlsx, the title merged across the header's width. */
export async function rosterWithFiveBadRows() {
  const { people, rows } = fiveBadRows();
  const content = await workbookBuffer(rows, { title: FIVE_BAD_TITLE });
  return { people, content };
}

export const FIVE_BAD = [
  [5, 'idNumber', 'ID_CHECKSUM'],
  [8, 'idNumber', 'ID_BIRTHDATE'],
  [12, 'idNumber', 'ID_SPREADSHEET_NUMBER'],
  [15, 'mobile', 'MOBILE_FORMAT'],
  [20, 'name', 'NAME_REQUIRED'],
];

export { encodeGbk } from '../../fixtures/gbk';
