// The worker thread that reads an .xlsx (exceljs's streaming reader), so unzipping and parsing run on one
// core while the main thread checks the rows already read on the other. Posts XlsxEvent messages in order.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SheetRow } from './sheet';
import { xlsxSheets } from './xlsx';

export type XlsxEvent =
  | { kind: 'sheet'; name: string; hidden: boolean }
  | { kind: 'rows'; rows: SheetRow[]; bytesRead: number }
  | { kind: 'sheetEnd' }
  | { kind: 'end' }
  | { kind: 'error'; message: string };

/** Rows per message: small enough to start checking early, large enough that messages cost little. */
const BATCH_ROWS = 500;
/** Batches posted but not yet taken by the main thread before reading pauses: keeps memory flat when checking lags. */
export const BATCHES_AHEAD = 4;

/** Posts events, waiting before a batch of rows while BATCHES_AHEAD are still untaken (the main thread posts 'taken'). */
function poster(port: MessagePort): (event: XlsxEvent) => Promise<void> {
  let untaken = 0;
  let resume: (() => void) | null = null;
  port.on('message', () => { untaken--; resume?.(); });
  return async (event) => {
    if (event.kind === 'rows') {
      while (untaken >= BATCHES_AHEAD) await new Promise<void>((resolve) => { resume = resolve; });
      resume = null;
      untaken++;
    }
    port.postMessage(event);
  };
}

async function readAll(bytes: Uint8Array, post: (event: XlsxEvent) => Promise<void>): Promise<void> {
  let bytesRead = 0;
  for await (const sheet of xlsxSheets(bytes, (done) => { bytesRead = done; })) {
    await post({ kind: 'sheet', name: sheet.name, hidden: sheet.hidden });
    let rows: SheetRow[] = [];
    for await (const row of sheet.rows) {
      if (sheet.hidden) continue; // still read to its end: the zip stream moves on only then
      rows.push(row);
      if (rows.length === BATCH_ROWS) { await post({ kind: 'rows', rows, bytesRead }); rows = []; }
    }
    if (rows.length > 0) await post({ kind: 'rows', rows, bytesRead });
    await post({ kind: 'sheetEnd' });
  }
  await post({ kind: 'end' });
}

if (parentPort) {
  const port = parentPort;
  readAll(workerData as Uint8Array, poster(port))
    .catch((error: unknown) => port.postMessage({ kind: 'error', message: String((error as Error)?.message ?? error) } satisfies XlsxEvent));
}
