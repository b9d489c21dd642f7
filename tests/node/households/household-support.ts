// Test support for households: the volunteers' office (users of each role signed in through the router, grown-up
// people in its registry) with a helper to create a household around a head through the router.
import type { HouseholdDetail } from '@core/households/roster/contract';
import { valueOf, volunteerOffice } from '../volunteers/volunteer-support';

export async function householdOffice(peopleCount = 12) {
  const office = await volunteerOffice(peopleCount);
  /** A household headed by `headPersonId` (as the clerk), with the members given (relation 子女 unless named). */
  const household = async (
    headPersonId: string,
    members: readonly string[] = [],
    fields: Record<string, unknown> = {},
  ): Promise<HouseholdDetail> => {
    let detail = valueOf(
      await office.call<HouseholdDetail>('clerk', 'households.create', {
        headPersonId,
        attribute: 'general',
        fromDate: '2020-01-01',
        ...fields,
      }),
    );
    for (const personId of members)
      detail = valueOf(
        await office.call<HouseholdDetail>('clerk', 'households.members.add', {
          householdId: detail.id,
          personId,
          relation: 'child',
          fromDate: '2020-01-01',
        }),
      );
    return detail;
  };
  return { ...office, household };
}
