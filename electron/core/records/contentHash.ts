// The content hash of a business record: SHA-256 over its stored columns in one canonical form, which a
// writer computes from the values it writes and `db check` recomputes from `SELECT *`. Columns are taken
// in name order; a null column is left out (a column added later stays out of older hashes); every value
// is hashed as text, because SQLite's column affinity may store the number 5 a writer bound as the text '5'.
import { hash } from 'node:crypto';

function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  return String(value);
}

/** A hasher for rows with these columns (values in the same order): the sort is done once. */
export function rowHasher(columns: readonly string[]): (values: readonly unknown[]) => string {
  const order = columns.map((name, at) => ({ name, at })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return (values) => {
    let text = '';
    for (const { name, at } of order) {
      const value = valueText(values[at]);
      if (value !== null) text += `${name}\u0001${value}\u0002`;
    }
    return hash('sha256', text); // one-shot: a third faster than createHash for a row's few hundred bytes
  };
}

/** Hashers by column list: bulk writers hash thousands of rows of one shape, the sort is done once per shape. */
const hashers = new Map<string, (values: readonly unknown[]) => string>();

/** The content hash of one row given by SQL column name. */
export function contentHashOf(row: Readonly<Record<string, unknown>>): string {
  const columns = Object.keys(row);
  const key = columns.join('\u0000');
  let hasher = hashers.get(key);
  if (!hasher) hashers.set(key, (hasher = rowHasher(columns)));
  return hasher(Object.values(row));
}
