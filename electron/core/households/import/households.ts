// 导入户籍 (扶贫 layout): read the file (any workbook or CSV, streamed), check each row (import/rows.ts), then place
// every member: in the household its head's own row forms, or - when the head has no row of its own - in the live
// household that person already heads. A member already in a household is an idNumber error; a member whose head
// neither has a valid row nor heads a household, a headIdNumber error. Unless a dry run, the valid rows are written
// in one transaction (import/write.ts).
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { registeredPeople } from '../../people/registered';
import { tupleRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import { findHouseholdHeader, householdColumns, REQUIRED_COLUMNS } from './columns';
import type { HouseholdImportError, HouseholdImportResult } from './contract';
import { checkHouseholdRow, type HouseholdImportRow } from './rows';
import { writeHouseholds, type Placed } from './write';

/** Bad rows listed in the answer; the counts cover them all. */
const ERRORS_LISTED = 5000;

/** The household each person of the office is in now, and whether they head it (in batches of ID numbers). */
const CURRENT_OF = tupleRead<[personId: string, householdId: string, heads: number]>(
  `SELECT m.person_id, m.household_id, h.head_person_id = m.person_id FROM household_members m
   JOIN households h ON h.id = m.household_id
   WHERE m.to_date IS NULL AND m.voided = 0 AND m.person_id IN (${IN_LIST})`,
);
const HOUSEHOLD_NUMBERS = tupleRead<[number: string], [officeCode: string]>(
  'SELECT number FROM households WHERE office_code = ?',
);

interface Current {
  householdId: string;
  heads: boolean;
}

function currentHouseholds(ctx: CoreContext, personIds: readonly string[]): Map<string, Current> {
  const read = CURRENT_OF.on(ctx.store.sqlite);
  const found = new Map<string, Current>();
  for (const batch of inListBatches(personIds))
    for (const [personId, householdId, heads] of read.all(...batch))
      found.set(personId, { householdId, heads: heads === 1 });
  return found;
}

/** Each checked row placed in a household, or its error: heads' rows first, so their members know. */
function placeRows(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly HouseholdImportRow[],
  registered: ReadonlyMap<string, string>,
  wrongHeadRows: ReadonlySet<string>,
): { placed: Placed[]; errors: HouseholdImportError[] } {
  const current = currentHouseholds(ctx, [...registered.values()]);
  const currentOf = (idNumber: string) => {
    const personId = registered.get(idNumber);
    return personId === undefined ? undefined : current.get(personId);
  };
  const numbers = new Set(
    HOUSEHOLD_NUMBERS.on(ctx.store.sqlite)
      .all(officeCode)
      .map(([n]) => n),
  );
  const errors: HouseholdImportError[] = [];
  const newHeads = new Set<string>();
  const placed: Placed[] = [];
  for (const row of rows.filter((r) => r.household !== null)) {
    const number = row.household!.number;
    if (currentOf(row.person.idNumber))
      errors.push({ row: row.row, field: 'idNumber', code: 'HOUSEHOLD_MEMBER_ELSEWHERE' });
    else if (number !== null && numbers.has(number))
      errors.push({ row: row.row, field: 'householdNumber', code: 'HOUSEHOLD_NUMBER_TAKEN' });
    else {
      if (number !== null) numbers.add(number);
      newHeads.add(row.headIdNumber);
      placed.push({ row, existingHouseholdId: null });
    }
  }
  const headRowIn = new Set([...wrongHeadRows, ...rows.filter((r) => r.household !== null).map((r) => r.headIdNumber)]);
  for (const row of rows.filter((r) => r.household === null)) {
    const head = currentOf(row.headIdNumber);
    const existing = head?.heads ? head.householdId : null;
    if (currentOf(row.person.idNumber))
      errors.push({ row: row.row, field: 'idNumber', code: 'HOUSEHOLD_MEMBER_ELSEWHERE' });
    else if (newHeads.has(row.headIdNumber) || existing !== null) placed.push({ row, existingHouseholdId: existing });
    else
      errors.push({
        row: row.row,
        field: 'headIdNumber',
        code: headRowIn.has(row.headIdNumber) ? 'HOUSEHOLD_HEAD_ROW_INVALID' : 'HOUSEHOLD_HEAD_MISSING',
      });
  }
  return { placed, errors };
}

export async function importHouseholds(
  ctx: CoreContext,
  input: { fileName: string; bytes: Uint8Array; dryRun?: boolean },
): Promise<HouseholdImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const table = await openTable(input.fileName, input.bytes, findHouseholdHeader);
  const columns = householdColumns(table.header);
  if (!table.headerFound || REQUIRED_COLUMNS.some((field) => columns[field] === undefined)) {
    await table.close();
    fail('HOUSEHOLD_IMPORT_COLUMNS_MISSING', { missing: '户主身份证号、姓名、身份证号' });
  }
  const today = localToday(ctx);
  const registered = new Map<string, string>();
  const heads = new Set<string>();
  const wrongHeadRows = new Set<string>();
  const seen = new Set<string>();
  const errors: HouseholdImportError[] = [];
  const checked: HouseholdImportRow[] = [];
  let rows = 0;
  const take = (batch: readonly SheetRow[]) => {
    rows += batch.length;
    const fresh: HouseholdImportRow[] = [];
    for (const sheetRow of batch) {
      const row = checkHouseholdRow(sheetRow, columns, today);
      if ('errors' in row) {
        errors.push(...row.errors);
        if (row.headRowOf !== null) wrongHeadRows.add(row.headRowOf);
      } else if (seen.has(row.person.idNumber))
        errors.push({ row: row.row, field: 'idNumber', code: 'ID_DUPLICATE_IN_FILE' });
      else {
        seen.add(row.person.idNumber);
        heads.add(row.headIdNumber);
        fresh.push(row);
      }
    }
    const idNumbers = fresh.map((r) => r.person.idNumber);
    for (const [idNumber, id] of registeredPeople(ctx, office.code, idNumbers)) registered.set(idNumber, id);
    checked.push(...fresh);
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  // Heads without a row of their own may head a household already.
  const headsOnly = [...heads].filter((idNumber) => !seen.has(idNumber));
  for (const [idNumber, id] of registeredPeople(ctx, office.code, headsOnly)) registered.set(idNumber, id);
  const { placed, errors: placing } = placeRows(ctx, office.code, checked, registered, wrongHeadRows);
  errors.push(...placing);
  errors.sort((a, b) => a.row - b.row);
  const matched = placed.filter((p) => registered.has(p.row.person.idNumber)).length;
  const result: HouseholdImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: placed.length,
    invalid: new Set(errors.map((e) => e.row)).size,
    errors: errors.slice(0, ERRORS_LISTED),
    errorsTruncated: errors.length > ERRORS_LISTED,
    households: new Set(placed.map((p) => p.existingHouseholdId ?? p.row.headIdNumber)).size,
    members: placed.length,
    peopleMatched: matched,
    peopleAdded: placed.length - matched,
    imported: 0,
  };
  if (input.dryRun || placed.length === 0) return result;
  const imported = immediately(ctx.store.sqlite, () =>
    withRunningFold(ctx.store.sqlite, () => {
      const written = writeHouseholds(ctx, office.code, placed, registered, today);
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'households',
        after: {
          fileName: input.fileName,
          rows,
          invalid: result.invalid,
          imported: written,
          households: result.households,
        },
      });
      return written;
    }),
  );
  return { ...result, imported };
}
