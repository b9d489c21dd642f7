// Figures the household screens show and take: money in 元 (kept in fen), areas in 亩 and m² (kept in hundredths),
// both typed with at most two decimals.
import { fenToYuan, yuanToFen } from '../stock/money';

/** 1250 -> '12.5'; null -> ''. */
export function hundredthsText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value / 100);
}

/** '12.5' -> 1250; '' -> null; unreadable or more than two decimals -> undefined (the same reading as 元 to fen). */
export const parseHundredths = yuanToFen;

export { fenToYuan, yuanToFen };
