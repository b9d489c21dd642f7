// Approval: a user with the approver role approves a draft (their name and the time are kept), or withdraws
// the approval so the keeper can correct it. Posting is in ../posting.
import type { DocumentDetail } from '@core/stock/contract';
import { stockDocuments } from '@db/schema';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { updateRecord } from '../../records/write';
import { requireCounted } from '../counts';
import { requireRole } from '../office';
import { immediately } from '../transaction';
import { findDocument, getDocument } from './read';
import { requireStatus, requireVersion } from './status';

export function approveDocument(ctx: CoreContext, id: string, rowVersion?: number): DocumentDetail {
  approveDraft(ctx, id, rowVersion);
  return getDocument(ctx, id);
}

/** Approves a draft without reading it back (a campaign or an import approves what it has just written). */
export function approveDraft(ctx: CoreContext, id: string, rowVersion?: number): void {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  immediately(ctx.store.sqlite, () => {
    const doc = findDocument(ctx, id);
    requireStatus(doc, 'draft');
    requireVersion(doc, rowVersion);
    if (doc.lineCount === 0) fail('DOCUMENT_EMPTY', { id, number: doc.number });
    requireCounted(ctx, doc);
    updateRecord(ctx, stockDocuments, id, {
      status: 'approved',
      approvedBy: actorName(ctx),
      approvedByName: ctx.actor?.displayName ?? actorName(ctx),
      approvedAt: nowIso(ctx),
    });
  });
}

export function unapproveDocument(ctx: CoreContext, id: string, rowVersion?: number): DocumentDetail {
  requireRole(ctx, ['approver'], 'APPROVER_REQUIRED');
  immediately(ctx.store.sqlite, () => {
    const doc = findDocument(ctx, id);
    requireStatus(doc, 'approved');
    requireVersion(doc, rowVersion);
    updateRecord(ctx, stockDocuments, id, {
      status: 'draft',
      approvedBy: null,
      approvedByName: null,
      approvedAt: null,
    });
  });
  return getDocument(ctx, id);
}
