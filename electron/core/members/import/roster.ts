// 导入会员花名册: read the roster (any workbook or CSV, streamed), check each row by the registry's rules and the
// member's (kind, join date, card number, each year's dues within the caps), match people by ID number or add
// them, then - unless a dry run - write every valid row in one transaction: the people the registry lacks, the
// members with their card numbers and custom fields, and the dues of each paid year (dated the year's last day,
// or today).
import { memberDues, members } from '@db/schema';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import { actorName, type CoreContext } from '../../context';
import { visibleFields } from '../../customFields/fields';
import { fail } from '../../errors';
import { insertMissingPeople, registeredPeople } from '../../people/registered';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { valueRead } from '../../records/reads';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import { ERRORS_LISTED } from '../../volunteers/import/roster';
import { takeCardNumber } from '../numbering';
import { duesCaps } from '../settings';
import { findMemberHeader, memberColumns } from './columns';
import type { MemberImportResult, RowError } from './contract';
import { checkMemberRow, type MemberImportRow } from './rows';

const MEMBER_PEOPLE = valueRead<string, [officeCode: string]>(
  'SELECT person_id FROM members WHERE office_code = ? AND voided = 0 AND person_id IS NOT NULL',
);
const CARD_NUMBERS = valueRead<string, [officeCode: string]>('SELECT card_number FROM members WHERE office_code = ?');

export async function importMembers(
  ctx: CoreContext,
  input: { fileName: string; bytes: Uint8Array; dryRun?: boolean },
): Promise<MemberImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const table = await openTable(input.fileName, input.bytes, findMemberHeader);
  const columns = memberColumns(table.header, visibleFields(ctx, office.code, 'members'));
  if (!table.headerFound || columns.fields.name === undefined || columns.fields.idNumber === undefined) {
    await table.close();
    fail('VOLUNTEER_IMPORT_COLUMNS_MISSING', { missing: '姓名、身份证号' });
  }
  const today = localToday(ctx);
  const caps = duesCaps(ctx, office.code);
  const already = new Set(MEMBER_PEOPLE.on(ctx.store.sqlite).all(office.code));
  const cards = new Set(CARD_NUMBERS.on(ctx.store.sqlite).all(office.code));
  const registered = new Map<string, string>();
  const seen = new Set<string>();
  const errors: RowError[] = [];
  const valid: MemberImportRow[] = [];
  let rows = 0;
  const take = (batch: readonly SheetRow[]) => {
    const checked = batch.map((row) => checkMemberRow(row, columns, today, caps));
    const idNumbers = checked.flatMap((c) => ('person' in c ? [c.person.idNumber] : []));
    for (const [idNumber, id] of registeredPeople(ctx, office.code, idNumbers)) registered.set(idNumber, id);
    rows += batch.length;
    for (const c of checked) {
      if (!('person' in c)) {
        errors.push(...c);
        continue;
      }
      const personId = registered.get(c.person.idNumber);
      if (seen.has(c.person.idNumber)) errors.push({ row: c.row, field: 'idNumber', code: 'ID_DUPLICATE_IN_FILE' });
      else if (personId !== undefined && already.has(personId))
        errors.push({ row: c.row, field: 'idNumber', code: 'MEMBER_ALREADY_ON_ROSTER' });
      else if (c.cardNumber !== null && cards.has(c.cardNumber))
        errors.push({ row: c.row, field: 'cardNumber', code: 'MEMBER_CARD_NUMBER_TAKEN' });
      else {
        seen.add(c.person.idNumber);
        if (c.cardNumber !== null) cards.add(c.cardNumber);
        valid.push(c);
      }
    }
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  const result: MemberImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: valid.length,
    invalid: new Set(errors.map((e) => e.row)).size,
    errors: errors.slice(0, ERRORS_LISTED),
    errorsTruncated: errors.length > ERRORS_LISTED,
    peopleMatched: valid.filter((r) => registered.has(r.person.idNumber)).length,
    peopleAdded: valid.filter((r) => !registered.has(r.person.idNumber)).length,
    duesYears: [...columns.dues.keys()].sort(),
    dues: valid.reduce((sum, r) => sum + r.dues.size, 0),
    imported: 0,
  };
  if (input.dryRun || valid.length === 0) return result;
  const imported = immediately(ctx.store.sqlite, () =>
    withRunningFold(ctx.store.sqlite, () => {
      const written = writeMembers(ctx, office.code, valid, registered, today);
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'members',
        after: { fileName: input.fileName, rows, invalid: result.invalid, imported: written, dues: result.dues },
      });
      return written;
    }),
  );
  return { ...result, imported };
}

function writeMembers(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly MemberImportRow[],
  registered: ReadonlyMap<string, string>,
  today: string,
): number {
  const nextId = sequentialUuids(ctx.now().getTime());
  const personOf = new Map(registered);
  insertMissingPeople(ctx, officeCode, rows, personOf, nextId);
  const insertMember = recordInserter(ctx, members, officeCode, [
    'kind',
    'personId',
    'cardNumber',
    'joinDate',
    'approvingUnit',
    'school',
    'className',
    'status',
    'notes',
    'customFields',
  ]);
  const insertDues = recordInserter(ctx, memberDues, officeCode, [
    'memberId',
    'year',
    'amountFen',
    'paidDate',
    'collectedBy',
  ]);
  const collectedBy = actorName(ctx);
  for (const row of rows) {
    const memberId = nextId();
    insertMember(memberId, {
      kind: row.kind,
      personId: personOf.get(row.person.idNumber)!,
      cardNumber: row.cardNumber ?? takeCardNumber(ctx, officeCode),
      joinDate: row.joinDate,
      approvingUnit: row.approvingUnit,
      school: row.school,
      className: row.className,
      status: 'active',
      notes: row.notes,
      customFields: row.customFields,
    });
    for (const [year, amountFen] of row.dues) {
      const yearEnd = `${year}-12-31`;
      insertDues(nextId(), { memberId, year, amountFen, paidDate: yearEnd < today ? yearEnd : today, collectedBy });
    }
  }
  return rows.length;
}
