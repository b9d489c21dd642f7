// Result and input types shared by the core and the renderer (types only, no runtime code).
import type { OfficeRole } from '../../rules/office';
import type { Role } from './roles';

export type { OfficeRole } from '../../rules/office';

export interface OfficeInfo {
  code: string;
  name: string;
  role: OfficeRole;
  incarnationId: string;
}

export interface OfficeStatus {
  configured: boolean;
  office: OfficeInfo | null;
  user: SessionUser | null;
}

export interface OfficeSetupInput {
  code: string;
  name: string;
  role: OfficeRole;
  admin: { username: string; password: string; displayName?: string };
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface UserInfo {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
}
export interface UserCreateInput {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}
export interface UserUpdateInput {
  id: string;
  displayName?: string;
  roles?: Role[];
  active?: boolean;
  password?: string;
}

export interface ApiError {
  code: string;
  messageKey: string;
  details?: Record<string, unknown>;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What `db check` found wrong in the audit trail; each names where (audit seq, journal seq, table and record). */
export const AUDIT_FINDING_KINDS = [
  'AUDIT_CHAIN_BROKEN', // seq: the first entry whose hash or link to the one before does not match
  'AUDIT_SEQ_GAP', // seq: the first missing entry of a run of `missing`
  'AUDIT_TAIL_DELETED', // seq: the first missing entry; the log once reached `lastSeq`
  'AUDIT_BEHIND_SENT_HEAD', // seq: the head a package sent upward named, no longer in the log
  'AUDIT_DIFFERS_AT_SENT_HEAD', // seq: the entry at the head a package sent upward, now with another hash
  'JOURNAL_REWRITTEN', // seq: the audit entry whose journal head (journalSeq) the journal no longer matches
  'JOURNAL_TAIL_DELETED', // journalSeq: the first missing change; the journal once reached `lastSeq`
  'RECORD_CHANGED_OUTSIDE', // table, recordId, journalSeq: the record differs from what its last journalled change wrote
  'RECORD_NOT_JOURNALLED', // table, recordId: a record no journalled change wrote
  'RECORD_MISSING', // table, recordId, journalSeq: a journalled record no longer in its table
] as const;
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

export interface AuditFinding {
  kind: AuditFindingKind;
  seq?: number;
  journalSeq?: number;
  table?: string;
  recordId?: string;
  details?: Record<string, unknown>;
}

export interface DbCheckResult {
  integrity: string; // 'ok' or SQLite's first complaint
  migrations: { applied: number; known: number; ok: boolean };
  audit: {
    ok: boolean;
    entries: number;
    firstBrokenSeq: number | null;
    findings: AuditFinding[];
    /** Findings beyond the first 100, not listed. */
    findingsLeftOut: number;
    /** Records whose last change was journalled before content hashes existed: not verifiable (older than this version). */
    recordsNotVerifiable: number;
    recordsChecked: number;
  };
  ok: boolean;
}
