// The city's side of the county's audit heads (outbox/auditHead.ts): a package that follows the last
// applied one must show that the county's chain still holds the head that package carried, and must not
// carry an earlier head. Packages of older versions carry no head; once a stream has one, every package must.
import type { PackageHeader } from '../types';
import type { StreamState } from './stream';

/** Why the package's audit head does not extend the stream's, or null when it does (or the stream kept none). */
export function auditRewound(stream: StreamState, header: PackageHeader): Record<string, unknown> | null {
  if (stream.auditSeq === null || stream.auditHash === null) return null;
  const kept = { keptSeq: stream.auditSeq };
  const { audit, priorAudit } = header;
  if (!audit || !priorAudit) return { ...kept, problem: 'missing' };
  if (priorAudit.seq !== stream.auditSeq || priorAudit.hash !== stream.auditHash)
    return { ...kept, problem: 'prior', priorSeq: priorAudit.seq };
  if (audit.seq < stream.auditSeq) return { ...kept, problem: 'shorter', seq: audit.seq };
  if (audit.seq === stream.auditSeq && audit.hash !== stream.auditHash)
    return { ...kept, problem: 'differs', seq: audit.seq };
  return null;
}
