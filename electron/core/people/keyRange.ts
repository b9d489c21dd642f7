// Index-range pieces shared by the people queries (query.ts, columnFilters.ts, pageNarrowing.ts): a prefix as a
// key range, and whether an ID text is a whole number (looked up exactly) or a fragment.
import { idCheckChar } from '@rules/idNumber';

/** The smallest string above every string that starts with `prefix`: prefix search as an index range. */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

/** A whole, checksum-valid 18-character ID number (upper-case X). */
export function isFullIdNumber(text: string): boolean {
  return /^\d{17}[\dX]$/.test(text) && idCheckChar(text) === text[17];
}
