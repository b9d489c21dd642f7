// Paired assistance (结对帮扶): when a pairing is overdue for a visit, the words of the cadre's unit level as the
// 扶贫手册 writes them, and the bounds of the office's alert settings. Shared by the core, the import and the screens.
import { addDays, addMonths } from './dates';
import type { CadreLevel } from './households';

/** 省直, 市直, 县直, 乡镇, 村级 (the first is printed; all are read by the import). */
export const CADRE_LEVEL_WORDS: Record<CadreLevel, readonly string[]> = {
  province: ['省直', '省级', '省直单位'],
  city: ['市直', '市级', '市直单位'],
  county: ['县直', '县级', '区直', '县(区)直', '县直单位'],
  township: ['乡镇', '乡镇级', '乡(镇)', '街道'],
  village: ['村级', '村', '村(社区)', '社区'],
};

/** The alert settings an office may choose: months without a visit, households per cadre. */
export const OVERDUE_MONTHS_RANGE = { min: 1, max: 36 } as const;
export const CADRE_MAX_HOUSEHOLDS_RANGE = { min: 1, max: 200 } as const;

/**
 * A pairing is overdue from the day `months` calendar months after its last visit (or after the pairing began, when
 * its cadre has not visited the household since), counted as EDATE counts: visited 2026-03-15 with 6 months, overdue
 * from 2026-09-15; visited 2026-08-31, overdue from 2027-02-28 (February has no 31st). This is the latest such
 * date that is overdue on `today`: a pairing whose date is on or before it is overdue.
 */
export function overdueCutoff(today: string, months: number): string {
  let cutoff = addMonths(today, -months);
  while (addMonths(addDays(cutoff, 1), months) <= today) cutoff = addDays(cutoff, 1);
  return cutoff;
}

/** The day a pairing falls overdue: `months` after the later of its start and its last visit. */
export function overdueFrom(fromDate: string, lastVisit: string | null, months: number): string {
  return addMonths(lastVisit !== null && lastVisit > fromDate ? lastVisit : fromDate, months);
}
