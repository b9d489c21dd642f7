// Test support for the rescue teams: the volunteers' county office (clerk, head = approver, viewer, keeper) with
// the training defaults, a trainer who issues certificates, a clerk who may also approve, and helpers to make a
// team with members and to issue a first-aid certificate on a given day through the real training core.
import type { RescueTeamRow, TeamMemberRow } from '@core/rescue/contract';
import { seedTrainingDefaults } from '@core/training/kinds/defaults';
import type { IssueResult } from '@core/training/register/contract';
import { addDays } from '@rules/dates';
import { addMonths } from '@rules/training/certificateDates';
import { valueOf, volunteerOffice } from '../volunteers/volunteer-support';

export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function rescueOffice(peopleCount = 12) {
  const office = await volunteerOffice(peopleCount);
  seedTrainingDefaults(office.as(['admin'], 'test.setup'), '321302');
  for (const [username, roles] of [
    ['trainer', ['trainer']],
    ['clerkhead', ['clerk', 'approver']],
  ] as const) {
    office.addUser(username, [...roles], `${username}-pass-1`);
    await office.call(username, 'auth.login', { username, password: `${username}-pass-1` });
  }
  await office.call('admin', 'auth.login', { username: 'admin', password: 'admin-pass-123' });
  const rescuerKind = office.store.sqlite
    .prepare("SELECT id FROM training_kinds WHERE code = 'rescuer'")
    .pluck()
    .get() as string;

  /** A 救护员 certificate of the person issued on `issueDate` (valid 36 months). */
  const certify = async (personId: string, issueDate: string) =>
    valueOf(
      await office.call<IssueResult>('trainer', 'training.certificates.issue', {
        personId,
        kindId: rescuerKind,
        issueDate,
      }),
    );
  /** Issue days whose certificate is valid, expiring in 30 days, or expired a year ago. */
  const issued = {
    valid: addDays(today(), -365),
    expiring: addDays(addMonths(today(), -36), 31),
    expired: addMonths(today(), -48),
  };

  const team = async (name = '水上救援队', type = '水上救援') =>
    valueOf(await office.call<RescueTeamRow>('clerk', 'rescue.teams.create', { name, type }));
  /** The people join the team (as the clerk) as 队员, on a day a year ago. */
  const join = async (teamId: string, personIds: readonly string[], role = '队员') => {
    const rows: TeamMemberRow[] = [];
    for (const personId of personIds)
      rows.push(
        valueOf(
          await office.call<TeamMemberRow>('clerk', 'rescue.members.add', {
            teamId,
            personId,
            role,
            joinedDate: addDays(today(), -365),
          }),
        ),
      );
    return rows;
  };
  return { ...office, certify, issued, team, join, rescuerKind };
}
