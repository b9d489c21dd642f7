// A county's generated year touching every domain the annual report reads, written as the clerks would (the router
// where a screen exists, the core where a keeper's flow is long, the record layer for pairings and visits, which have
// no core yet), with the figures each indicator must come to. The year is last year, so every date is in the past;
// people are entered in it (their entry time in the year).
import type { CoreContext } from '@core/context';
import type { HouseholdDetail } from '@core/households/roster/contract';
import type { MemberRow } from '@core/members/roster/contract';
import { createPerson, voidPerson } from '@core/people/service';
import { insertRecord } from '@core/records/write';
import { createDonor } from '@core/stock/donors';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { householdCadres, householdPairings, householdVisits } from '@db/schema';
import type { Role } from '@rules/roles';
import { generatePeople } from '../../fixtures/people';
import { addCertificate, addCourse, kindIds } from '../../fixtures/trainingRecords';
import type { Office } from '../exchange/exchange-apply-support';
import { reportWarehouse } from './report-warehouse';

export const YEAR = new Date().getUTCFullYear() - 1;
const day = (monthDay: string) => `${YEAR}-${monthDay}`;
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type Call = (method: string, input: unknown) => Promise<unknown>;
export const value = async <T>(call: Call, method: string, input: unknown): Promise<T> => {
  const result = (await call(method, input)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

/** A context of `office` whose clock stands on a day of the year (what it writes is entered that day). */
const inYear = (office: Office, roles: Role[]): CoreContext => ({
  ...office.ctx(roles, 'report.test'),
  now: () => new Date(`${day('06-01')}T02:00:00.000Z`),
});

/** Twenty people entered in the year; one of them voided now (after the year: still registered at its end). */
function enterPeople(county: Office): string[] {
  const ctx = inYear(county, ['clerk']);
  const ids = generatePeople(20, 31).map((person) => createPerson(ctx, person, true).person.id);
  voidPerson(county.ctx(['clerk'], 'people.void'), ids[19]!, '重复登记');
  return ids;
}

async function volunteerYear(county: Office, people: string[]) {
  const clerk = await county.caller!(['clerk']);
  const head = await county.caller!(['approver']);
  const register = (personId: string, registrationDate: string, fields: Record<string, unknown> = {}) =>
    value<VolunteerRow>(clerk, 'volunteers.create', { personId, registrationDate, ...fields });
  const [a, b] = [await register(people[0]!, day('02-01')), await register(people[1]!, day('03-01'))];
  await register(people[2]!, day('03-01'), { status: 'suspended', statusReason: '外出务工' });
  await register(people[3]!, TODAY); // registered after the year
  const enter = (date: string, hours: number) =>
    value<ServiceEntryResult>(clerk, 'volunteers.service.enter', {
      activity: { name: `社区服务${date}`, date },
      volunteerIds: [a.id, b.id],
      duration: { hours },
      backfillReason: '纸质记录补录',
    });
  const approved = await enter(day('04-10'), 3.5);
  await value(head, 'volunteers.service.decide', { ids: approved.recordIds, decision: 'approve' });
  await enter(day('05-10'), 2); // pending: not counted
  const lastYear = await enter(`${YEAR - 1}-12-20`, 4); // approved, but of the year before
  await value(head, 'volunteers.service.decide', { ids: lastYear.recordIds, decision: 'approve' });
}

async function memberYear(county: Office, people: string[]) {
  const clerk = await county.caller!(['clerk']);
  const create = (input: Record<string, unknown>) => value<MemberRow>(clerk, 'members.create', input);
  const pay = (member: MemberRow, years: number[]) =>
    Promise.all(
      years.map((year) =>
        value(clerk, 'members.dues.collect', { memberId: member.id, year, paidDate: `${year}-10-01` }),
      ),
    );
  const individual = (n: number) => create({ kind: 'individual', personId: people[n], joinDate: `${YEAR - 3}-03-01` });
  await pay(await individual(3), [YEAR - 3]); // lapses on 1 January of the year: two unpaid years
  await pay(await individual(4), [YEAR - 1, YEAR]); // valid
  await create({
    kind: 'youth',
    personId: people[5],
    joinDate: `${YEAR - 2}-09-01`,
    school: '实验小学',
    className: '五(1)班',
  });
  const group = await create({ kind: 'group', unitName: '宿城区人民医院', headcount: 320, joinDate: day('02-01') });
  await pay(group, [YEAR]);
  const setStatus = async (member: MemberRow, status: string, date: string) => {
    const { rowVersion } = await value<MemberRow>(clerk, 'members.get', { id: member.id });
    await value(clerk, 'members.setStatus', { id: member.id, rowVersion, status, date, reason: '本人申请' });
  };
  const withdrawn = await individual(6);
  await pay(withdrawn, [YEAR - 1, YEAR]);
  await setStatus(withdrawn, 'withdrawn', day('04-01'));
  const setLapsed = await individual(7);
  await pay(setLapsed, [YEAR - 1]);
  await setStatus(setLapsed, 'lapsed', day('05-01'));
}

async function trainingYear(county: Office, people: string[]) {
  const ctx = county.ctx(['trainer'], 'report.test');
  const kind = kindIds(ctx, county.code);
  addCourse(
    ctx,
    { kindId: kind.popular!, startDate: day('04-01'), sector: 'community', trainees: people.slice(8, 11) },
    county.code,
  );
  addCourse(ctx, { kindId: kind.popular!, startDate: day('06-01'), sector: 'school', headCount: 40 }, county.code);
  addCourse(
    ctx,
    { kindId: kind.rescuer!, startDate: day('05-01'), sector: 'school', trainees: people.slice(11, 13) },
    county.code,
  );
  const certificate = (n: number, number: string, issueDate: string, expiryDate: string) =>
    addCertificate(ctx, { number, personId: people[n]!, kindId: kind.rescuer!, issueDate, expiryDate }, county.code);
  certificate(11, 'ZS-1', day('05-20'), `${YEAR + 3}-05-19`);
  certificate(12, 'ZS-2', day('05-20'), `${YEAR + 3}-05-19`);
  certificate(13, 'ZS-0', `${YEAR - 4}-03-01`, `${YEAR - 1}-02-28`); // expired before the year
  const trainer = await county.caller!(['trainer']);
  await value(trainer, 'training.targets.set', {
    year: YEAR,
    certifiedTarget: 50,
    popularTarget: null,
    population: 800,
  });
}

function stockYear(county: Office, people: string[]) {
  const stock = reportWarehouse(county.ctx(['warehouse'], 'report.test'), county.ctx(['approver'], 'report.test'));
  const donor = createDonor(county.ctx(['warehouse'], 'report.test'), {
    kind: 'organisation',
    name: '爱心企业',
    anonymous: false,
  });
  const donation = { sourceKind: 'donation', donorId: donor.id } as const;
  const opening = stock.receive(day('01-02'), 5, { sourceKind: 'opening' }, 6000);
  const received = stock.receive(day('02-01'), 10, donation);
  stock.reverse(stock.receive(day('02-02'), 4, donation), day('02-03'));
  stock.issueTo(people[14]!, day('03-01'), received, 2); // the household's head
  stock.issueTo(people[15]!, day('03-02'), received); // their child: the same household
  stock.issueTo(people[16]!, day('03-03'), received); // in no household: counts as a person
  stock.reverse(stock.issueTo(people[17]!, day('03-04'), received), day('03-05'));
  stock.issue(opening, day('03-06'), 1, { destinationKind: 'internal', internalUse: '应急演练' });
}

async function householdYear(county: Office, people: string[]) {
  const clerk = await county.caller!(['clerk']);
  const home = await value<HouseholdDetail>(clerk, 'households.create', {
    headPersonId: people[14],
    attribute: 'general',
    fromDate: '2019-01-01',
  });
  await value(clerk, 'households.members.add', {
    householdId: home.id,
    personId: people[15],
    relation: 'child',
    fromDate: '2019-01-01',
  });
  const other = await value<HouseholdDetail>(clerk, 'households.create', {
    headPersonId: people[18],
    attribute: 'general',
    fromDate: '2019-01-01',
  });
  const file = await value<{ file: { rowVersion: number } }>(clerk, 'households.poverty.save', {
    householdId: home.id,
    mainCause: 'illness',
  });
  await value(clerk, 'households.poverty.setStatus', {
    householdId: home.id,
    rowVersion: file.file.rowVersion,
    status: 'exited',
    date: day('11-01'),
  });
  await value(clerk, 'households.poverty.save', { householdId: other.id, mainCause: 'disability' }); // still assisted
  const ctx = county.ctx(['clerk'], 'report.test');
  const cadre = insertRecord(ctx, householdCadres, county.code, {
    personId: people[16]!,
    unit: '县民政局',
    level: 'county',
    phone: null,
    notes: null,
  });
  const pair = (householdId: string, fromDate: string, toDate: string | null) =>
    insertRecord(ctx, householdPairings, county.code, {
      cadreId: cadre.id,
      householdId,
      fromDate,
      toDate,
      endReason: toDate && '调整',
    });
  pair(home.id, '2020-03-01', null);
  pair(other.id, '2020-03-01', `${YEAR - 1}-06-01`); // ended before the year
  const visit = (visitDate: string, moneyFen: number) =>
    insertRecord(ctx, householdVisits, county.code, {
      householdId: home.id,
      cadreId: cadre.id,
      visitDate,
      found: null,
      done: '慰问',
      moneyFen,
      stockDocumentId: null,
      acknowledged: true,
    });
  visit(day('03-01'), 50_000);
  visit(day('09-15'), 20_000);
  visit(`${YEAR - 1}-12-30`, 10_000); // the year before
}

async function donorYear(county: Office, people: string[]) {
  const keeper = await county.caller!(['donorAdmin']);
  const admin = await county.caller!(['admin']);
  await value(admin, 'donors.settings.setTravel', { travelsToCity: true });
  const register = (personId: string, kind: string, registrationDate: string) =>
    value(keeper, 'donors.register', { personId, kind, registrationDate });
  await register(people[0]!, 'blood', day('03-01'));
  await register(people[1]!, 'blood', day('07-01'));
  await register(people[2]!, 'stemCells', day('08-01'));
  await register(people[3]!, 'organ', `${YEAR - 1}-08-01`); // the year before
}

/** The year written at the county; what each indicator must come to for it. */
export async function generateYear(county: Office) {
  const people = enterPeople(county);
  await volunteerYear(county, people);
  await memberYear(county, people);
  await trainingYear(county, people);
  stockYear(county, people);
  await householdYear(county, people);
  await donorYear(county, people);
  return {
    peopleRegistered: 20,
    volunteers: 2,
    volunteerHours: 7,
    members: 3,
    youthMembers: 1,
    groupMembers: 1,
    membersLapsed: 2,
    popularAttendances: 43,
    certificatesIssued: 2,
    personsWithValidCertificateAtYearEnd: 2,
    certifiedShareOfPopulation: 0.25,
    coursesBySector: { community: 1, rural: 0, school: 2, government: 0, enterprise: 0, family: 0, other: 0, none: 0 },
    stockReceivedValueFen: 80_000,
    stockIssuedValueFen: 4 * 8000 + 6000,
    householdsServed: 2,
    stockValueAtYearEnd: 6 * 8000 + 4 * 6000,
    pairedHouseholds: 1,
    cadres: 1,
    visits: 2,
    assistanceFen: 70_000,
    householdsExited: 1,
    donorRegistrations: { blood: 2, stemCells: 1, organ: 0, body: 0 },
  };
}
