// Ctrl+Z for a grid: the cell edits that were saved, newest last. Undoing one saves the old value again through the
// grid's normal update (a new, audited change; nothing is rewritten behind the clerk's back).
import { useCallback, useRef } from 'react';

export interface SavedEdit {
  rowId: string;
  colId: string;
  before: unknown;
  after: unknown;
}

const MAX_UNDO = 100;

export function useUndoStack() {
  const edits = useRef<SavedEdit[]>([]);
  const push = useCallback((edit: SavedEdit) => {
    if (edit.before === edit.after) return;
    edits.current = [...edits.current.slice(1 - MAX_UNDO), edit];
  }, []);
  const pop = useCallback((): SavedEdit | undefined => edits.current.pop(), []);
  return { push, pop };
}
