// The audit viewer: filters by user, method, local date range and record id over the real audit_log; labels and
// summaries; admin only; the export as a guarded .xlsx that is itself audited.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditPage } from '@core/audit/methods';
import { ADMIN_PASSWORD, callerFor, officeBackend } from '../support';

async function signedIn() {
  const office = officeBackend();
  const { backend, addUser } = office;
  addUser('clerk1', ['clerk'], 'clerk-pass-1');
  const admin = callerFor(backend.router, 'admin');
  const clerk = callerFor(backend.router, 'clerk');
  await backend.router.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, admin);
  await backend.router.call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, clerk);
  await backend.router.call('office.rename', { name: '=HYPERLINK("x")红十字会' }, admin);
  await backend.router.call(
    'auth.changePassword',
    { currentPassword: 'clerk-pass-1', newPassword: 'clerk-pass-22' },
    clerk,
  );
  const list = async (filter: Record<string, unknown>) => {
    const result = await backend.router.call('audit.list', { utcOffsetMinutes: 480, ...filter }, admin);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as AuditPage;
  };
  return { ...office, admin, clerk, list };
}

describe('audit viewer', () => {
  it('lists newest first with Chinese labels and short summaries, filtered by user, method and record', async () => {
    const { list } = await signedIn();
    const all = await list({});
    expect(all.total).toBe(all.rows.length);
    expect(all.rows.map((r) => r.seq)).toEqual([...all.rows.map((r) => r.seq)].sort((a, b) => b - a));

    const rename = await list({ method: 'office.rename' });
    expect(rename.rows).toHaveLength(1);
    expect(rename.rows[0]).toMatchObject({
      username: 'admin',
      methodLabel: '修改单位名称',
      tableLabel: '本单位',
      recordId: '321302',
      before: '名称: 宿城区红十字会',
      after: '名称: =HYPERLINK("x")红十字会',
    });
    const clerkChange = (await list({ method: 'auth.changePassword' })).rows[0];
    expect(clerkChange?.after).toBe('用户名: clerk1; 修改密码: 是');

    const byClerk = await list({ username: 'clerk' });
    expect(byClerk.rows.map((r) => r.methodLabel)).toEqual(['修改本人密码', '登录']);
    expect(byClerk.rows.every((r) => r.username === 'clerk1')).toBe(true);

    const record = byClerk.rows[0]!.recordId!;
    expect((await list({ recordId: record })).rows.every((r) => r.recordId === record)).toBe(true);
    expect((await list({ username: 'nobody' })).total).toBe(0);
    expect((await list({ username: '%' })).total).toBe(0);
    expect((await list({ offset: 1, limit: 2 })).rows.map((r) => r.seq)).toEqual(
      all.rows.slice(1, 3).map((r) => r.seq),
    );
  });

  it('takes the date range as local days', async () => {
    const { list, store } = await signedIn();
    // 2025-06-30 23:30 in China is 15:30 UTC the same day; 2025-07-01 00:30 in China is 16:30 UTC on 06-30.
    store.sqlite.prepare("UPDATE audit_log SET at = '2025-06-30T15:30:00.000Z' WHERE method = 'office.rename'").run();
    store.sqlite
      .prepare("UPDATE audit_log SET at = '2025-06-30T16:30:00.000Z' WHERE method = 'auth.changePassword'")
      .run();
    expect((await list({ from: '2025-06-30', to: '2025-06-30' })).rows.map((r) => r.method)).toEqual(['office.rename']);
    expect((await list({ from: '2025-07-01', to: '2025-07-01' })).rows.map((r) => r.method)).toEqual([
      'auth.changePassword',
    ]);
    expect((await list({ from: '2025-06-29', to: '2025-07-01' })).total).toBe(2);
  });

  it('is for administrators only', async () => {
    const { backend, clerk } = await signedIn();
    expect(await backend.router.call('audit.list', {}, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await backend.router.call('audit.export', {}, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('exports the filtered view as guarded xlsx, local times, and audits the export', async () => {
    const { backend, admin, list, store } = await signedIn();
    // A user name that a spreadsheet would run as a formula (typed anywhere, it reaches the log).
    store.sqlite.prepare("UPDATE audit_log SET username = '=cmd|x' WHERE method = 'office.rename'").run();
    const result = await backend.router.call('audit.export', { method: 'office.rename', utcOffsetMinutes: 480 }, admin);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const file = result.value as { fileName: string; contentBase64: string; rows: number };
    expect(file.rows).toBe(1);
    expect(file.fileName).toMatch(/^操作日志-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('操作日志')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '时间',
      '用户',
      '操作',
      '数据',
      '记录',
      '修改前',
      '修改后',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(4).value).toBe('修改单位名称');
    expect(row.getCell(8).value).toBe('名称: =HYPERLINK("x")红十字会');
    expect(row.getCell(3).value).toBe('=cmd|x');
    expect(row.getCell(3).numFmt).toBe('@');
    expect(String(row.getCell(2).value)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect((await list({ method: 'audit.export' })).rows).toHaveLength(1);
  });
});
