// People export: the grid's view to .xlsx, ID numbers as text cells, masked unless revealed by a user
// who may; every export audited; a revealed export imported again finds every row a duplicate.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { exportPeople } from '@core/people/export';
import { commitImportJob } from '@core/people/import/jobs';
import { listPeople } from '@core/people/query';
import type { Store } from '@db/open';
import type { Role } from '@rules/roles';
import { generatePeople } from '../../fixtures/people';
import { PEOPLE_HEADER, personCells, workbookBuffer } from '../../fixtures/xlsx';
import { ADMIN_PASSWORD, officeBackend, callerFor } from '../support';
import { readyImport } from './people-import-support';

async function registryOf(count: number) {
  const office = officeBackend();
  const ctx = office.as(['clerk'], 'people.importCommit');
  const { jobId } = await readyImport(
    ctx,
    'seed.xlsx',
    await workbookBuffer([PEOPLE_HEADER, ...generatePeople(count, 77).map(personCells)]),
  );
  await commitImportJob(ctx, jobId, 'allOrNothing');
  return office;
}

async function sheetOf(contentBase64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function idCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) cells.push(row.getCell(3));
  });
  return cells;
}

const storedIds = (store: Store) => store.sqlite.prepare('SELECT id_number FROM people').pluck().all() as string[];
const exporter = (as: (roles: Role[], method?: string) => CoreContext, roles: Role[]) => as(roles, 'people.export');

describe('people export', () => {
  it('writes ID numbers as masked text by default and in full when an admin or clerk reveals them', async () => {
    const { as, store } = await registryOf(40);
    const masked = await exportPeople(exporter(as, ['clerk']), { revealIds: false });
    expect(masked.rows).toBe(40);
    expect(masked.fileName).toMatch(/^人员库-\d{8}-\d{4}\.xlsx$/);
    const maskedSheet = await sheetOf(masked.contentBase64);
    expect((maskedSheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '姓名',
      '性别',
      '身份证号码',
      '手机号码',
      '固定电话',
      '乡镇(街道)',
      '村(社区)',
      '工作单位',
      '备注',
    ]);
    for (const cell of idCells(maskedSheet)) {
      expect(cell.value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(cell.numFmt).toBe('@');
    }

    for (const roles of [['admin'], ['clerk']] as Role[][]) {
      const revealed = await exportPeople(exporter(as, roles), { revealIds: true });
      const cells = idCells(await sheetOf(revealed.contentBase64));
      expect(cells.every((c) => typeof c.value === 'string' && c.numFmt === '@')).toBe(true);
      expect(cells.map((c) => c.value).sort()).toEqual(storedIds(store).sort());
    }

    await expect(exportPeople(exporter(as, ['viewer']), { revealIds: true })).rejects.toMatchObject({
      code: 'EXPORT_REVEAL_FORBIDDEN',
    });
    expect((await exportPeople(exporter(as, ['viewer']), { revealIds: false })).rows).toBe(40);

    const audit = store.sqlite
      .prepare(`SELECT username, after FROM audit_log WHERE method = 'people.export' ORDER BY seq`)
      .all() as { username: string; after: string }[];
    expect(audit.map((a) => [a.username, JSON.parse(a.after).revealIds, JSON.parse(a.after).rows])).toEqual([
      ['user-clerk', false, 40],
      ['user-admin', true, 40],
      ['user-clerk', true, 40],
      ['user-viewer', false, 40],
    ]);
  });

  it('exports exactly the grid view: its filters and sort', async () => {
    const { as } = await registryOf(120);
    const ctx = exporter(as, ['clerk']);
    const township = listPeople(ctx, { offset: 0, limit: 1 }).rows[0]!.township!;
    const query = { township, sort: [{ column: 'name' as const, direction: 'desc' as const }] };
    const view = listPeople(ctx, { ...query, offset: 0, limit: 1000 }).rows;
    const exported = await exportPeople(ctx, { ...query, revealIds: false });
    const rows: unknown[][] = [];
    (await sheetOf(exported.contentBase64)).eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1, 4));
    });
    expect(rows).toEqual(view.map((p) => [p.name, p.gender === 'M' ? '男' : '女', p.idNumber]));
    expect(exported.rows).toBe(view.length);
    expect(view.length).toBeLessThan(120);
  });

  it('round trip: a revealed export imported again finds every row a duplicate, with identical ID numbers', async () => {
    const { as, store } = await registryOf(60);
    const exported = await exportPeople(exporter(as, ['admin']), { revealIds: true });
    const { preview } = await readyImport(
      as(['clerk']),
      exported.fileName,
      Buffer.from(exported.contentBase64, 'base64'),
    );
    expect(preview).toMatchObject({ rows: 60, valid: 0, invalid: 60, duplicates: 60 });
    expect(preview.issues.every((i) => i.code === 'ID_DUPLICATE')).toBe(true);
    const existing = new Map(
      (store.sqlite.prepare('SELECT id, id_number FROM people').all() as { id: string; id_number: string }[]).map(
        (r) => [r.id, r.id_number],
      ),
    );
    const exportedIds = idCells(await sheetOf(exported.contentBase64)).map((c) => c.value);
    expect(preview.issues.map((i) => existing.get(i.details!.existingId as string))).toEqual(exportedIds);
  });

  it('serves import and export through the router, for signed-in clerks only', async () => {
    const { backend, addUser } = await registryOf(5);
    addUser('clerk1', ['clerk'], 'clerk-pass-1');
    addUser('viewer1', ['viewer'], 'viewer-pass-1');
    const call = (method: string, input: unknown, sessionKey: string) =>
      backend.router.call(method, input, callerFor(backend.router, sessionKey));
    await call('auth.login', { username: 'clerk1', password: 'clerk-pass-1' }, 'c');
    await call('auth.login', { username: 'viewer1', password: 'viewer-pass-1' }, 'v');
    await call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, 'a');

    const exported = await call('people.export', { revealIds: true }, 'a');
    expect(exported).toMatchObject({ ok: true, value: { rows: 5 } });
    expect(await call('people.export', { revealIds: true }, 'v')).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_REVEAL_FORBIDDEN' },
    });
    const content = (exported as { value: { contentBase64: string } }).value.contentBase64;
    expect(await call('people.importStart', { fileName: 'x.xlsx', contentBase64: content }, 'v')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const started = await call('people.importStart', { fileName: 'x.xlsx', contentBase64: content }, 'c');
    const jobId = (started as { value: { jobId: string } }).value.jobId;
    let status = await call('people.importStatus', { jobId }, 'c');
    while ((status as { value: { phase: string } }).value.phase !== 'ready') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await call('people.importStatus', { jobId }, 'c');
    }
    expect(status).toMatchObject({ ok: true, value: { preview: { rows: 5, duplicates: 5 } } });
    expect(await call('people.importStatus', { jobId }, 'a')).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_JOB_NOT_FOUND' },
    });
    expect(await call('people.importCommit', { jobId, mode: 'validOnly' }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_NOTHING_VALID' },
    });
    expect(await call('people.importCancel', { jobId }, 'c')).toMatchObject({
      ok: true,
      value: { phase: 'cancelled' },
    });
  });
});
