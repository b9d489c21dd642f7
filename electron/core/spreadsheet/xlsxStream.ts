// The main thread's side of the .xlsx reading worker: its events as an async stream, the worker ended
// when the reader stops early, fails or is cancelled. Finds the worker's entry from sources (tsx, vitest)
// and from the bundled main process (build/bundle-main.mjs writes it beside main.cjs).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkbookJob, XlsxEvent } from './xlsxWorker';

/** Set by build/bundle-main.mjs (esbuild define): the worker's file name beside the bundle. */
declare const BOAI_XLSX_WORKER_BUNDLED: string | undefined;

/**
 * The worker's old-space limit. Left alone, V8 lets the reader's heap grow to several hundred MB before it
 * collects; a limit in proportion to the file keeps a 100,000-row import under 500 MB at the same speed
 * (tests/bench/people-import.bench.ts), while the shared strings of a larger file still fit.
 */
export function readerHeapLimitMb(fileBytes: number): number {
  return Math.min(2048, Math.max(128, Math.ceil((fileBytes / 1024 / 1024) * 32)));
}

function startWorker(job: WorkbookJob): Worker {
  const heapMb = Math.min(
    4096,
    readerHeapLimitMb(job.bytes.byteLength) * (job.format === 'xlsx' ? 1 : WHOLE_WORKBOOK_HEAP_FACTOR),
  );
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } };
  if (typeof BOAI_XLSX_WORKER_BUNDLED === 'string')
    return new Worker(path.join(__dirname, BOAI_XLSX_WORKER_BUNDLED), options);
  // From sources the entry is TypeScript: the worker loads it through tsx, as the process did.
  return new Worker(new URL('./xlsxWorker.ts', import.meta.url), { ...options, execArgv: ['--import', tsxLoader()] });
}

/** SheetJS holds the whole workbook at once (see workbook.ts), so it needs more room than the streaming reader. */
const WHOLE_WORKBOOK_HEAP_FACTOR = 3;

function tsxLoader(): string {
  return import.meta.resolve('tsx');
}

/** The worker's events in order; leaving the loop (break, throw, abort) ends the worker. */
export async function* xlsxEvents(job: WorkbookJob, signal?: AbortSignal): AsyncGenerator<XlsxEvent> {
  const worker = startWorker(job);
  const queue: XlsxEvent[] = [];
  let wake: (() => void) | null = null;
  const push = (event: XlsxEvent) => {
    queue.push(event);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ kind: 'error', message: error.message }));
  worker.on('exit', (code) => push({ kind: 'error', message: `xlsx reader stopped (${code})` }));
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      while (queue.length === 0) {
        signal?.throwIfAborted();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      signal?.throwIfAborted();
      const event = queue.shift()!;
      if (event.kind === 'rows') worker.postMessage('taken');
      yield event;
      if (event.kind === 'end' || event.kind === 'error') return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    worker.removeAllListeners();
    void worker.terminate();
  }
}
