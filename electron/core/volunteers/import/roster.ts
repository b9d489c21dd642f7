// 导入志愿者花名册: read the roster (any workbook or CSV, streamed), check each row by the registry's rules and the
// volunteer's (registration date, a guardian under 14, the office's custom fields of the roster under their labels),
// match people by ID number or add them, then - unless a dry run - write every valid row in one transaction: the
// people the registry lacks, the volunteers with their numbers and custom values, the teams and skills named (added
// to the lists when new) and who is in them.
import { volunteerGroupMembers, volunteers } from '@db/schema';
import { checkCustomValues, type CustomFieldKey } from '@rules/customFields';
import { parseLandline } from '@rules/phone';
import { needsGuardian } from '@rules/volunteers';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import type { CoreContext } from '../../context';
import type { CustomFieldRow } from '../../customFields/contract';
import { visibleFields } from '../../customFields/fields';
import { rowCustomValues, withCustomColumns, type MappedColumn } from '../../customFields/importColumns';
import { customFieldIssues } from '../../customFields/values';
import { fail } from '../../errors';
import { insertMissingPeople, registeredPeople } from '../../people/registered';
import { checkPerson, genderFromText, type NormalizedPerson } from '../../people/validate';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { valueRead } from '../../records/reads';
import { parseSheetDate } from '../../spreadsheet/dates';
import { openTable } from '../../spreadsheet/read';
import { cellText, type SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import { takeVolunteerNumbers } from '../numbering';
import { createGroup, listGroups } from '../roster/groups';
import { findRosterHeader, namesInCell, rosterColumns, rosterHeaderColumns, type RosterColumns } from './columns';
import type { ImportRowError, RosterField, VolunteerImportResult } from './contract';

export const ERRORS_LISTED = 5000;

interface RosterRow {
  row: number;
  person: NormalizedPerson;
  registrationDate: string;
  teams: string[];
  skills: string[];
  guardianName: string | null;
  guardianPhone: string | null;
  notes: string | null;
  customFields: string | null;
}

type RowError = ImportRowError<RosterField | CustomFieldKey>;

/** The office's visible custom fields of the roster and the file's columns headed by their labels. */
interface CustomColumns {
  fields: readonly CustomFieldRow[];
  columns: readonly MappedColumn[];
}

const VOLUNTEER_PEOPLE = valueRead<string, [officeCode: string]>(
  'SELECT person_id FROM volunteers WHERE office_code = ? AND voided = 0',
);

/** The row's custom values checked as a new volunteer's (required ones too): the stored JSON, or each bad value. */
function checkCustomCells(sheetRow: SheetRow, custom: CustomColumns): { json: string | null; errors: RowError[] } {
  const given = rowCustomValues(custom.columns, custom.fields, sheetRow.cells);
  const checked = checkCustomValues(custom.fields, given, null, true);
  const errors = customFieldIssues(custom.fields, checked.issues).map(({ field, code, details }) => ({
    row: sheetRow.number,
    field,
    code,
    ...(details ? { details } : {}),
  }));
  return { json: checked.values && JSON.stringify(checked.values), errors };
}

function checkRosterRow(
  sheetRow: SheetRow,
  columns: RosterColumns,
  custom: CustomColumns,
  today: string,
): RosterRow | RowError[] {
  const errors: RowError[] = [];
  const error = (field: RosterField, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (field: RosterField) => {
    const at = columns[field];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (field: RosterField) => cellText(cell(field) ?? undefined);
  const idCell = cell('idNumber');
  const checked = checkPerson(
    {
      name: text('name') ?? '',
      idNumber: (typeof idCell === 'number' ? idCell : text('idNumber')) as string,
      gender: genderFromText(text('gender')),
      mobile: text('mobile'),
      township: text('township'),
      village: text('village'),
      workUnit: text('workUnit'),
    },
    new Date(`${today}T12:00:00Z`),
  );
  for (const issue of checked.issues) if (issue.severity === 'error') error(issue.field as RosterField, issue.code);
  let registrationDate = today;
  const dateCell = cell('registrationDate');
  if (dateCell !== null && cellText(dateCell) !== null) {
    const read = parseSheetDate(dateCell);
    if (!read.ok) error('registrationDate', read.code);
    else if (read.date > today) error('registrationDate', 'DATE_FUTURE');
    else registrationDate = read.date;
  }
  const guardianName = text('guardianName');
  const phone = parseLandline(text('guardianPhone'));
  if (!phone.ok) error('guardianPhone', 'VOLUNTEER_GUARDIAN_PHONE_FORMAT');
  const person = checked.person;
  if (person && needsGuardian(person.birthDate, registrationDate) && (!guardianName || !(phone.ok && phone.value)))
    error('guardianName', 'VOLUNTEER_GUARDIAN_REQUIRED');
  const customValues = checkCustomCells(sheetRow, custom);
  errors.push(...customValues.errors);
  if (errors.length > 0 || !person) return errors;
  return {
    row: sheetRow.number,
    person,
    registrationDate,
    teams: namesInCell(text('teams')),
    skills: namesInCell(text('skills')),
    guardianName,
    guardianPhone: phone.ok ? phone.value : null,
    notes: text('notes'),
    customFields: customValues.json,
  };
}

export async function importVolunteers(
  ctx: CoreContext,
  input: { fileName: string; bytes: Uint8Array; dryRun?: boolean },
): Promise<VolunteerImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const table = await openTable(input.fileName, input.bytes, findRosterHeader);
  const columns = rosterColumns(table.header);
  if (!table.headerFound || columns.name === undefined || columns.idNumber === undefined) {
    await table.close();
    fail('VOLUNTEER_IMPORT_COLUMNS_MISSING', { missing: '姓名、身份证号' });
  }
  const fields = visibleFields(ctx, office.code, 'volunteers');
  const custom: CustomColumns = {
    fields,
    columns: withCustomColumns(rosterHeaderColumns(table.header, columns), fields).filter((c) => c.customKey),
  };
  const today = localToday(ctx);
  const already = new Set(VOLUNTEER_PEOPLE.on(ctx.store.sqlite).all(office.code));
  const registered = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  const errors: RowError[] = [];
  const valid: RosterRow[] = [];
  let rows = 0;
  const take = (batch: readonly SheetRow[]) => {
    const checked = batch.map((row) => checkRosterRow(row, columns, custom, today));
    const idNumbers = checked.flatMap((c) => ('person' in c ? [c.person.idNumber] : []));
    for (const [idNumber, id] of registeredPeople(ctx, office.code, idNumbers)) registered.set(idNumber, id);
    rows += batch.length;
    checked.forEach((c, at) => {
      if (!('person' in c)) return void errors.push(...c);
      const row = batch[at]!.number;
      const idNumber = c.person.idNumber;
      const personId = registered.get(idNumber);
      if (firstRowOf.has(idNumber)) errors.push({ row, field: 'idNumber', code: 'ID_DUPLICATE_IN_FILE' });
      else if (personId !== undefined && already.has(personId))
        errors.push({ row, field: 'idNumber', code: 'VOLUNTEER_ALREADY_ON_ROSTER' });
      else {
        firstRowOf.set(idNumber, row);
        valid.push(c);
      }
    });
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  const lists = { team: listGroups(ctx, 'team'), skill: listGroups(ctx, 'skill') };
  const known = new Set([...lists.team.map((g) => `team:${g.name}`), ...lists.skill.map((g) => `skill:${g.name}`)]);
  const groupsAdded = [
    ...new Set(valid.flatMap((r) => [...r.teams.map((t) => `team:${t}`), ...r.skills.map((s) => `skill:${s}`)])),
  ].filter((key) => !known.has(key));
  const invalidRows = new Set(errors.map((e) => e.row)).size;
  const result: VolunteerImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: valid.length,
    invalid: invalidRows,
    errors: errors.slice(0, ERRORS_LISTED),
    errorsTruncated: errors.length > ERRORS_LISTED,
    peopleMatched: valid.filter((r) => registered.has(r.person.idNumber)).length,
    peopleAdded: valid.filter((r) => !registered.has(r.person.idNumber)).length,
    groupsAdded: groupsAdded.map((key) => key.slice(key.indexOf(':') + 1)),
    imported: 0,
  };
  if (input.dryRun || valid.length === 0) return result;
  const imported = immediately(ctx.store.sqlite, () =>
    withRunningFold(ctx.store.sqlite, () => {
      const written = writeRoster(ctx, office.code, valid, registered, groupsAdded);
      const { rows: read, invalid, peopleAdded } = result;
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'volunteers',
        after: { fileName: input.fileName, rows: read, invalid, imported: written, peopleAdded },
      });
      return written;
    }),
  );
  return { ...result, imported };
}

function writeRoster(
  ctx: CoreContext,
  officeCode: string,
  rows: readonly RosterRow[],
  registered: ReadonlyMap<string, string>,
  groupsAdded: readonly string[],
): number {
  const nextId = sequentialUuids(ctx.now().getTime());
  const personOf = new Map(registered);
  insertMissingPeople(ctx, officeCode, rows, personOf, nextId);
  for (const key of groupsAdded) {
    const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    createGroup(ctx, { kind: kind === 'team' ? 'team' : 'skill', name });
  }
  const groupId = new Map(
    [...listGroups(ctx, 'team'), ...listGroups(ctx, 'skill')].map((g) => [`${g.kind}:${g.name}`, g.id]),
  );
  const numbers = takeVolunteerNumbers(ctx, officeCode, rows.length);
  const insertVolunteer = recordInserter(ctx, volunteers, officeCode, [
    'personId',
    'number',
    'registrationDate',
    'status',
    'guardianName',
    'guardianPhone',
    'notes',
    'customFields',
  ]);
  const insertMember = recordInserter(ctx, volunteerGroupMembers, officeCode, ['volunteerId', 'groupId']);
  rows.forEach((row, n) => {
    const volunteerId = nextId();
    insertVolunteer(volunteerId, {
      personId: personOf.get(row.person.idNumber)!,
      number: numbers[n]!,
      registrationDate: row.registrationDate,
      status: 'active',
      guardianName: row.guardianName,
      guardianPhone: row.guardianPhone,
      notes: row.notes,
      customFields: row.customFields,
    });
    for (const name of row.teams) insertMember(nextId(), { volunteerId, groupId: groupId.get(`team:${name}`)! });
    for (const name of row.skills) insertMember(nextId(), { volunteerId, groupId: groupId.get(`skill:${name}`)! });
  });
  return rows.length;
}
