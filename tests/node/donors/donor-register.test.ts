// The keeper's register: registrations of each kind with their own fields, the stem-cell steps in order, donations
// (blood with millilitres, an organ once), the grid's search, filters and sort, void with a reason - and every
// read of donor records (a grid page, a person's record, an export) audited with who read which records.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DonorDonationRow, DonorPage, DonorPerson, DonorRegistrationRow } from '@core/donors/contract';
import type { ExportedFile, PersonSaveResult } from '@core/people/contract';
import { maskIdNumber } from '@rules/idNumber';
import { donorOffice, valueOf } from './donor-support';

describe('the 三献 register', () => {
  it('keeps a stem-cell volunteer through the matching steps, in order, to the donation', async () => {
    const office = await donorOffice(4);
    const person = office.people[0]!;
    const [stem] = await office.register([person.id], { kind: 'stemCells', sampleDate: '2024-03-01' });
    expect(stem).toMatchObject({ kind: 'stemCells', stage: null, idNumber: maskIdNumber(person.idNumber) });
    const update = (rowVersion: number, patch: Record<string, unknown>) =>
      office.call<DonorRegistrationRow>('keeper', 'donors.update', { id: stem!.id, rowVersion, patch });
    expect(await update(1, { highResolutionDate: '2024-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_STAGE_SKIPPED', details: { field: 'highResolutionDate' } },
    });
    expect(await update(1, { initialMatchDate: '2024-02-01' })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_STAGE_ORDER', details: { field: 'initialMatchDate' } },
    });
    const matched = valueOf(await update(1, { initialMatchDate: '2024-04-02', highResolutionDate: '2024-05-01' }));
    expect(matched.stage).toBe('highResolution');
    const refused = await office.call('keeper', 'donors.donations.add', {
      registrationId: stem!.id,
      donationDate: '2024-06-01',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DONOR_DONATION_BEFORE_EXAM' } });
    const examined = valueOf(await update(2, { medicalExamDate: '2024-05-20' }));
    expect(examined.stage).toBe('medicalExam');
    valueOf(
      await office.call('keeper', 'donors.donations.add', {
        registrationId: stem!.id,
        donationDate: '2024-06-01',
        place: '省人民医院',
      }),
    );
    const view = valueOf(await office.call<DonorPerson>('keeper', 'donors.person', { personId: person.id }));
    expect(view.registrations[0]).toMatchObject({ stage: 'donated', donations: 1, lastDonationDate: '2024-06-01' });
    expect(view.donations).toMatchObject([{ kind: 'stemCells', donationDate: '2024-06-01', amountMl: null }]);
  });

  it('adds a person the registry lacks, then registers them', async () => {
    const office = await donorOffice(2);
    const saved = valueOf(
      await office.call<PersonSaveResult>('keeper', 'donors.addPerson', {
        person: { name: '赵献血', idNumber: '110101199003074514', mobile: '13800000000' },
      }),
    );
    expect(saved.person).toMatchObject({ name: '赵献血', idNumber: maskIdNumber('110101199003074514') });
    const [row] = await office.register([saved.person.id]);
    expect(row).toMatchObject({ name: '赵献血', kind: 'blood' });
    expect(office.audited('people.create')).toMatchObject([{ username: 'keeper', tableName: 'people' }]);
  });

  it('refuses what a registration of its kind does not hold, and a second live one of a kind', async () => {
    const office = await donorOffice(4);
    const personId = office.people[1]!.id;
    const register = (fields: Record<string, unknown>) =>
      office.call('keeper', 'donors.register', { personId, registrationDate: '2024-03-01', ...fields });
    expect(await register({ kind: 'blood', sampleDate: '2024-03-02' })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_FIELD_NOT_FOR_KIND', details: { field: 'sampleDate' } },
    });
    expect(await register({ kind: 'organ', familyConsent: true })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_CONSENT_BY_REQUIRED' },
    });
    expect(await register({ kind: 'organ', registrationDate: '2199-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_DATE_FUTURE' },
    });
    const organ = valueOf(
      await register({ kind: 'organ', registrationNumber: 'QG-1', familyConsent: true, consentBy: '儿子 王强' }),
    ) as DonorRegistrationRow;
    expect(organ).toMatchObject({ familyConsent: true, consentBy: '儿子 王强', registrationNumber: 'QG-1' });
    expect(await register({ kind: 'organ' })).toMatchObject({ ok: false, error: { code: 'DONOR_ALREADY_REGISTERED' } });
    expect(valueOf(await register({ kind: 'blood' }))).toMatchObject({ kind: 'blood' });
    valueOf(
      await office.call('keeper', 'donors.donations.add', { registrationId: organ.id, donationDate: '2024-09-01' }),
    );
    expect(
      await office.call('keeper', 'donors.donations.add', { registrationId: organ.id, donationDate: '2024-09-02' }),
    ).toMatchObject({ ok: false, error: { code: 'DONOR_DONATED_ONCE' } });
    valueOf(await office.call('keeper', 'donors.void', { id: organ.id, reason: '本人撤回登记' }));
    expect(valueOf(await register({ kind: 'organ' }))).toMatchObject({ kind: 'organ', donations: 0 });
  });

  it('records blood donations in millilitres, voids one with its reason, and sums the live ones', async () => {
    const office = await donorOffice(4);
    const [blood] = await office.register([office.people[2]!.id]);
    const add = (input: Record<string, unknown>) =>
      office.call<DonorDonationRow>('keeper', 'donors.donations.add', { registrationId: blood!.id, ...input });
    expect(await add({ donationDate: '2024-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_AMOUNT_REQUIRED' },
    });
    expect(await add({ donationDate: '2024-04-01', amountMl: 1200 })).toMatchObject({
      ok: false,
      error: { code: 'DONOR_AMOUNT_RANGE', details: { max: 800 } },
    });
    valueOf(await add({ donationDate: '2024-04-01', amountMl: 400 }));
    const mistaken = valueOf(await add({ donationDate: '2024-08-01', amountMl: 300 }));
    valueOf(await add({ donationDate: '2025-01-10', amountMl: 200 }));
    valueOf(await office.call('keeper', 'donors.donations.void', { id: mistaken.id, reason: '重复录入' }));
    const view = valueOf(await office.call<DonorPerson>('keeper', 'donors.person', { personId: blood!.personId }));
    expect(view.registrations[0]).toMatchObject({ donations: 2, bloodMl: 600, lastDonationDate: '2025-01-10' });
    expect(view.donations.map((d) => [d.donationDate, d.voided, d.voidReason])).toEqual([
      ['2025-01-10', false, null],
      ['2024-04-01', false, null],
      ['2024-08-01', true, '重复录入'],
    ]);
  });

  it('finds registrations by name, pinyin and ID tail, filters by kind and step, sorts by the last donation', async () => {
    const office = await donorOffice(12);
    const [a, b, c] = office.people;
    const rows = await office.register([a!.id, b!.id]);
    await office.register([c!.id], { kind: 'stemCells', sampleDate: '2024-03-01', initialMatchDate: '2024-04-01' });
    valueOf(
      await office.call('keeper', 'donors.donations.add', {
        registrationId: rows[1]!.id,
        donationDate: '2024-05-01',
        amountMl: 400,
      }),
    );
    valueOf(
      await office.call('keeper', 'donors.donations.add', {
        registrationId: rows[0]!.id,
        donationDate: '2024-07-01',
        amountMl: 200,
      }),
    );
    const list = async (query: Record<string, unknown>) =>
      valueOf(await office.call<DonorPage>('keeper', 'donors.list', { offset: 0, limit: 50, ...query }));
    expect((await list({ search: a!.name })).rows.map((r) => r.personId)).toContain(a!.id);
    expect((await list({ search: a!.idNumber.slice(-4) })).rows.map((r) => r.personId)).toContain(a!.id);
    expect((await list({ kind: 'stemCells' })).rows.map((r) => r.personId)).toEqual([c!.id]);
    expect((await list({ stage: 'initialMatch' })).rows.map((r) => r.personId)).toEqual([c!.id]);
    expect((await list({ stage: 'highResolution' })).total).toBe(0);
    const byLast = await list({ kind: 'blood', sort: [{ column: 'lastDonationDate', direction: 'desc' }] });
    expect(byLast.rows.map((r) => r.personId)).toEqual([a!.id, b!.id]);
    expect(byLast.rows.every((r) => r.idNumber.includes('*'))).toBe(true);
  });

  it('audits every grid page, person view and export with who read which records', async () => {
    const office = await donorOffice(6);
    const rows = await office.register(office.people.slice(0, 3).map((p) => p.id));
    const page = valueOf(await office.call<DonorPage>('keeper', 'donors.list', { offset: 0, limit: 2 }));
    valueOf(await office.call<DonorPage>('keeper', 'donors.list', { offset: 2, limit: 2 }));
    expect(office.audited('donors.list')).toEqual([
      {
        username: 'keeper',
        tableName: 'donor_registrations',
        recordId: null,
        after: { offset: 0, registrationIds: page.rows.map((r) => r.id) },
      },
      expect.objectContaining({ after: { offset: 2, registrationIds: [expect.any(String)] } }),
    ]);
    const donation = valueOf(
      await office.call<DonorDonationRow>('keeper', 'donors.donations.add', {
        registrationId: rows[0]!.id,
        donationDate: '2024-05-01',
        amountMl: 400,
      }),
    );
    valueOf(await office.call('keeper', 'donors.person', { personId: rows[0]!.personId }));
    expect(office.audited('donors.person')).toEqual([
      {
        username: 'keeper',
        tableName: 'donor_registrations',
        recordId: null,
        after: { personId: rows[0]!.personId, registrationIds: [rows[0]!.id], donationIds: [donation.id] },
      },
    ]);

    const file = valueOf(await office.call<ExportedFile>('keeper', 'donors.export', { kind: 'blood' }));
    expect(file.rows).toBe(3);
    expect(office.audited('donors.export')).toEqual([
      expect.objectContaining({
        username: 'keeper',
        after: expect.objectContaining({
          export: true,
          rows: 3,
          registrationIds: expect.arrayContaining(rows.map((r) => r.id)),
        }),
      }),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).value).toBe('身份证号码');
    const ids = [2, 3, 4].map((n) => String(sheet.getRow(n).getCell(3).value));
    expect(ids.every((id) => id.includes('*'))).toBe(true);
    expect(ids).toContain(maskIdNumber(office.people[0]!.idNumber));
  });
});
