// Verify's reading of a payload line: whether it is JSON, and the table it counts under, without building the
// record (JSON.parse's objects are most of what verify spends on a line, and the apply parses every line anyway).
// PLAIN_RECORD matches only text JSON.parse accepts: an object of members whose values are plain strings (no
// escape, no control character), JSON numbers, true, false, null or an object of such members - the shape of a
// record as packages carry it. A line it does not match, malformed or not, is left to JSON.parse, which decides
// as it always did.

/** The quick reader cannot tell: JSON.parse decides. */
export const UNSURE = Symbol('unsure');

const STRING = String.raw`"[^"\\\u0000-\u001f]*"`;
const NUMBER = String.raw`-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const SCALAR = `(?:${STRING}|${NUMBER}|true|false|null)`;
const FLAT_OBJECT = `\\{(?:${STRING}:${SCALAR}(?:,${STRING}:${SCALAR})*)?\\}`;
const VALUE = `(?:${SCALAR}|${FLAT_OBJECT})`;
const PLAIN_RECORD = new RegExp(`^\\{${STRING}:${VALUE}(?:,${STRING}:${VALUE})*\\}$`);

const TABLE_KEY = '"table":';
const TABLE_VALUE_AT = '{"table":"'.length;

/**
 * The table a plain record line counts under; UNSURE for any other line. In a matched line every quote opens
 * or closes a string, so `"table":` is a key wherever it occurs: the line is read only when its one such key
 * is the first member, holding a string.
 */
export function quickTableOf(line: string): string | typeof UNSURE {
  if (line.indexOf(TABLE_KEY) !== 1 || line.charCodeAt(TABLE_VALUE_AT - 1) !== 0x22) return UNSURE;
  if (line.indexOf(TABLE_KEY, 2) !== -1 || !PLAIN_RECORD.test(line)) return UNSURE;
  return line.slice(TABLE_VALUE_AT, line.indexOf('"', TABLE_VALUE_AT));
}
