// The rows the register reads to issue, renew, print and verify: a kind, a course, a person, a certificate.
import { and, eq } from 'drizzle-orm';
import { people, trainingCertificates, trainingCourses, trainingKinds } from '@db/schema';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { rowRead } from '../../records/reads';

export type KindRow = typeof trainingKinds.$inferSelect;
export type CourseRow = typeof trainingCourses.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type CertificateRecord = typeof trainingCertificates.$inferSelect;

const RENEWED_BY = rowRead<Pick<CertificateRecord, 'id' | 'number'>, [previousId: string]>(
  'SELECT id, number FROM training_certificates WHERE previous_id = ? AND voided = 0 LIMIT 1',
);

export function kindOf(ctx: CoreContext, officeCode: string, id: string): KindRow {
  const kind = ctx.store.orm
    .select()
    .from(trainingKinds)
    .where(and(eq(trainingKinds.id, id), eq(trainingKinds.officeCode, officeCode)))
    .get();
  return kind ?? fail('NOT_FOUND', { what: 'kind', id });
}

export function courseOf(ctx: CoreContext, officeCode: string, id: string): CourseRow {
  const course = ctx.store.orm
    .select()
    .from(trainingCourses)
    .where(
      and(eq(trainingCourses.id, id), eq(trainingCourses.officeCode, officeCode), eq(trainingCourses.voided, false)),
    )
    .get();
  return course ?? fail('NOT_FOUND', { what: 'course', id });
}

export function personOf(ctx: CoreContext, id: string): PersonRow {
  const person = ctx.store.orm.select().from(people).where(eq(people.id, id)).get();
  return person && !person.voided ? person : fail('NOT_FOUND', { what: 'person', id });
}

export function certificateById(ctx: CoreContext, id: string): CertificateRecord {
  const found = ctx.store.orm.select().from(trainingCertificates).where(eq(trainingCertificates.id, id)).get();
  return found && !found.voided ? found : fail('CERTIFICATE_NOT_FOUND', { number: id });
}

export function certificateByNumber(ctx: CoreContext, officeCode: string, number: string): CertificateRecord {
  const found = ctx.store.orm
    .select()
    .from(trainingCertificates)
    .where(and(eq(trainingCertificates.officeCode, officeCode), eq(trainingCertificates.number, number.trim())))
    .get();
  return found && !found.voided ? found : fail('CERTIFICATE_NOT_FOUND', { number });
}

/** The kind a course of `kind` issues: itself for a certified kind, the kind it renews for a 复训. */
export function issuedKindOf(ctx: CoreContext, officeCode: string, kind: KindRow): KindRow {
  if (kind.category === 'popular') fail('CERTIFICATE_KIND_NOT_CERTIFIED', { kind: kind.name });
  if (kind.category === 'certified') return kind;
  return kind.renewsKindId
    ? kindOf(ctx, officeCode, kind.renewsKindId)
    : fail('CERTIFICATE_KIND_NOT_CERTIFIED', { kind: kind.name });
}

/** The certificate that renewed this one, if any (this one is then 已换证). */
export function renewedBy(ctx: CoreContext, id: string): Pick<CertificateRecord, 'id' | 'number'> | undefined {
  return RENEWED_BY.on(ctx.store.sqlite).get(id);
}
