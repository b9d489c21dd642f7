// Receipts written the way the city writes them (a signed, sealed package of kind 'receipt' holding one
// receipt body), for county tests that must not wait for the city's inbox.
import { randomUUID } from 'node:crypto';
import { writePackage, SCHEMA_VERSION } from '@core/exchange/format';
import { loadKeyRing, trustLookup } from '@core/exchange/keys';
import { importReceipt } from '@core/exchange/outbox/receipt';
import type { ReceiptBody } from '@core/exchange/receipt';
import { tempDir } from '../support';
import type { ExchangeOffice } from './exchange-export-support';

const receiptSeqs = new WeakMap<ExchangeOffice, number>();

export async function writeReceipt(
  city: ExchangeOffice,
  county: ExchangeOffice,
  body: Partial<ReceiptBody>,
  seq?: number,
): Promise<string[]> {
  const next = seq ?? (receiptSeqs.get(city) ?? 0) + 1;
  receiptSeqs.set(city, Math.max(next, receiptSeqs.get(city) ?? 0));
  const keys = loadKeyRing(city.ctx());
  const recipient = trustLookup(city.store).office(county.code)!;
  const incarnationId = county.store.sqlite.prepare('SELECT incarnation_id FROM office').pluck().get() as string;
  const full: ReceiptBody = {
    receipt: 1,
    county: county.code,
    incarnationId,
    lastContiguousSeq: 0,
    lastPackageHash: null,
    applied: [],
    held: [],
    rejected: [],
    createdAt: new Date().toISOString(),
    ...body,
  };
  const written = await writePackage({
    dir: tempDir('boai-receipt-'),
    baseName: `receipt-${next}`,
    keys,
    recipient,
    lines: [full],
    header: {
      packageId: randomUUID(),
      kind: 'receipt',
      seq: next,
      prevHash: null,
      schemaVersion: SCHEMA_VERSION,
      minReaderVersion: SCHEMA_VERSION,
      sender: { officeCode: city.code, keyId: keys.signing.keyId, incarnationId: 'city' },
      recipient: { officeCode: county.code, keyId: recipient.encryptionKeyId },
      createdAt: new Date().toISOString(),
    },
  });
  return written.files;
}

/** The city writes a receipt and the county imports it. */
export async function sendReceipt(
  city: ExchangeOffice,
  county: ExchangeOffice,
  body: Partial<ReceiptBody>,
  seq?: number,
) {
  return importReceipt(county.ctx(), await writeReceipt(city, county, body, seq));
}
