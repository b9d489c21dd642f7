// One person's part of the register (the person view): who they are, ID number masked, their registrations and
// their donations. Every read is audited with the records it showed.
import { and, eq } from 'drizzle-orm';
import { people } from '@db/schema';
import { maskIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { auditDonorRead } from './access';
import type { DonorPerson } from './contract';
import { donationsOf } from './donations';
import { donorOfficeOf, registrationsOf } from './query';

export function donorPerson(ctx: CoreContext, personId: string, officeCode?: string): DonorPerson {
  const person = ctx.store.orm
    .select({
      id: people.id,
      officeCode: people.officeCode,
      name: people.name,
      gender: people.gender,
      idNumber: people.idNumber,
      mobile: people.mobile,
      township: people.township,
      village: people.village,
      workUnit: people.workUnit,
    })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.officeCode, donorOfficeOf(ctx, officeCode))))
    .get();
  if (!person) fail('DONOR_PERSON_NOT_FOUND', { id: personId });
  const registrations = registrationsOf(ctx, personId);
  const donations = donationsOf(ctx, personId);
  auditDonorRead(ctx, {
    personId,
    registrationIds: registrations.map((r) => r.id),
    donationIds: donations.map((d) => d.id),
  });
  return { person: { ...person, idNumber: maskIdNumber(person.idNumber) }, registrations, donations };
}
