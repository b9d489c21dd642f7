// The 三献 register is seen only by who holds 三献管理员 by name: every donor method refuses everyone else - an
// administrator included, with a sentence saying how to get the role - until an administrator grants it (to
// themself too), which is audited as any role change. The statistics are for every role and name nobody; the
// people registry and the audit viewer give no hint of who is registered.
import { describe, expect, it } from 'vitest';
import { contract } from '@api/contract';
import { errorSentence } from '@api/messages/errorSentence';
import type { AuditPage } from '@core/audit/methods';
import type { DonorStats } from '@core/donors/contract';
import type { PeoplePage, PersonRow } from '@core/people/contract';
import { hasRole, maySeeDonors, ROLES } from '@rules/roles';
import { donorOffice, valueOf } from './donor-support';

/** A valid input for each donor method, so a refusal is about who calls, never about what is sent. */
function inputs(personId: string, registrationId: string): Record<string, unknown> {
  return {
    'donors.list': { offset: 0, limit: 50 },
    'donors.person': { personId },
    'donors.findPeople': { search: 'wang' },
    'donors.addPerson': { person: { name: '张三', idNumber: '110101199003074514' } },
    'donors.register': { personId, kind: 'organ', registrationDate: '2024-05-01' },
    'donors.update': { id: registrationId, rowVersion: 1, patch: { place: '县红十字会' } },
    'donors.void': { id: registrationId, reason: '登记错误' },
    'donors.donations.add': { registrationId, donationDate: '2024-06-01', amountMl: 400 },
    'donors.donations.void': { id: registrationId, reason: '录入错误' },
    'donors.export': {},
  };
}
const OPEN_TO_OTHERS = ['donors.stats', 'donors.settings.get', 'donors.settings.setTravel'];

describe('who sees the 三献 register', () => {
  it('needs the role held by name: admin may do everything else, not this', () => {
    expect(maySeeDonors(['donorAdmin'])).toBe(true);
    expect(maySeeDonors(['admin'])).toBe(false);
    expect(maySeeDonors(['clerk', 'viewer', 'approver', 'warehouse', 'trainer'])).toBe(false);
    expect(hasRole(['admin'], ['clerk'])).toBe(true);
    expect(ROLES).toContain('donorAdmin');
  });

  it('refuses every donor method to an administrator without the role, with a sentence saying what to do', async () => {
    const office = await donorOffice(4);
    const [registration] = await office.register([office.people[0]!.id]);
    const asked = inputs(office.people[1]!.id, registration!.id);
    const donorMethods = Object.keys(contract).filter((m) => m.startsWith('donors.'));
    expect(donorMethods.filter((m) => !OPEN_TO_OTHERS.includes(m)).sort()).toEqual(Object.keys(asked).sort());
    for (const [method, input] of Object.entries(asked)) {
      expect(await office.call('admin', method, input), method).toMatchObject({
        ok: false,
        error: { code: 'DONORS_ROLE_REQUIRED' },
      });
      for (const user of ['clerk', 'viewer', 'storekeeper'])
        expect(await office.call(user, method, input), `${user} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
    }
    expect(errorSentence('DONORS_ROLE_REQUIRED', {}, 'zh-CN')).toContain('三献管理员');
    expect(office.audited('donors.list')).toEqual([]);
    expect(office.audited('donors.person')).toEqual([]);
  });

  it('opens to an administrator who grants themself the role, and the grant is audited', async () => {
    const office = await donorOffice(4);
    await office.register([office.people[0]!.id]);
    const users = valueOf(await office.call<{ id: string; username: string }[]>('admin', 'users.list', {}));
    const admin = users.find((u) => u.username === 'admin')!;
    valueOf(await office.call('admin', 'users.update', { id: admin.id, roles: ['admin', 'donorAdmin'] }));
    const page = valueOf(await office.call<{ total: number }>('admin', 'donors.list', { offset: 0, limit: 50 }));
    expect(page.total).toBe(1);
    const grant = office.audited('users.update').at(-1)!;
    expect(grant).toMatchObject({ username: 'admin', recordId: admin.id, after: { roles: 'admin,donorAdmin' } });
  });

  it('gives every role the statistics, counts only, and nobody without the role any registration', async () => {
    const office = await donorOffice(6);
    const [blood] = await office.register(office.people.slice(0, 3).map((p) => p.id));
    valueOf(
      await office.call('keeper', 'donors.donations.add', {
        registrationId: blood!.id,
        donationDate: '2024-06-01',
        amountMl: 400,
      }),
    );
    await office.register([office.people[3]!.id], { kind: 'organ', registrationNumber: 'QG-2024-0007' });
    for (const user of ['viewer', 'clerk', 'storekeeper', 'admin', 'keeper']) {
      const stats = valueOf(await office.call<DonorStats>(user, 'donors.stats', {}));
      expect(stats.live).toEqual({ blood: 3, stemCells: 0, organ: 1, body: 0 });
      expect(stats.years).toEqual([
        { year: 2024, kind: 'blood', registrations: 3, donations: 1, bloodMl: 400 },
        { year: 2024, kind: 'organ', registrations: 1, donations: 0, bloodMl: 0 },
      ]);
      const text = JSON.stringify(stats);
      for (const person of office.people.slice(0, 4)) {
        expect(text).not.toContain(person.name);
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.idNumber.slice(-4));
      }
      expect(text).not.toContain('QG-2024-0007');
      expect(text).not.toContain('2024-03-01');
    }
  });

  it('leaves the people registry as it was: its search and person view show no sign of a registration', async () => {
    const office = await donorOffice(6);
    const person = office.people[2]!;
    const before = {
      row: valueOf(await office.call<PersonRow>('clerk', 'people.get', { id: person.id })),
      page: valueOf(
        await office.call<PeoplePage>('clerk', 'people.list', { search: person.name, offset: 0, limit: 20 }),
      ),
      viewer: valueOf(await office.call<PeoplePage>('viewer', 'people.list', { offset: 0, limit: 50 })),
    };
    await office.register([person.id], { kind: 'body', familyConsent: true, consentBy: '妻子 李红' });
    const after = {
      row: valueOf(await office.call<PersonRow>('clerk', 'people.get', { id: person.id })),
      page: valueOf(
        await office.call<PeoplePage>('clerk', 'people.list', { search: person.name, offset: 0, limit: 20 }),
      ),
      viewer: valueOf(await office.call<PeoplePage>('viewer', 'people.list', { offset: 0, limit: 50 })),
    };
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toMatch(/donor|三献|遗体/);
  });

  it('shows an administrator without the role that the register was used, never on whom or what', async () => {
    const office = await donorOffice(4);
    const person = office.people[1]!;
    const [registration] = await office.register([person.id], { kind: 'organ', registrationNumber: 'QG-0099' });
    valueOf(await office.call('keeper', 'donors.person', { personId: person.id }));
    const shown = (page: AuditPage) => page.rows.filter((r) => r.tableName === 'donor_registrations');
    const forAdmin = shown(valueOf(await office.call<AuditPage>('admin', 'audit.list', { limit: 500 })));
    expect(forAdmin.map((r) => r.methodLabel)).toEqual(['查看个人三献记录', '新增三献登记']);
    for (const row of forAdmin) {
      expect(row).toMatchObject({ recordId: null, before: '', after: '（三献登记，仅三献管理员可见）' });
    }
    const byPerson = valueOf(await office.call<AuditPage>('admin', 'audit.list', { recordId: person.id }));
    expect(byPerson.rows).toEqual([]);
    const users = valueOf(await office.call<{ id: string; username: string }[]>('admin', 'users.list', {}));
    const admin = users.find((u) => u.username === 'admin')!;
    valueOf(await office.call('admin', 'users.update', { id: admin.id, roles: ['admin', 'donorAdmin'] }));
    const forKeeper = shown(valueOf(await office.call<AuditPage>('admin', 'audit.list', { limit: 500 })));
    expect(forKeeper.find((r) => r.method === 'donors.register')).toMatchObject({ recordId: registration!.id });
    expect(forKeeper.find((r) => r.method === 'donors.register')!.after).toContain('kind: organ');
  });
});
