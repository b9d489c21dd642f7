// A county's volunteers at the seeds' scale, written through the record layer's inserter: 30,507 volunteers (people
// of the registry), teams and skills, activities and 500,000 service records over eight years, mostly approved.
import {
  volunteerActivities,
  volunteerGroupMembers,
  volunteerGroups,
  volunteers,
  volunteerServiceRecords,
} from '../../db/schema';
import { openBackend } from '../../electron/backend';
import { setUpNewOffice } from '../../electron/core/accounts/office';
import type { CoreContext } from '../../electron/core/context';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import { SERVICE_FIELDS } from '../../electron/core/volunteers/service/entry';
import { addDays } from '../../rules/dates';
import { formatVolunteerNumber } from '../../rules/volunteers';
import { seededRandom } from '../fixtures/people';
import { seedPeople, type SeededPerson } from '../fixtures/registryPeople';

export const OFFICE = '321302';
export const VOLUNTEERS = 30_507;
const TEAMS = 24;
const ACTIVITIES = 20_000;

export const IMPORT_OFFICE_PASSWORD = 'bench-password-1';

/** The county the import bench's child opens: its office, admin and volunteers, written before the child starts. */
export function volunteerImportOffice(dataDir: string): void {
  const backend = openBackend(dataDir);
  const system: CoreContext = { store: backend.store, actor: null, method: 'bench.setup', now: () => new Date() };
  setUpNewOffice(system, {
    code: OFFICE,
    name: '宿城区红十字会',
    role: 'county',
    admin: { username: 'admin', password: IMPORT_OFFICE_PASSWORD },
  });
  seedVolunteers({ ...system, actor: { userId: 'bench', username: 'bench', displayName: 'bench', roles: ['admin'] } });
  backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  backend.close();
}

export interface SeededVolunteers {
  people: SeededPerson[];
  volunteerIds: string[];
  teamIds: string[];
}

/** People and volunteers of `office`, each volunteer in one team; the sequence continues after them. */
export function seedVolunteers(ctx: CoreContext, count = VOLUNTEERS, office = OFFICE): SeededVolunteers {
  const sqlite = ctx.store.sqlite;
  const people = seedPeople(ctx.store, count, 13, office);
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  const volunteerIds: string[] = [];
  const teamIds: string[] = [];
  sqlite.transaction(() => {
    const group = recordInserter(ctx, volunteerGroups, office, ['kind', 'name', 'sortOrder']);
    for (let t = 0; t < TEAMS; t++) {
      const id = nextId();
      teamIds.push(id);
      group(id, { kind: 'team', name: `志愿服务队${t + 1}`, sortOrder: t });
    }
    const volunteer = recordInserter(ctx, volunteers, office, ['personId', 'number', 'registrationDate', 'status']);
    const member = recordInserter(ctx, volunteerGroupMembers, office, ['volunteerId', 'groupId']);
    people.forEach((person, n) => {
      const id = nextId();
      volunteerIds.push(id);
      volunteer(id, {
        personId: person.id,
        number: formatVolunteerNumber(office, n + 1),
        registrationDate: addDays('2016-01-01', n % 3000),
        status: n % 40 === 0 ? 'suspended' : 'active',
      });
      member(nextId(), { volunteerId: id, groupId: teamIds[n % TEAMS]! });
    });
    sqlite
      .prepare('INSERT INTO volunteer_sequences (office_code, scope, last_seq) VALUES (?, ?, ?)')
      .run(office, 'volunteer', count);
  })();
  return { people, volunteerIds, teamIds };
}

/** `records` service records of the volunteers (2 to 8 hours each, one a day at most), 90% approved. */
export function seedService(ctx: CoreContext, volunteerIds: readonly string[], records: number, office = OFFICE): void {
  const random = seededRandom(17);
  const nextId = sequentialUuids(Date.now() - 86_400_000);
  ctx.store.sqlite.transaction(() => {
    const activity = recordInserter(ctx, volunteerActivities, office, ['name', 'date', 'halfHours', 'endsNextDay']);
    const activityIds: string[] = [];
    const activityDates: string[] = [];
    for (let a = 0; a < ACTIVITIES; a++) {
      const id = nextId();
      const date = addDays('2019-01-01', a % 2900);
      activityIds.push(id);
      activityDates.push(date);
      activity(id, { name: `志愿服务活动${a + 1}`, date, halfHours: 8, endsNextDay: false });
    }
    const insert = recordInserter(ctx, volunteerServiceRecords, office, SERVICE_FIELDS);
    for (let n = 0; n < records; n++) {
      const volunteerId = volunteerIds[n % volunteerIds.length]!;
      // Each volunteer's n-th record on its own activity (a different day), so no day passes 24 hours.
      const a = (Math.floor(n / volunteerIds.length) * 977 + (n % volunteerIds.length)) % ACTIVITIES;
      const approved = random() < 0.9;
      insert(nextId(), {
        volunteerId,
        activityId: activityIds[a]!,
        serviceDate: activityDates[a]!,
        startTime: null,
        endTime: null,
        endsNextDay: false,
        halfHours: 4 + Math.floor(random() * 13),
        status: approved ? 'approved' : 'pending',
        source: 'import',
        backfill: false,
        backfillReason: null,
        decidedBy: approved ? 'bench' : null,
        decidedAt: approved ? '2026-01-01T00:00:00.000Z' : null,
      });
    }
  })();
  ctx.store.sqlite.exec('ANALYZE');
}
