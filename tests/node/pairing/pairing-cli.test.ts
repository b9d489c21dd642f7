// The CLI's pairing commands print exactly one JSON object: `pairing import FILE [--dry-run]` lists each bad row by
// row, field and code, makes a cadre of a registry person not one yet, and changes a household's cadre keeping the
// history; `pairing overdue [--months N]` lists the pairings not visited for N months with the household (number and
// head, as the grid shows them), the cadre and the last visit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PairingPage } from '@core/pairing/pairings/contract';
import { addDays, addMonths } from '@rules/dates';
import { runCli } from '../cli-support';
import { csv, writeFile } from '../volunteers/volunteer-import-files';
import { idNumberBorn, valueOf } from '../volunteers/volunteer-support';
import { pairingOffice } from './pairing-support';

const CLI_RUNS_TIMEOUT = 300_000;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const HEADER = ['帮扶干部身份证号', '户主身份证号', '结对日期', '工作单位', '单位级别', '联系电话'];
const STRANGER = idNumberBorn('19800101', '771');

describe('the pairing CLI', () => {
  it(
    'imports a pairing list with its row errors, then lists the overdue pairings',
    { timeout: CLI_RUNS_TIMEOUT },
    async () => {
      const office = await pairingOffice(8);
      const dataDir = path.dirname(office.store.file);
      const [headA, headB, headC, newCadre, oldCadre, notHead] = office.people;
      const a = await office.household(headA!.id);
      const b = await office.household(headB!.id);
      const c = await office.household(headC!.id);
      const existing = await office.cadre(oldCadre!.id);
      await office.assign(b.id, existing.id, '2023-01-01');
      const file = writeFile(
        'pairings.csv',
        csv([
          ['结对帮扶名单'],
          HEADER,
          [newCadre!.idNumber, headA!.idNumber, '2024-03-01', '宿迁市财政局', '市直', '0527-84211234'],
          [newCadre!.idNumber, headB!.idNumber, '2024/5/6', '', '', ''],
          [STRANGER, headC!.idNumber, '2024-03-01', '', '', ''],
          [oldCadre!.idNumber, notHead!.idNumber, '2024-03-01', '', '', ''],
          [oldCadre!.idNumber, headC!.idNumber, '2024-13-01', '', '', ''],
          [oldCadre!.idNumber, headA!.idNumber, '2024-03-01', '', '', ''],
          [
            oldCadre!.idNumber.slice(0, 17) + (oldCadre!.idNumber.endsWith('1') ? '2' : '1'),
            headC!.idNumber,
            '2024-03-01',
            '',
            '',
            '',
          ],
          [oldCadre!.idNumber, headC!.idNumber, '2024-03-01', '', '部级', ''],
          [oldCadre!.idNumber, headB!.idNumber, '2022-12-01', '', '', ''],
        ]),
      );
      const errors = [
        { row: 5, field: 'cadreIdNumber', code: 'PAIRING_CADRE_NOT_IN_REGISTRY' },
        { row: 6, field: 'headIdNumber', code: 'PAIRING_HOUSEHOLD_NOT_FOUND' },
        { row: 7, field: 'fromDate', code: 'DATE_IMPOSSIBLE' },
        { row: 8, field: 'headIdNumber', code: 'ID_DUPLICATE_IN_FILE' },
        { row: 9, field: 'cadreIdNumber', code: 'ID_CHECKSUM' },
        { row: 10, field: 'level', code: 'CADRE_LEVEL_UNKNOWN' },
        { row: 11, field: 'headIdNumber', code: 'ID_DUPLICATE_IN_FILE' },
      ];
      const dry = runCli(dataDir, ['pairing', 'import', file, '--dry-run', '--json']);
      expect(dry.status).toBe(1);
      expect(dry.json()).toEqual({ rows: 9, valid: 2, invalid: 7, errors, cadres: 1, pairings: 2, imported: 0 });
      const imported = runCli(dataDir, ['pairing', 'import', file, '--json']);
      expect(imported.status).toBe(1);
      expect(imported.json()).toEqual({ rows: 9, valid: 2, invalid: 7, errors, cadres: 1, pairings: 2, imported: 2 });
      const history = valueOf(
        await office.call<PairingPage>('viewer', 'pairing.pairings.list', {
          householdId: b.id,
          includeEnded: true,
          sort: [{ column: 'fromDate', direction: 'asc' }],
          offset: 0,
          limit: 10,
        }),
      ).rows.map((p) => [p.cadreName, p.fromDate, p.toDate]);
      expect(history).toEqual([
        [oldCadre!.name, '2023-01-01', '2024-05-06'],
        [newCadre!.name, '2024-05-06', null],
      ]);
      const again = writeFile(
        'again.csv',
        csv([HEADER, [newCadre!.idNumber, headA!.idNumber, '2024-03-01', '', '', '']]),
      );
      expect(runCli(dataDir, ['pairing', 'import', again, '--json']).json()).toEqual({
        rows: 1,
        valid: 0,
        invalid: 1,
        errors: [{ row: 2, field: 'headIdNumber', code: 'PAIRING_EXISTS' }],
        cadres: 0,
        pairings: 0,
        imported: 0,
      });

      // Household A visited seven months ago, B two weeks ago, C paired a year ago and never visited.
      const cadreOfA = await office.call<PairingPage>('viewer', 'pairing.pairings.list', {
        householdId: a.id,
        offset: 0,
        limit: 1,
      });
      const newCadreId = valueOf(cadreOfA).rows[0]!.cadreId;
      const sevenMonths = addMonths(today(), -7);
      await office.visit(a.id, newCadreId, sevenMonths);
      await office.visit(b.id, newCadreId, addDays(today(), -14));
      await office.assign(c.id, existing.id, addMonths(today(), -12));
      const overdue = runCli(dataDir, ['pairing', 'overdue', '--json']);
      expect(overdue.status).toBe(0);
      expect(overdue.json()).toEqual({
        // In the order of the place (none here: by household number).
        rows: [
          { household: `${a.number} ${headA!.name}`, cadre: newCadre!.name, lastVisit: sevenMonths },
          { household: `${c.number} ${headC!.name}`, cadre: oldCadre!.name, lastVisit: null },
        ],
      });
      expect(runCli(dataDir, ['pairing', 'overdue', '--months', '8', '--json']).json()).toEqual({
        rows: [{ household: `${c.number} ${headC!.name}`, cadre: oldCadre!.name, lastVisit: null }],
      });
      expect(runCli(dataDir, ['pairing', 'overdue', '--months', '0', '--json']).status).toBe(1);
    },
  );
});
