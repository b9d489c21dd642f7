// One certificate as the register's drawer shows it: the row, the certificate it renewed and the one that
// renewed it, and every print.
import { asc, eq } from 'drizzle-orm';
import { trainingCertificatePrints } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { officeName } from '../../records/offices';
import { valueRead } from '../../records/reads';
import type { CertificateDetail } from './contract';
import { renewedBy } from './lookups';
import { readCertificateRows } from './query';

const NUMBER_OF = valueRead<string, [id: string]>('SELECT number FROM training_certificates WHERE id = ?');

export function certificateDetail(ctx: CoreContext, id: string): CertificateDetail {
  const [row] = readCertificateRows(ctx, { sql: 'WHERE c.id = ? AND c.voided = 0', params: [id] }, '');
  if (!row) fail('CERTIFICATE_NOT_FOUND', { number: id });
  const previousNumber = row.previousId ? (NUMBER_OF.on(ctx.store.sqlite).get(row.previousId) ?? null) : null;
  const prints = ctx.store.orm
    .select()
    .from(trainingCertificatePrints)
    .where(eq(trainingCertificatePrints.certificateId, id))
    .orderBy(asc(trainingCertificatePrints.createdAt))
    .all()
    .map((p) => ({ at: p.createdAt, by: p.createdBy, format: p.format, reprint: p.reprint, reason: p.reason }));
  return {
    ...row,
    officeName: officeName(ctx, row.officeCode),
    previousNumber,
    renewedByNumber: renewedBy(ctx, id)?.number ?? null,
    prints,
  };
}
