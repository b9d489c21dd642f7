// Posting: an approved document becomes movements in the ledger, all or nothing, in ONE immediate
// transaction (checks and writes together, so two windows posting at once cannot oversell).
// A posted document never changes again; it is corrected by a reversal.
import type { DocumentDetail } from '@core/stock/contract';
import { stockDocuments } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecord } from '../../records/write';
import { requireCounted } from '../counts';
import { refuseExpiredLots } from '../documents/expiry';
import { findDocument, getDocument } from '../documents/read';
import { requireStatus } from '../documents/status';
import { refuseLockedMonth } from '../months';
import { immediately } from '../transaction';
import { writeLedger } from './ledger';
import { postingLines } from './lines';
import { planMovements } from './plan';
import { refuseVoidedReferences } from './references';
import { refuseShortages } from './shortages';

/** Posts an approved document; returns the number of movements written. */
export function postApproved(ctx: CoreContext, id: string): number {
  return immediately(ctx.store.sqlite, () => {
    const doc = findDocument(ctx, id);
    requireStatus(doc, 'approved');
    refuseLockedMonth(ctx, doc.documentDate);
    refuseVoidedReferences(ctx, doc);
    const lines = postingLines(ctx, id);
    if (lines.length === 0) fail('DOCUMENT_EMPTY', { id, number: doc.number });
    requireCounted(ctx, doc);
    if (doc.type === 'issue') {
      refuseExpiredLots(ctx, doc.documentDate, lines);
    }
    const movements = planMovements(ctx, doc, lines);
    refuseShortages(ctx, movements);
    writeLedger(ctx, doc, movements);
    updateRecord(ctx, stockDocuments, id, {
      status: 'posted',
      postedBy: actorName(ctx),
      postedByName: ctx.actor?.displayName ?? actorName(ctx),
      postedAt: nowIso(ctx),
    });
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'stock_movements',
      recordId: id,
      after: { number: doc.number, type: doc.type, documentDate: doc.documentDate, movements: movements.length },
    });
    return movements.length;
  });
}

export function postDocument(ctx: CoreContext, id: string): DocumentDetail {
  postApproved(ctx, id);
  return getDocument(ctx, id);
}
