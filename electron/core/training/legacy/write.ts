// Writes a checked legacy register in ONE transaction through the record layer: the people the registry
// lacks, then every certificate (source 'legacy', number as written; a 复训 row naming the certificate it renews,
// renewals.ts), and one audit entry for the whole file.
// A number or ID number registered since the preview fails the whole transaction, naming its row.
import { trainingCertificates } from '@db/schema';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { withIndexesRebuilt } from '../../people/import/indexes';
import { insertMissingPeople } from '../../people/registered';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { immediately } from '../../stock/transaction';
import { legacyPredecessors } from './renewals';
import type { LegacyRow } from './rows';

/** Unique index kept while loading: it names the row of a number registered since the preview. */
const KEPT = { certificates: ['training_certificates_number'] };

export interface LegacyPlan {
  rows: readonly LegacyRow[];
  /** The registry's person for an ID number; the ones missing are added. */
  registered: ReadonlyMap<string, string>;
}

const uniqueFailure = (error: unknown) => (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

export function writeLegacyCertificates(
  ctx: CoreContext,
  officeCode: string,
  plan: LegacyPlan,
  auditDetails: Record<string, unknown>,
): { imported: number; peopleAdded: number } {
  const sqlite = ctx.store.sqlite;
  const nextId = sequentialUuids(ctx.now().getTime());
  const personOf = new Map(plan.registered);
  return immediately(sqlite, () =>
    withRunningFold(sqlite, () => {
      const peopleAdded = insertMissingPeople(ctx, officeCode, plan.rows, personOf, nextId);
      const ids = plan.rows.map(() => nextId());
      const previous = legacyPredecessors(ctx, officeCode, plan.rows, ids, personOf);
      const insertCertificate = recordInserter(ctx, trainingCertificates, officeCode, [
        'previousId',
        'number',
        'personId',
        'kindId',
        'source',
        'issueDate',
        'expiryDate',
        'township',
        'workUnit',
        'sector',
      ]);
      withIndexesRebuilt(sqlite, 'training_certificates', KEPT.certificates, plan.rows.length, () => {
        plan.rows.forEach((row, n) => {
          try {
            insertCertificate(ids[n]!, {
              previousId: previous[n] ?? null,
              number: row.certificateNumber,
              personId: personOf.get(row.person.idNumber)!,
              kindId: row.kind.id,
              source: 'legacy',
              issueDate: row.issueDate,
              expiryDate: row.expiryDate,
              township: row.township,
              workUnit: row.workUnit,
              sector: row.sector,
            });
          } catch (error) {
            if (uniqueFailure(error)) fail('CERTIFICATE_NUMBER_EXISTS', { row: row.row });
            throw error;
          }
        });
      });
      const written = { imported: plan.rows.length, peopleAdded };
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'training_certificates',
        after: { ...auditDetails, ...written },
      });
      return written;
    }),
  );
}
