// How an import is reported: the package's facts plus what happened to it.
import type { ApplySummary, ImportOutcome, ImportStatus, PackageFacts } from '@core/exchange/inbox/contract';
import type { PackageHeader, TrustLookup } from '../types';

export function packageFacts(header: PackageHeader, packageHash: string, trust?: TrustLookup): PackageFacts {
  return {
    packageId: header.packageId,
    sender: header.sender.officeCode,
    senderName: trust?.office(header.sender.officeCode)?.name ?? null,
    seq: header.seq,
    kind: header.kind,
    counts: header.counts,
    createdAt: header.createdAt,
    packageHash,
  };
}

export function outcomeOf(
  facts: PackageFacts,
  status: ImportStatus,
  extra: {
    code?: string | null;
    details?: Record<string, unknown>;
    summary?: ApplySummary | null;
    missing?: number[];
  } = {},
): ImportOutcome {
  return {
    ...facts,
    status,
    code: extra.code ?? null,
    details: extra.details,
    summary: extra.summary ?? null,
    missing: extra.missing ?? [],
    released: [],
  };
}
