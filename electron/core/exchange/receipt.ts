// The body of a receipt package (kind 'receipt', city -> county): one NDJSON line saying which of the
// county's packages the city has applied, holds or refused. The city writes it (inbox), the county
// reads it (outbox). Both sides parse it with this schema, so the shape is agreed in one place.
import { z } from 'zod';

const seq = z.number().int().min(1);
const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** Per-table counts of what applying did: { people: { new: 3, updated: 1, unchanged: 0, voided: 1, conflicts: 0 } }. */
const applyCounts = z.record(z.string(), z.record(z.string(), z.number().int().min(0)));

export const receiptBodySchema = z.object({
  receipt: z.literal(1),
  /** The county whose packages this receipt answers (the receipt's recipient). */
  county: z.string().min(1),
  /** The county database incarnation the city follows; a county restored from a backup sees it differ. */
  incarnationId: z.string().min(1),
  /** Every package up to and including this seq is applied (0: none yet). */
  lastContiguousSeq: z.number().int().min(0),
  /** Hash of the package at lastContiguousSeq, so the county can tell it is its own package. */
  lastPackageHash: hash.nullable(),
  applied: z.array(
    z.object({
      seq,
      packageId: z.string(),
      packageHash: hash,
      appliedAt: z.string(),
      counts: applyCounts,
    }),
  ),
  /** Packages kept waiting for missing earlier ones. */
  held: z.array(
    z.object({
      seq,
      packageId: z.string(),
      packageHash: hash,
      reason: z.string(),
      missing: z.array(seq),
    }),
  ),
  /** Packages refused: the error code and a sentence for the clerk. */
  rejected: z.array(
    z.object({
      seq: seq.nullable(),
      packageId: z.string().nullable(),
      packageHash: hash.nullable(),
      code: z.string(),
      reason: z.string(),
    }),
  ),
  createdAt: z.string(),
  /** The city's signed key directory (keys/directory.ts), so every receipt keeps the county's copy current. */
  keyDirectory: z
    .string()
    .max(1024 * 1024)
    .optional(),
});

export type ReceiptBody = z.infer<typeof receiptBodySchema>;
