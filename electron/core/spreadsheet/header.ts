// What every import does with a header row before its own column words: where to look for it and how to
// compare header text (people, opening stock and the coming training import each map their own words).

/** Rows searched for the header: titles, dates and notes above it rarely take more. */
export const HEADER_SCAN_ROWS = 20;

/** Lower case, no spaces, underscores, asterisks (required marks) or colons; full-width brackets as ASCII. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*:.\-#№]+/g, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')');
}
