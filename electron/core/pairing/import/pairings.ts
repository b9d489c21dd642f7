// 导入结对名单: a list of (cadre ID number, household head ID number, from date) read from any workbook or CSV. A
// cadre is a person of the registry (made a cadre when not one yet, with the row's unit, level and phone); the
// household is the live one that person heads in the office. A household already held by the same cadre, or by
// another from a later date, is a row error; one held by another cadre from an earlier date changes cadre (that
// pairing ends on the row's date). A household named twice is an error on its second row. Unless a dry run, the
// valid rows are written in one transaction.
import { householdCadres, householdPairings } from '@db/schema';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { registeredPeople } from '../../people/registered';
import { recordInserter, updateRecords } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import { findPairingHeader, pairingColumns, REQUIRED_COLUMNS } from './columns';
import type { PairingImportError, PairingImportResult } from './contract';
import { checkPairingRow, type PairingImportRow } from './rows';

const ERRORS_LISTED = 5000;

/** The live households of the office whose heads have these ID numbers, with the pairing holding each now. */
const HOUSEHOLDS_OF_HEADS = tupleRead<
  [headIdNumber: string, householdId: string, pairingId: string | null, cadreId: string | null, fromDate: string | null]
>(
  `SELECT p.id_number, h.id, pr.id, pr.cadre_id, pr.from_date FROM households h JOIN people p ON p.id = h.head_person_id
   LEFT JOIN household_pairings pr ON pr.household_id = h.id AND pr.voided = 0 AND pr.to_date IS NULL
   WHERE h.office_code = ? AND h.voided = 0 AND p.id_number IN (${IN_LIST})`,
);
const CADRES = tupleRead<[personId: string, cadreId: string], [officeCode: string]>(
  'SELECT person_id, id FROM household_cadres WHERE office_code = ? AND voided = 0',
);

interface Household {
  id: string;
  open: { id: string; cadreId: string; fromDate: string } | null;
}

function householdsOfHeads(ctx: CoreContext, officeCode: string, idNumbers: readonly string[]) {
  const read = HOUSEHOLDS_OF_HEADS.on(ctx.store.sqlite);
  const found = new Map<string, Household>();
  for (const batch of inListBatches(idNumbers))
    for (const [idNumber, id, pairingId, cadreId, fromDate] of read.all(officeCode, ...batch))
      found.set(idNumber, { id, open: pairingId ? { id: pairingId, cadreId: cadreId!, fromDate: fromDate! } : null });
  return found;
}

interface Placed {
  row: PairingImportRow;
  personId: string;
  cadreId: string | null;
  household: Household;
}

async function readRows(ctx: CoreContext, input: { fileName: string; bytes: Uint8Array }) {
  const table = await openTable(input.fileName, input.bytes, findPairingHeader);
  const columns = pairingColumns(table.header);
  if (!table.headerFound || REQUIRED_COLUMNS.some((field) => columns[field] === undefined)) {
    await table.close();
    fail('PAIRING_IMPORT_COLUMNS_MISSING', { missing: '帮扶干部身份证号、户主身份证号、结对日期' });
  }
  const today = localToday(ctx);
  const errors: PairingImportError[] = [];
  const checked: PairingImportRow[] = [];
  let rows = 0;
  const take = (batch: readonly SheetRow[]) => {
    rows += batch.length;
    for (const sheetRow of batch) {
      const row = checkPairingRow(sheetRow, columns, today);
      if ('errors' in row) errors.push(...row.errors);
      else checked.push(row);
    }
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  return { headerRow: table.headerRow, rows, errors, checked };
}

/** Each checked row matched to its cadre's person and its household, or its error. */
function placeRows(ctx: CoreContext, officeCode: string, checked: readonly PairingImportRow[]) {
  const people = registeredPeople(ctx, officeCode, [...new Set(checked.map((r) => r.cadreIdNumber))]);
  const households = householdsOfHeads(ctx, officeCode, [...new Set(checked.map((r) => r.headIdNumber))]);
  const cadres = new Map(CADRES.on(ctx.store.sqlite).all(officeCode));
  const errors: PairingImportError[] = [];
  const placed: Placed[] = [];
  const seen = new Set<string>();
  for (const row of checked) {
    const error = (field: PairingImportError['field'], code: string) => errors.push({ row: row.row, field, code });
    const personId = people.get(row.cadreIdNumber);
    const household = households.get(row.headIdNumber);
    if (!personId) error('cadreIdNumber', 'PAIRING_CADRE_NOT_IN_REGISTRY');
    if (!household) error('headIdNumber', 'PAIRING_HOUSEHOLD_NOT_FOUND');
    else if (seen.has(household.id)) error('headIdNumber', 'ID_DUPLICATE_IN_FILE');
    if (!personId || !household || seen.has(household.id)) continue;
    seen.add(household.id);
    const cadreId = cadres.get(personId) ?? null;
    if (household.open && household.open.cadreId === cadreId) error('headIdNumber', 'PAIRING_EXISTS');
    else if (household.open && row.fromDate < household.open.fromDate) error('fromDate', 'PAIRING_DATE_BEFORE_CURRENT');
    else placed.push({ row, personId, cadreId, household });
  }
  return { placed, errors };
}

function writePairings(ctx: CoreContext, officeCode: string, placed: readonly Placed[]): number {
  const nextId = sequentialUuids(ctx.now().getTime());
  const newCadre = recordInserter(ctx, householdCadres, officeCode, ['personId', 'unit', 'level', 'phone']);
  const cadreOf = new Map<string, string>();
  for (const { row, personId, cadreId } of placed) {
    if (cadreId || cadreOf.has(personId)) continue;
    const id = nextId();
    cadreOf.set(personId, id);
    newCadre(id, { personId, unit: row.unit, level: row.level, phone: row.phone });
  }
  updateRecords(
    ctx,
    householdPairings,
    placed.flatMap(({ row, household }) =>
      household.open ? [{ id: household.open.id, set: { toDate: row.fromDate } }] : [],
    ),
  );
  const pair = recordInserter(ctx, householdPairings, officeCode, ['cadreId', 'householdId', 'fromDate']);
  for (const { row, personId, cadreId, household } of placed)
    pair(nextId(), { cadreId: cadreId ?? cadreOf.get(personId)!, householdId: household.id, fromDate: row.fromDate });
  return placed.length;
}

export async function importPairings(
  ctx: CoreContext,
  input: { fileName: string; bytes: Uint8Array; dryRun?: boolean },
): Promise<PairingImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const read = await readRows(ctx, input);
  const { placed, errors: placing } = placeRows(ctx, office.code, read.checked);
  const errors = [...read.errors, ...placing].sort((a, b) => a.row - b.row);
  const result: PairingImportResult = {
    headerRow: read.headerRow,
    rows: read.rows,
    valid: placed.length,
    invalid: new Set(errors.map((e) => e.row)).size,
    errors: errors.slice(0, ERRORS_LISTED),
    errorsTruncated: errors.length > ERRORS_LISTED,
    cadres: new Set(placed.filter((p) => p.cadreId === null).map((p) => p.personId)).size,
    pairings: placed.length,
    changed: placed.filter((p) => p.household.open !== null).length,
    imported: 0,
  };
  if (input.dryRun || placed.length === 0) return result;
  const imported = immediately(ctx.store.sqlite, () =>
    withRunningFold(ctx.store.sqlite, () => {
      const written = writePairings(ctx, office.code, placed);
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'household_pairings',
        after: { fileName: input.fileName, rows: read.rows, invalid: result.invalid, imported: written },
      });
      return written;
    }),
  );
  return { ...result, imported };
}
