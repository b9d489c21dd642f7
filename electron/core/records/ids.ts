// Ids for the records the stock writes many at a time (ledger rows, document lines, lots): UUIDs of version 7
// (RFC 9562), which begin with the time in milliseconds. A posting's 500 movements then go to the last pages of
// the id index instead of to 500 random ones, and the commit writes that many pages fewer (random ids were a
// quarter of a 500-line posting's pages). 74 random bits remain: ids stay unique across offices and the city.
import { randomBytes } from 'node:crypto';

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
