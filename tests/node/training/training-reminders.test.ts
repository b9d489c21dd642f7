// The expiring list's bounds: 0 and 30 days are DUE_30, 31 and 90 DUE_90, 91 is not listed; expired is listed
// while a 复训 still renews it (the kind's 12 grace months, to the day); revoked, superseded and replaced
// certificates never are. The counts, the holder's phone, the masked ID, and the xlsx call list.
import { describe, expect, it } from 'vitest';
import { localToday } from '@core/stock/office';
import { expiringCertificates } from '@core/training/reminders/expiring';
import { exportExpiringList } from '@core/training/reminders/export';
import { addDays } from '@rules/dates';
import { maskIdNumber } from '@rules/idNumber';
import { addMonths } from '@rules/training/certificateDates';
import { seedPeople } from '../../fixtures/registryPeople';
import { addCertificate, kindIds } from '../../fixtures/trainingRecords';
import { readSheetValues } from '../../fixtures/xlsx';
import { officeBackend } from '../support';

describe('the expiring list', () => {
  it('lists certificates by band, within bounds, with phones; the call list holds them all', async () => {
    const office = officeBackend();
    const admin = office.as(['admin']);
    const kind = kindIds(admin);
    const today = localToday(admin);
    const people = seedPeople(office.store, 14);
    let n = 0;
    const cert = (person: number, expiryDate: string, rest: { revoked?: boolean; previousId?: string } = {}) =>
      addCertificate(admin, {
        number: `E${++n}`,
        personId: people[person]!.id,
        kindId: kind.rescuer!,
        issueDate: addDays(addMonths(expiryDate, -36), 1),
        expiryDate,
        township: person % 2 ? '东街道' : '西乡',
        workUnit: '第一中学',
        ...rest,
      });
    cert(0, today); // E1 DUE_30 (0 days left)
    cert(1, addDays(today, 30)); // E2 DUE_30
    cert(2, addDays(today, 31)); // E3 DUE_90
    cert(3, addDays(today, 90)); // E4 DUE_90
    cert(4, addDays(today, 91)); // not yet
    cert(5, addDays(today, -1)); // E6 EXPIRED, renewable
    cert(6, addMonths(today, -12)); // E7 EXPIRED, renewable through today
    cert(7, addDays(addMonths(today, -12), -1)); // renewable through yesterday: not listed
    cert(8, addDays(today, 10), { revoked: true });
    const replaced = cert(9, addDays(today, 10));
    cert(9, addDays(today, 1200), { previousId: replaced }); // the renewal supersedes it
    cert(10, addDays(today, 5));
    cert(10, addDays(today, 1000)); // a newer certificate of the same kind, not linked
    const list = expiringCertificates(admin);
    expect(list.counts).toEqual({ within30: 2, within90: 4, expiredRenewable: 2 });
    expect(list.rows.map((r) => [r.number, r.band, r.daysLeft])).toEqual([
      ['E7', 'EXPIRED', -daysSince(addMonths(today, -12), today)],
      ['E6', 'EXPIRED', -1],
      ['E1', 'DUE_30', 0],
      ['E2', 'DUE_30', 30],
      ['E3', 'DUE_90', 31],
      ['E4', 'DUE_90', 90],
    ]);
    const first = list.rows.find((r) => r.number === 'E1')!;
    expect(first).toMatchObject({
      name: people[0]!.name,
      mobile: people[0]!.mobile,
      township: '西乡',
      workUnit: '第一中学',
    });
    expect(first.idMasked).toBe(maskIdNumber(people[0]!.idNumber)); // as the people grid masks it
    expect(list.rows.find((r) => r.number === 'E6')!.renewableUntil).toBe(addMonths(addDays(today, -1), 12));
    expect(expiringCertificates(admin, { band: 'DUE_30' }).rows.map((r) => r.number)).toEqual(['E1', 'E2']);
    expect(expiringCertificates(admin, { band: 'DUE_90' }).rows).toHaveLength(4);
    expect(expiringCertificates(admin, { township: '东街道' }).rows.map((r) => r.number)).toEqual(['E6', 'E2', 'E4']);
    const file = await exportExpiringList(admin, {});
    expect(file.rows).toBe(6);
    const sheet = await readSheetValues(Buffer.from(file.contentBase64, 'base64'));
    expect(sheet[2]).toEqual(expect.arrayContaining(['乡镇（街道）', '姓名', '手机号码', '证书编号', '有效期至']));
    expect(sheet.slice(3).map((row) => row[7])).toHaveLength(6);
    expect(JSON.stringify(sheet)).toContain(people[1]!.mobile);
    expect(JSON.stringify(sheet)).not.toContain(people[0]!.idNumber);
  });
});

function daysSince(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
