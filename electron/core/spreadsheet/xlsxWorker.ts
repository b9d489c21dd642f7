// The worker thread that reads a workbook (.xlsx with exceljs's streaming reader, the other formats with
// SheetJS), so unzipping and parsing run on one core while the main thread checks the rows already read on
// the other. Posts XlsxEvent messages in order.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AppError } from '../errors';
import type { SheetRow } from './sheet';
import { sheetsOf, type WorkbookJob } from './sheets';

export type { WorkbookJob };

export type XlsxEvent =
  | { kind: 'sheet'; name: string; hidden: boolean }
  | { kind: 'rows'; rows: SheetRow[]; bytesRead: number }
  | { kind: 'sheetEnd' }
  | { kind: 'end' }
  | { kind: 'error'; message: string; code?: string };

/** Rows per message: small enough to start checking early, large enough that messages cost little. */
const BATCH_ROWS = 500;
/** Batches posted but not yet taken by the main thread before reading pauses: keeps memory flat when checking lags. */
export const BATCHES_AHEAD = 4;

/** Posts events, waiting before a batch of rows while BATCHES_AHEAD are still untaken (the main thread posts 'taken'). */
function poster(port: MessagePort): (event: XlsxEvent) => Promise<void> {
  let untaken = 0;
  let resume: (() => void) | null = null;
  port.on('message', () => {
    untaken--;
    resume?.();
  });
  return async (event) => {
    if (event.kind === 'rows') {
      while (untaken >= BATCHES_AHEAD)
        await new Promise<void>((resolve) => {
          resume = resolve;
        });
      resume = null;
      untaken++;
    }
    port.postMessage(event);
  };
}

async function readAll(job: WorkbookJob, post: (event: XlsxEvent) => Promise<void>): Promise<void> {
  let bytesRead = job.format === 'xlsx' ? 0 : job.bytes.length;
  for await (const sheet of sheetsOf(job, (done) => {
    bytesRead = done;
  })) {
    await post({ kind: 'sheet', name: sheet.name, hidden: sheet.hidden });
    let rows: SheetRow[] = [];
    for await (const row of sheet.rows) {
      if (sheet.hidden) continue; // still read to its end: the zip stream moves on only then
      rows.push(row);
      if (rows.length === BATCH_ROWS) {
        await post({ kind: 'rows', rows, bytesRead });
        rows = [];
      }
    }
    if (rows.length > 0) await post({ kind: 'rows', rows, bytesRead });
    await post({ kind: 'sheetEnd' });
  }
  await post({ kind: 'end' });
}

if (parentPort) {
  const port = parentPort;
  readAll(workerData as WorkbookJob, poster(port)).catch((error: unknown) =>
    port.postMessage({
      kind: 'error',
      message: String((error as Error)?.message ?? error),
      code: error instanceof AppError ? error.code : undefined,
    } satisfies XlsxEvent),
  );
}
