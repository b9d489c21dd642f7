// The service-record proof register: a proof certifies the approved hours and activities of a period, is numbered
// per office and year, keeps what it certified although later hours are approved, and is voided with a reason.
import { describe, expect, it } from 'vitest';
import type { ProofPage, ProofRow } from '@core/volunteers/proofs/contract';
import type { ServiceEntryResult } from '@core/volunteers/service/contract';
import { valueOf, volunteerOffice } from './volunteer-support';

describe('service-record proofs', () => {
  it('numbers proofs per year, certifies approved hours only, and lists them in the register', async () => {
    const office = await volunteerOffice(2);
    const [v] = await office.register([office.people[0]!.id]);
    const enter = async (date: string, name: string, hours: number) =>
      valueOf(
        await office.call<ServiceEntryResult>('clerk', 'volunteers.service.enter', {
          activity: { name, date },
          volunteerIds: [v!.id],
          duration: { hours },
          backfillReason: '纸质台账补录',
        }),
      );
    const approved = [await enter('2025-04-01', '植树活动', 3), await enter('2025-05-01', '敬老院义诊', 4.5)];
    await enter('2025-06-01', '防汛值守', 8); // pending: not certified
    valueOf(
      await office.call('head', 'volunteers.service.decide', {
        ids: approved.flatMap((e) => e.recordIds),
        decision: 'approve',
      }),
    );
    const input = {
      volunteerId: v!.id,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      personInCharge: '张会长',
      handler: '李文员',
      issueDate: '2026-01-05',
    };
    expect(await office.call('viewer', 'volunteers.proofs.issue', input)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const proof = valueOf(await office.call<ProofRow>('clerk', 'volunteers.proofs.issue', input));
    expect(proof).toMatchObject({
      number: '321302VZ20260001',
      volunteerNumber: v!.number,
      name: v!.name,
      halfHours: 15,
      content: '植树活动、敬老院义诊',
      issuerName: '宿城区红十字会',
      personInCharge: '张会长',
      handler: '李文员',
      issueDate: '2026-01-05',
    });
    expect(proof.idNumber).toContain('*');
    const second = valueOf(await office.call<ProofRow>('clerk', 'volunteers.proofs.issue', input));
    expect(second.number).toBe('321302VZ20260002');
    valueOf(await office.call('clerk', 'volunteers.proofs.void', { id: second.id, reason: '重复出具' }));
    expect(
      await office.call('clerk', 'volunteers.proofs.issue', {
        ...input,
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
      }),
    ).toMatchObject({ ok: false, error: { code: 'PROOF_NO_HOURS' } });
    const register = valueOf(
      await office.call<ProofPage>('viewer', 'volunteers.proofs.list', { year: 2026, offset: 0, limit: 50 }),
    );
    expect(register).toMatchObject({ total: 1, rows: [{ number: '321302VZ20260001', halfHours: 15 }] });
    const all = valueOf(
      await office.call<ProofPage>('viewer', 'volunteers.proofs.list', { includeVoided: true, offset: 0, limit: 50 }),
    );
    expect(all.rows.map((r) => [r.number, r.voided])).toEqual([
      ['321302VZ20260002', true],
      ['321302VZ20260001', false],
    ]);
  });
});
