// Which workflow step a document must be at for an action: draft -> approved -> posted.
import type { DocumentRow, DocumentStatus } from '@core/stock/contract';
import { fail } from '../../errors';

const REFUSAL: Record<DocumentStatus, string> = {
  draft: 'DOCUMENT_NOT_DRAFT',
  approved: 'DOCUMENT_NOT_APPROVED',
  posted: 'DOCUMENT_NOT_POSTED',
};

export function requireStatus(doc: DocumentRow, status: DocumentStatus): void {
  if (doc.voided) fail('RECORD_VOIDED', { id: doc.id, number: doc.number });
  if (doc.status === status) return;
  if (doc.status === 'posted') fail('DOCUMENT_POSTED', { id: doc.id, number: doc.number });
  fail(REFUSAL[status], { id: doc.id, number: doc.number, status: doc.status });
}

export function requireVersion(doc: DocumentRow, rowVersion: number | undefined): void {
  if (rowVersion !== undefined && doc.rowVersion !== rowVersion)
    fail('RECORD_CHANGED', { id: doc.id, rowVersion: doc.rowVersion });
}
