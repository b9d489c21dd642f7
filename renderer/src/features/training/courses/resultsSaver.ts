// One save queue per open course, shared by the 考勤 and 成绩 grids. A clerk who types fast and switches tab
// while rows are still saving must not race their own saves: each save is sent after the one before has answered,
// with the row version that answer carried, and a grid mounted meanwhile shows the rows as they will be.
import { useRef, useState } from 'react';
import type { ResultsSaved, TraineeResultInput, TraineeRow } from '@core/training/courses/contract';
import { trainingCall } from '../api';

export type ResultsChange = Omit<TraineeResultInput, 'enrolmentId' | 'rowVersion'>;

interface Pending {
  enrolmentId: string;
  shown: Partial<TraineeRow>;
}

export interface ResultsSaver {
  /** Shows `shown` at once and saves `change` after every earlier save has answered. */
  save(row: TraineeRow, change: ResultsChange, shown: Partial<TraineeRow>): void;
  /** The row as stored, with the changes still waiting to be saved laid over it. */
  current(row: TraineeRow): TraineeRow;
  /** Called with each row as it should now be shown (after a save, or after a refused one). */
  listen(listener: (row: TraineeRow) => void): () => void;
}

interface Handlers {
  onSaved(saved: ResultsSaved): void;
  onError(caught: unknown): void;
}

export function useResultsSaver(courseId: string, handlers: Handlers): { saver: ResultsSaver; saving: number } {
  const [saving, setSaving] = useState(0);
  const latest = useRef(handlers);
  latest.current = handlers;
  const saver = useRef<ResultsSaver | null>(null);
  saver.current ??= createSaver(courseId, latest, setSaving);
  return { saver: saver.current, saving };
}

function createSaver(
  courseId: string,
  handlers: { current: Handlers },
  setSaving: (update: (n: number) => number) => void,
): ResultsSaver {
  const stored = new Map<string, TraineeRow>();
  const pending: Pending[] = [];
  const listeners = new Set<(row: TraineeRow) => void>();
  let queue = Promise.resolve();

  const current = (row: TraineeRow): TraineeRow => {
    let shown = stored.get(row.enrolmentId) ?? row;
    for (const item of pending) if (item.enrolmentId === row.enrolmentId) shown = { ...shown, ...item.shown };
    return shown;
  };
  const announce = (row: TraineeRow) => {
    const shown = current(row);
    for (const listener of listeners) listener(shown);
  };

  return {
    current,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save(row, change, shown) {
      if (!stored.has(row.enrolmentId)) stored.set(row.enrolmentId, row);
      const item: Pending = { enrolmentId: row.enrolmentId, shown };
      pending.push(item);
      announce(row);
      setSaving((n) => n + 1);
      queue = queue.then(async () => {
        const before = stored.get(row.enrolmentId)!;
        try {
          const saved = await trainingCall('training.courses.saveResults', {
            courseId,
            rows: [{ enrolmentId: row.enrolmentId, rowVersion: before.rowVersion, ...change }],
          });
          for (const fresh of saved.trainees) stored.set(fresh.enrolmentId, fresh);
          handlers.current.onSaved(saved);
        } catch (caught) {
          handlers.current.onError(caught);
        } finally {
          pending.splice(pending.indexOf(item), 1);
          announce(row);
          setSaving((n) => n - 1);
        }
      });
    },
  };
}
