// What a trainer types into the attendance and results grids, read as the value to save: P/A or 1/0 for a
// session, a whole score 0-100, 通过/不通过 (1/0, y/n) for a skill. Empty clears; anything else is refused.
import { ATTENDANCE_MARKS, isTheoryScore } from '@rules/training/results';

export type Typed<T> = { ok: true; value: T } | { ok: false };

const compact = (text: unknown) =>
  String(text ?? '')
    .normalize('NFKC')
    .trim()
    .toLowerCase();

const PRESENT = new Set(['p', '1', '√', '✓', '到', '出勤']);
const ABSENT = new Set(['a', '0', '缺', '缺勤', '×', 'x']);
const PASS = new Set(['1', 'y', 'yes', 'p', 'pass', '通过', '是', '合格', '√', '✓']);
const FAIL = new Set(['0', 'n', 'no', 'f', 'fail', '不通过', '否', '不合格', '×', 'x']);

export function typedMark(text: unknown): Typed<string> {
  const value = compact(text);
  if (value === '') return { ok: true, value: ATTENDANCE_MARKS.unmarked };
  if (PRESENT.has(value)) return { ok: true, value: ATTENDANCE_MARKS.present };
  if (ABSENT.has(value)) return { ok: true, value: ATTENDANCE_MARKS.absent };
  return { ok: false };
}

export function typedScore(text: unknown): Typed<number | null> {
  const value = compact(text);
  if (value === '') return { ok: true, value: null };
  if (!/^\d{1,3}$/.test(value) || !isTheoryScore(Number(value))) return { ok: false };
  return { ok: true, value: Number(value) };
}

export function typedSkill(text: unknown): Typed<boolean | null> {
  const value = compact(text);
  if (value === '') return { ok: true, value: null };
  if (PASS.has(value)) return { ok: true, value: true };
  if (FAIL.has(value)) return { ok: true, value: false };
  return { ok: false };
}

/** The attendance string with session `index` set to `mark`. */
export function withMark(attendance: string, index: number, mark: string): string {
  return attendance.slice(0, index) + mark + attendance.slice(index + 1);
}
