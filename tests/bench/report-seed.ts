// A city holding ten counties' records at the seeds' scale, a tenth each (the city's whole: 1,000,000 people, 230,000
// certificates, 30,507 volunteers with 500,000 hour records, 206,500 members, 200,000 stock movements, 170,000
// households with 300,000 visits), written straight into the city's database under each county's code by the other
// benches' seeds (households-seed, volunteers-seed, members-seed, training-seed, fixtures/stockLedger) - not through
// packages, which exchange-city measures. Pairings, visits, poverty exits and 三献 registrations have no seed
// elsewhere and are written here. The counties are the city's package senders (inbox_streams).
import {
  donorRegistrations,
  householdCadres,
  householdPairings,
  householdVisits,
  povertyStatusChanges,
} from '../../db/schema';
import type { CoreContext } from '../../electron/core/context';
import { recordInserter } from '../../electron/core/records/bulk';
import { sequentialUuids } from '../../electron/core/records/ids';
import { addDays } from '../../rules/dates';
import { DONOR_KINDS } from '../../rules/donors';
import { seedStockLedger } from '../fixtures/stockLedger';
import { seedHouseholds, seedPeopleFast, type SeededPerson } from './households-seed';
import { seedMembers } from './members-seed';
import { seedCertificatesAndCourses } from './training-seed';
import { seedService, seedVolunteers } from './volunteers-seed';

export const COUNTIES = 10;
export const REPORT_YEAR = 2025;
export const countyCode = (n: number) => String(321301 + n * 10);

/** One county's share of the city; `scale` below 1 for a quick look. */
export function countyScale(scale = 1) {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  return {
    people: n(100_000),
    households: n(17_000),
    householdPeople: n(57_470),
    volunteers: n(3_051),
    serviceRecords: n(50_000),
    members: n(20_650),
    trainees: n(20_000),
    certificates: n(23_000),
    coursesPerYear: n(150),
    stock: { items: n(50), lots: n(500), movements: n(20_000), people: n(2_000), year: REPORT_YEAR },
    cadres: n(670),
    visits: n(30_000),
    donors: n(500),
  };
}

type Scale = ReturnType<typeof countyScale>;

/** Cadres from `people`, every household paired (one in ten changed its cadre in 2024), visits over eight years. */
function seedPairing(
  ctx: CoreContext,
  office: string,
  people: readonly SeededPerson[],
  householdIds: string[],
  size: Scale,
) {
  const nextId = sequentialUuids(Date.now() - 3 * 86_400_000);
  const cadre = recordInserter(ctx, householdCadres, office, ['personId', 'unit', 'level']);
  const pairing = recordInserter(ctx, householdPairings, office, ['cadreId', 'householdId', 'fromDate', 'toDate']);
  const visit = recordInserter(ctx, householdVisits, office, ['householdId', 'cadreId', 'visitDate', 'moneyFen']);
  const exit = recordInserter(ctx, povertyStatusChanges, office, [
    'householdId',
    'fromStatus',
    'toStatus',
    'changeDate',
  ]);
  const cadreIds = people.slice(0, size.cadres).map((person) => {
    const id = nextId();
    cadre(id, { personId: person.id, unit: '县直单位', level: 'county' });
    return id;
  });
  const cadreOf = (n: number) => cadreIds[n % cadreIds.length]!;
  householdIds.forEach((householdId, n) => {
    const changed = n % 10 === 0;
    pairing(nextId(), {
      cadreId: cadreOf(n),
      householdId,
      fromDate: '2020-03-01',
      toDate: changed ? '2024-06-01' : null,
    });
    if (changed) pairing(nextId(), { cadreId: cadreOf(n + 1), householdId, fromDate: '2024-06-01', toDate: null });
    if (n % 50 === 7)
      exit(nextId(), {
        householdId,
        fromStatus: 'assisted',
        toStatus: 'exited',
        changeDate: `${2019 + (n % 7)}-11-01`,
      });
  });
  for (let v = 0; v < size.visits; v++) {
    const n = (v * 7) % householdIds.length;
    visit(nextId(), {
      householdId: householdIds[n]!,
      cadreId: cadreOf(n),
      visitDate: addDays('2019-01-01', (v * 13) % 2900),
      moneyFen: v % 4 === 0 ? 50_000 : 0,
    });
  }
}

function seedDonors(ctx: CoreContext, office: string, people: readonly SeededPerson[], count: number) {
  const nextId = sequentialUuids(Date.now() - 3 * 86_400_000);
  const register = recordInserter(ctx, donorRegistrations, office, ['personId', 'kind', 'registrationDate']);
  people.slice(-count).forEach((person, n) =>
    register(nextId(), {
      personId: person.id,
      kind: DONOR_KINDS[n % DONOR_KINDS.length]!,
      registrationDate: addDays('2019-01-01', (n * 17) % 2900),
    }),
  );
}

/**
 * Each seed generates its own people, unique among themselves but not across seeds: before the next, the ID numbers
 * the county holds so far take a first digit of their own (`stage`), so no two can meet (the report reads no ID).
 */
function setApart(ctx: CoreContext, office: string, stage: number) {
  ctx.store.sqlite
    .prepare(`UPDATE people SET id_number = ? || substr(id_number, 2) WHERE office_code = ? AND id_number LIKE '3%'`)
    .run(String(stage), office);
}

function seedCounty(ctx: CoreContext, office: string, n: number, size: Scale) {
  const { householdIds } = seedHouseholds(ctx, size.households, size.householdPeople, office);
  setApart(ctx, office, 4);
  const { volunteerIds } = seedVolunteers(ctx, size.volunteers, office);
  setApart(ctx, office, 5);
  seedService(ctx, volunteerIds, size.serviceRecords, office);
  seedMembers(ctx, REPORT_YEAR, office, size.members);
  seedStockLedger(ctx.store, ctx, size.stock, 42 + n, office);
  setApart(ctx, office, 6);
  const trainees = seedPeopleFast(ctx, size.trainees, 70 + n, office);
  setApart(ctx, office, 7);
  seedCertificatesAndCourses(ctx, trainees, size.certificates, size.coursesPerYear, office);
  const rest = size.people - size.householdPeople - size.volunteers - size.stock.people - size.trainees;
  const others = seedPeopleFast(ctx, rest, 90 + n, office);
  ctx.store.sqlite.transaction(() => {
    seedPairing(ctx, office, others, householdIds, size);
    seedDonors(ctx, office, others, size.donors);
    ctx.store.sqlite
      .prepare(
        `INSERT INTO inbox_streams (sender_office_code, epoch, last_seq, last_hash, incarnation_id, updated_at)
         VALUES (?, 1, 1, 'bench', 'bench', ?)`,
      )
      .run(office, new Date().toISOString());
  })();
}

/** Every county into the city's database; ANALYZE is sampled while seeding and done in full once at the end. */
export function seedCity(ctx: CoreContext, scale = 1): void {
  const sqlite = ctx.store.sqlite;
  sqlite.pragma('analysis_limit = 400');
  for (let n = 0; n < COUNTIES; n++) seedCounty(ctx, countyCode(n), n, countyScale(scale));
  sqlite.pragma('analysis_limit = 0');
  sqlite.exec('ANALYZE');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
