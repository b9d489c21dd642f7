// The legacy certificate register import: every error code with its row and field, people matched by ID number
// or added (a 15-digit number converted), dates in every form, the dry run changing nothing, the import in one
// transaction, and the CLI's object.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLegacyCertificates } from '@core/training/legacy/import';
import { generatePeople } from '../../fixtures/people';
import { seedPeople } from '../../fixtures/registryPeople';
import { addCertificate, kindIds } from '../../fixtures/trainingRecords';
import { runCli } from '../cli-support';
import { officeBackend, tempDir } from '../support';
import { legacyRegister, legacyWorkbook } from './training-legacy-support';

function office() {
  const o = officeBackend();
  const admin = o.as(['trainer'], 'training.legacy.import');
  const [registered] = seedPeople(o.store, 1);
  addCertificate(admin, {
    number: 'OLD-1',
    personId: registered!.id,
    kindId: kindIds(admin).rescuer!,
    issueDate: '2020-01-01',
    expiryDate: '2022-12-31',
  });
  return { ...o, admin, registered: registered! };
}

const counts = (o: ReturnType<typeof office>) =>
  o.store.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM training_certificates) AS certificates,
      (SELECT count(*) FROM change_journal) AS journal, (SELECT count(*) FROM audit_log) AS audit`,
    )
    .get();

describe('legacy certificate register import', () => {
  it('lists every bad row with its field and code; a dry run changes nothing', async () => {
    const o = office();
    const register = legacyRegister(o.registered.idNumber);
    const bytes = await legacyWorkbook(register.rows);
    const before = counts(o);
    const result = await importLegacyCertificates(o.admin, { fileName: '台账.xlsx', bytes, dryRun: true });
    expect(result).toMatchObject({ headerRow: 2, rows: 14, valid: 5, invalid: 9, imported: 0 });
    expect(result.errors).toEqual(register.errors);
    expect(result).toMatchObject({ peopleMatched: 1, peopleAdded: 3 });
    expect(
      result.preview.map((r) => [r.row, r.certificateNumber, r.kindName, r.issueDate, r.expiryDate, r.person]),
    ).toEqual([
      [3, 'L-0001', '救护员', '2023-05-06', '2026-05-05', 'added'],
      [4, 'L-0002', '救护员', '2023-05-06', '2026-05-05', 'matched'],
      [5, 'L-0003', '初级救护员', '2023-05-06', '2026-05-05', 'added'],
      [6, 'L-0004', '初级救护员', '2022-11-30', '2025-11-29', 'added'],
      [16, 'L-0014', '救护师资', '2024-01-02', '2027-01-01', 'added'],
    ]);
    expect(counts(o)).toEqual(before);
  });

  it('imports the valid rows in one transaction: people added once, known people matched, numbers as written', async () => {
    const o = office();
    const register = legacyRegister(o.registered.idNumber);
    const bytes = await legacyWorkbook(register.rows);
    const before = counts(o) as { people: number; certificates: number; audit: number };
    const result = await importLegacyCertificates(o.admin, { fileName: '台账.xlsx', bytes });
    expect(result).toMatchObject({ valid: 5, invalid: 9, imported: 5, peopleAdded: 3, peopleMatched: 1 });
    expect(counts(o)).toMatchObject({
      people: before.people + 3,
      certificates: before.certificates + 5,
      audit: before.audit + 1,
    });
    const stored = o.store.sqlite
      .prepare(
        `SELECT c.number, c.source, c.issue_date AS issueDate, c.expiry_date AS expiryDate, c.township, c.sector,
          p.id_number AS idNumber, p.id_converted AS converted
        FROM training_certificates c JOIN people p ON p.id = c.person_id WHERE c.number LIKE 'L-%' ORDER BY c.number`,
      )
      .all() as Record<string, unknown>[];
    expect(stored.map((r) => r.number)).toEqual(['L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0014']);
    expect(stored.every((r) => r.source === 'legacy')).toBe(true);
    expect(stored[0]).toMatchObject({ township: '西湖镇', sector: 'school', idNumber: register.people.a.idNumber });
    expect(stored[1]).toMatchObject({ idNumber: o.registered.idNumber, sector: 'community' });
    expect(stored[2]).toMatchObject({ idNumber: '321302199003074423', converted: 1 });
    expect(stored[4]!.idNumber).toBe(stored[0]!.idNumber);
    // The same file again: every number is registered now, so nothing is written twice.
    const again = await importLegacyCertificates(o.admin, { fileName: '台账.xlsx', bytes });
    expect(again).toMatchObject({ valid: 0, imported: 0 });
  });

  it('links each 复训 row to the certificate it renews, held already or earlier in the file, editing neither', async () => {
    const o = office();
    const [q] = generatePeople(1, 41);
    const row = (n: number, name: string, idNumber: string, kind: string, issued: string) => [
      n,
      name,
      null,
      idNumber,
      `R-${n}`,
      kind,
      issued,
      null,
      null,
      null,
      null,
    ];
    const bytes = await legacyWorkbook([
      row(1, '张三', o.registered.idNumber, '救护员复训', '2023-01-10'),
      row(2, q!.name, q!.idNumber, '复训', '2024-03-01'),
      row(3, q!.name, q!.idNumber, '救护员', '2018-03-01'),
      row(4, q!.name, q!.idNumber, '救护员复训', '2021-03-01'),
    ]);
    const oldRow = o.store.sqlite.prepare("SELECT * FROM training_certificates WHERE number = 'OLD-1'").get();
    expect(await importLegacyCertificates(o.admin, { fileName: '复训.xlsx', bytes })).toMatchObject({ imported: 4 });
    const renews = Object.fromEntries(
      (
        o.store.sqlite
          .prepare(
            `SELECT c.number, p.number AS previous FROM training_certificates c
             LEFT JOIN training_certificates p ON p.id = c.previous_id WHERE c.number LIKE 'R-%'`,
          )
          .all() as { number: string; previous: string | null }[]
      ).map((r) => [r.number, r.previous]),
    );
    expect(renews).toEqual({ 'R-1': 'OLD-1', 'R-2': 'R-4', 'R-3': null, 'R-4': 'R-3' });
    expect(o.store.sqlite.prepare("SELECT * FROM training_certificates WHERE number = 'OLD-1'").get()).toEqual(oldRow);
  });

  it('writes nothing when one certificate fails to go in', async () => {
    const o = office();
    const bytes = await legacyWorkbook(legacyRegister(o.registered.idNumber).rows);
    o.store.sqlite.exec(
      `CREATE TRIGGER refuse_fourth BEFORE INSERT ON training_certificates WHEN NEW.number = 'L-0004'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const before = counts(o);
    await expect(importLegacyCertificates(o.admin, { fileName: '台账.xlsx', bytes })).rejects.toThrow('refused');
    expect(counts(o)).toEqual(before);
  });

  it('the CLI prints rows, valid, invalid, errors and imported, and exits 1 when a row is wrong', async () => {
    const o = office();
    const file = path.join(tempDir(), '台账.xlsx');
    fs.writeFileSync(file, await legacyWorkbook(legacyRegister(o.registered.idNumber).rows));
    const run = runCli(o.backend.dataDir, ['training', 'import-certificates', file, '--dry-run', '--json']);
    expect(run.status).toBe(1);
    const printed = run.json();
    expect(Object.keys(printed)).toEqual(['rows', 'valid', 'invalid', 'errors', 'imported']);
    expect(printed).toMatchObject({ rows: 14, valid: 5, invalid: 9, imported: 0 });
    expect((printed.errors as unknown[])[0]).toEqual({ row: 7, field: 'idNumber', code: 'ID_CHECKSUM' });
  });
});
