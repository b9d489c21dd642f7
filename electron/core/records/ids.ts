// Ids for records written many at a time (ledger rows, document lines, lots, an import's people): UUIDs of version 7
// (RFC 9562), which begin with the time in milliseconds. A posting's 500 movements then go to the last pages of
// the id index instead of to 500 random ones, and the commit writes that many pages fewer (random ids were a
// quarter of a 500-line posting's pages). 74 random bits remain: ids stay unique across offices and the city.
import { randomBytes, randomUUID } from 'node:crypto';

/** `count` new ids, all of the moment `at`. */
export function timeOrderedIds(count: number, at: Date): string[] {
  const random = randomBytes(16 * count);
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const bytes = random.subarray(n * 16, n * 16 + 16);
    bytes.writeUIntBE(at.getTime(), 0, 6);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC's variant
    const hex = bytes.toString('hex');
    ids.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
  }
  return ids;
}

// For a bulk import: made one at a time as the rows are written (100,000 at once would sit in memory), with a
// counter after the time so 100,000 new primary keys append to the end of the key index instead of landing at
// random places in it (a v4 UUID each costs a random B-tree insert; measured ~40% of the raw write at 100,000 rows).
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
