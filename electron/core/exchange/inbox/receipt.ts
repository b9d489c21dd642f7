// Writes a signed, sealed receipt package for a county: its own stream (city -> county, seq from 1),
// kept in the data folder's receipts/ and recorded in receipts_sent.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WrittenReceipt } from '@core/exchange/inbox/contract';
import { receiptsSent } from '@db/schema';
import { officeOf } from '../../accounts/office';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';
import { SCHEMA_VERSION, writePackage } from '../format';
import { loadKeyRing, trustLookup } from '../keys';
import { buildKeyDirectory } from '../keys/directory';
import { receiptBodySchema } from '../receipt';
import { buildReceiptBody } from './receiptBody';

export interface ReceiptOptions {
  /** The county's office code. */
  to: string;
  /** Folder to write into; default the data folder's receipts/<county>/. */
  dir?: string;
  /** File name without extension; default <city>-to-<county>-<seq>-receipt. */
  baseName?: string;
}

const LAST_RECEIPT = rowRead<Pick<typeof receiptsSent.$inferSelect, 'seq' | 'packageHash'>, [to: string]>(
  `SELECT seq, package_hash AS packageHash FROM receipts_sent WHERE recipient_office_code = ?
  ORDER BY seq DESC LIMIT 1`,
);

export async function writeReceipt(ctx: CoreContext, options: ReceiptOptions): Promise<WrittenReceipt> {
  const office = officeOf(ctx);
  if (office.role !== 'city') fail('RECEIPT_CITY_ONLY');
  const recipient =
    trustLookup(ctx.store).office(options.to) ?? fail('RECEIPT_RECIPIENT_NOT_TRUSTED', { to: options.to });
  const keys = loadKeyRing(ctx);
  const createdAt = nowIso(ctx);
  const body = receiptBodySchema.parse({
    ...buildReceiptBody(ctx.store.sqlite, options.to, createdAt),
    keyDirectory: JSON.stringify(buildKeyDirectory(ctx, keys.signing.privateKey)),
  });
  const previous = LAST_RECEIPT.on(ctx.store.sqlite).get(options.to);
  const header = {
    packageId: randomUUID(),
    kind: 'receipt' as const,
    sender: { officeCode: office.code, keyId: keys.signing.keyId, incarnationId: office.incarnationId },
    recipient: { officeCode: recipient.officeCode, keyId: recipient.encryptionKeyId },
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.packageHash ?? null,
    schemaVersion: SCHEMA_VERSION,
    minReaderVersion: SCHEMA_VERSION,
    createdAt,
  };
  const dir = path.resolve(options.dir ?? path.join(path.dirname(ctx.store.file), 'receipts', options.to));
  fs.mkdirSync(dir, { recursive: true });
  const baseName = options.baseName ?? `${office.code}-to-${options.to}-${String(header.seq).padStart(6, '0')}-receipt`;
  const written = await writePackage({ dir, baseName, header, lines: [body], keys, recipient });
  const fileNames = written.files.map((f) => path.basename(f));
  // commits in steps: a job - the receipt files are written (async) first, then its sequence is recorded here.
  ctx.store.sqlite.transaction(() => {
    ctx.store.sqlite
      .prepare(
        `INSERT INTO receipts_sent (package_id, recipient_office_code, seq, package_hash, last_contiguous_seq,
      file_names, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        header.packageId,
        options.to,
        header.seq,
        written.packageHash,
        body.lastContiguousSeq,
        JSON.stringify(fileNames),
        createdAt,
        actorName(ctx),
      );
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'receipts_sent',
      recordId: header.packageId,
      after: {
        to: options.to,
        seq: header.seq,
        lastContiguousSeq: body.lastContiguousSeq,
        held: body.held.length,
        rejected: body.rejected.length,
      },
    });
  })();
  const file = written.files[0]!;
  return {
    packageId: header.packageId,
    to: options.to,
    seq: header.seq,
    lastContiguousSeq: body.lastContiguousSeq,
    file,
    fileName: path.basename(file),
    bytes: written.bytes,
  };
}
