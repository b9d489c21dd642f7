// Ids of the records the stock writes in bulk: version-7 UUIDs that the contract's z.uuid() accepts, unique,
// and ordered by the moment they were made (what keeps a posting's inserts on the last pages of the id index).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedIds } from '@core/records/ids';

describe('time-ordered stock ids', () => {
  it('are version-7 UUIDs the contract accepts, unique, and sort by the moment they were made', () => {
    const earlier = timeOrderedIds(500, new Date('2026-03-01T08:00:00.000Z'));
    const later = timeOrderedIds(500, new Date('2026-03-01T08:00:00.001Z'));
    expect(earlier.every((id) => z.uuid().safeParse(id).success && id[14] === '7')).toBe(true);
    expect(new Set([...earlier, ...later]).size).toBe(1000);
    expect([...earlier].sort().at(-1)! < [...later].sort()[0]!).toBe(true);
    expect(earlier[0]!.slice(0, 13)).toBe('019ca869-5000'); // the milliseconds, in hex
  });
});
