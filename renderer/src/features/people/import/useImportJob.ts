// One import job on the backend, followed from the renderer: start (or re-check with a corrected
// column mapping), poll people.importStatus for progress, cancel, and commit in the chosen mode.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportCommitResult, ImportMode, ImportStatus, PersonField } from '@core/people/contract';
import { call } from '@renderer/api/client';

export const POLL_MS = 150;

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}
export type Mapping = { index: number; field: PersonField | null }[];
/** 更新已登记人员 and the fields whose blank cells empty the stored value; null for the plain import. */
export type UpdateChoice = { clearBlanks: PersonField[] } | null;

export interface ImportJob {
  status: ImportStatus | null;
  /** An error from a call (not from the job itself, which reports in status.error). */
  error: unknown;
  result: ImportCommitResult | null;
  busy: boolean;
  start(file: PickedFile, mapping?: Mapping, update?: UpdateChoice): Promise<void>;
  cancel(): Promise<void>;
  /** skipRows: spreadsheet rows the clerk unticked. */
  commit(mode: ImportMode, skipRows?: number[]): Promise<void>;
  reset(): void;
}

const SETTLED = new Set(['ready', 'done', 'cancelled', 'failed']);

export function useImportJob(): ImportJob {
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [busy, setBusy] = useState(false);
  const jobId = useRef<string | null>(null);
  const generation = useRef(0);

  /** Polls until the job settles (or a newer job replaces it). */
  const follow = useCallback(async (id: string, mine: number, untilPhase?: (status: ImportStatus) => boolean) => {
    for (;;) {
      if (generation.current !== mine) return;
      const current = await call('people.importStatus', { jobId: id });
      if (generation.current !== mine) return;
      setStatus(current);
      if (untilPhase ? untilPhase(current) : SETTLED.has(current.phase)) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const start = useCallback(
    async (file: PickedFile, mapping?: Mapping, update?: UpdateChoice) => {
      const mine = ++generation.current;
      setError(null);
      setResult(null);
      setStatus(null);
      setBusy(true);
      try {
        if (jobId.current) void call('people.importCancel', { jobId: jobId.current }).catch(() => undefined);
        const { jobId: id } = await call('people.importStart', {
          ...file,
          ...(mapping ? { mapping } : {}),
          ...(update ? { update } : {}),
        });
        jobId.current = id;
        await follow(id, mine);
      } catch (caught) {
        if (generation.current === mine) setError(caught);
      } finally {
        if (generation.current === mine) setBusy(false);
      }
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    try {
      setStatus(await call('people.importCancel', { jobId: id }));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  const commit = useCallback(async (mode: ImportMode, skipRows?: number[]) => {
    const id = jobId.current;
    if (!id) return;
    const mine = generation.current;
    setBusy(true);
    setError(null);
    let committing = true;
    // Progress while the commit runs; the commit's own answer is the result.
    const poll = (async () => {
      while (committing) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!committing) return;
        const current = await call('people.importStatus', { jobId: id }).catch(() => null);
        if (current && committing && generation.current === mine) setStatus(current);
      }
    })();
    try {
      const committed = await call('people.importCommit', {
        jobId: id,
        mode,
        ...(skipRows?.length ? { skipRows } : {}),
      });
      committing = false;
      setResult(committed);
      setStatus(await call('people.importStatus', { jobId: id }).catch(() => null));
    } catch (caught) {
      setError(caught);
    } finally {
      committing = false;
      await poll;
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    generation.current++;
    if (jobId.current && status && !['done', 'cancelled', 'failed'].includes(status.phase)) {
      void call('people.importCancel', { jobId: jobId.current }).catch(() => undefined);
    }
    jobId.current = null;
    setStatus(null);
    setError(null);
    setResult(null);
    setBusy(false);
  }, [status]);

  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );

  return { status, error, result, busy, start, cancel, commit, reset };
}
