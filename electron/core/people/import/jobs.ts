// Import jobs behind the UI's progress bar: start returns at once, the file is read and checked in the
// background, the clerk polls, cancels or commits. Jobs live per database (several backends may share a
// process), belong to the user who started them, and expire; their rows are dropped as soon as they end.
import { randomUUID } from 'node:crypto';
import type { ImportCommitResult, ImportMode, ImportPhase, ImportPreview, ImportStatus } from '@core/people/contract';
import type { Store } from '@db/open';
import type { CoreContext } from '../../context';
import { AppError, fail } from '../../errors';
import { fileFormat } from '../../spreadsheet/read';
import type { ColumnChoice } from './headers';
import type { UpdateOptions } from './match';
import { commitImport, prepareImport, yieldToEventLoop, type ImportTimings, type PreparedImport } from './pipeline';

/** A job nobody has asked about for this long is cancelled and forgotten. */
export const IMPORT_JOB_TTL_MS = 30 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;

interface ImportJob {
  id: string;
  ownerId: string;
  phase: ImportPhase;
  done: number;
  total: number;
  preview: ImportPreview | null;
  result: ImportCommitResult | null;
  error: ImportStatus['error'];
  prepared: PreparedImport | null;
  timings: ImportTimings | null;
  abort: AbortController;
  touchedAt: number;
}

interface JobRegistry {
  jobs: Map<string, ImportJob>;
  sweeper: NodeJS.Timeout | null;
}

const registries = new WeakMap<Store, JobRegistry>();

function registryOf(store: Store): JobRegistry {
  let registry = registries.get(store);
  if (!registry) registries.set(store, (registry = { jobs: new Map(), sweeper: null }));
  return registry;
}

const RUNNING: readonly ImportPhase[] = ['reading', 'validating', 'ready'];

function ownerOf(ctx: CoreContext): string {
  return ctx.actor?.userId ?? fail('NOT_SIGNED_IN');
}

/** Ends a job that has not been committed: the background work stops at its next chunk, its rows are dropped. */
function cancel(job: ImportJob): void {
  if (!RUNNING.includes(job.phase)) return;
  job.abort.abort();
  job.phase = 'cancelled';
  job.prepared = null;
}

function sweep(registry: JobRegistry, now: number): void {
  for (const job of registry.jobs.values()) {
    if (now - job.touchedAt > IMPORT_JOB_TTL_MS) {
      cancel(job);
      registry.jobs.delete(job.id);
    }
  }
  if (registry.jobs.size === 0 && registry.sweeper) {
    clearInterval(registry.sweeper);
    registry.sweeper = null;
  }
}

function findJob(ctx: CoreContext, jobId: string): ImportJob {
  const registry = registryOf(ctx.store);
  const now = ctx.now().getTime();
  sweep(registry, now);
  const job = registry.jobs.get(jobId);
  // Another user's job is reported as missing, not as forbidden: its existence is nobody else's business.
  if (!job || job.ownerId !== ownerOf(ctx)) fail('IMPORT_JOB_NOT_FOUND', { jobId });
  job.touchedAt = now;
  return job;
}

function statusOf(job: ImportJob): ImportStatus {
  return {
    jobId: job.id,
    phase: job.phase,
    done: job.done,
    total: job.total,
    preview: job.preview,
    result: job.result,
    error: job.error,
  };
}

export interface ImportStartInput {
  fileName: string;
  contentBase64: string;
  mapping?: ColumnChoice[];
  update?: UpdateOptions;
}

/** Checks the file type, then reads and checks the rows in the background. A user's earlier unfinished job is cancelled. */
export function startImportJob(ctx: CoreContext, input: ImportStartInput): { jobId: string } {
  const ownerId = ownerOf(ctx);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  fileFormat(input.fileName, bytes);
  const registry = registryOf(ctx.store);
  const now = ctx.now().getTime();
  sweep(registry, now);
  for (const job of registry.jobs.values()) if (job.ownerId === ownerId) cancel(job);
  const job: ImportJob = {
    id: randomUUID(),
    ownerId,
    phase: 'reading',
    done: 0,
    total: bytes.length,
    preview: null,
    result: null,
    error: null,
    prepared: null,
    timings: null,
    abort: new AbortController(),
    touchedAt: now,
  };
  registry.jobs.set(job.id, job);
  registry.sweeper ??= setInterval(() => sweep(registry, Date.now()), SWEEP_EVERY_MS).unref();
  const background: CoreContext = { store: ctx.store, actor: ctx.actor, method: ctx.method, now: ctx.now };
  void runJob(background, job, input.fileName, bytes, input.mapping, input.update);
  return { jobId: job.id };
}

async function runJob(
  ctx: CoreContext,
  job: ImportJob,
  fileName: string,
  bytes: Buffer,
  mapping?: ColumnChoice[],
  update?: UpdateOptions,
): Promise<void> {
  try {
    await yieldToEventLoop();
    const prepared = await prepareImport(ctx, fileName, bytes, {
      mapping,
      update,
      signal: job.abort.signal,
      onProgress: (phase, done, total) => {
        if (job.abort.signal.aborted) return;
        job.phase = phase;
        job.done = done;
        job.total = total;
      },
    });
    if (job.abort.signal.aborted) return;
    Object.assign(job, {
      prepared,
      preview: prepared.preview,
      timings: prepared.timings,
      phase: 'ready',
      done: prepared.rows.length,
      total: prepared.rows.length,
    });
  } catch (error) {
    if (job.abort.signal.aborted) return;
    job.phase = 'failed';
    job.error = jobError(error);
  }
}

/** The error as the status shows it; an unexpected one is logged unless the caller rethrows it (the router logs those). */
function jobError(error: unknown, log = true): ImportStatus['error'] {
  if (error instanceof AppError) return { code: error.code, messageKey: error.messageKey, details: error.details };
  if (log) console.error('Import failed unexpectedly', error);
  return { code: 'INTERNAL', messageKey: 'errors.INTERNAL' };
}

export function importJobStatus(ctx: CoreContext, jobId: string): ImportStatus {
  return statusOf(findJob(ctx, jobId));
}

/** Before the commit, leaves the database as it was; once the rows are written it is too late and says so by the phase. */
export function cancelImportJob(ctx: CoreContext, jobId: string): ImportStatus {
  const job = findJob(ctx, jobId);
  cancel(job);
  return statusOf(job);
}

const REFUSALS: Partial<Record<ImportPhase, string>> = {
  reading: 'IMPORT_NOT_READY',
  validating: 'IMPORT_NOT_READY',
  importing: 'IMPORT_BUSY',
  done: 'IMPORT_ALREADY_COMMITTED',
  cancelled: 'IMPORT_CANCELLED',
};

export async function commitImportJob(
  ctx: CoreContext,
  jobId: string,
  mode: ImportMode,
  skipRows?: readonly number[],
): Promise<ImportCommitResult> {
  const job = findJob(ctx, jobId);
  if (job.phase === 'failed') fail(job.error?.code ?? 'INTERNAL', job.error?.details);
  const refusal = REFUSALS[job.phase];
  if (refusal || !job.prepared) fail(refusal ?? 'IMPORT_JOB_NOT_FOUND', { jobId });
  const prepared = job.prepared;
  Object.assign(job, { phase: 'importing', done: 0, total: prepared.preview.valid });
  try {
    const result = await commitImport(ctx, prepared, mode, skipRows);
    Object.assign(job, { phase: 'done', done: result.imported, result, prepared: null });
    return result;
  } catch (error) {
    const refused =
      error instanceof AppError && (error.code === 'IMPORT_HAS_ERRORS' || error.code === 'IMPORT_NOTHING_VALID');
    // Refused before writing: the clerk may still choose the other mode. Anything else ends the job.
    if (refused) Object.assign(job, { phase: 'ready', done: prepared.rows.length, total: prepared.rows.length });
    else Object.assign(job, { phase: 'failed', error: jobError(error, false), prepared: null });
    throw error;
  }
}

/** Phase times of a job, for the import benchmark. */
export function importJobTimings(ctx: CoreContext, jobId: string): ImportTimings | null {
  return findJob(ctx, jobId).timings;
}
