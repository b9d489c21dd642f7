// Test support for members: the volunteers' office (users of each role signed in through the router, people in its
// registry) with a helper to enrol people as members.
import type { MemberRow } from '@core/members/roster/contract';
import { valueOf, volunteerOffice } from '../volunteers/volunteer-support';

export async function memberOffice(peopleCount = 20) {
  const office = await volunteerOffice(peopleCount);
  /** Enrols the people as members of `kind` (as the clerk), in order. */
  const enrol = async (personIds: readonly string[], fields: Record<string, unknown> = {}) => {
    const rows: MemberRow[] = [];
    for (const personId of personIds)
      rows.push(
        valueOf(
          await office.call<MemberRow>('clerk', 'members.create', {
            kind: 'individual',
            personId,
            joinDate: '2022-03-01',
            ...fields,
          }),
        ),
      );
    return rows;
  };
  return { ...office, enrol };
}
