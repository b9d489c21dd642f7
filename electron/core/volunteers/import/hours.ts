// 导入历史服务时长: one row a service record (volunteer by ID number or volunteer number, activity, date, start and
// end or hours). Every row is checked (hoursRow.ts), then the 24-hour day of each volunteer over the file and the
// records already kept; unless a dry run, the valid rows are written in one transaction through the record layer,
// approved by the importing user (or pending when asked), with the activities they name.
import { volunteerActivities, volunteerServiceRecords } from '@db/schema';
import { isBackfill } from '@rules/volunteers';
import { officeOf } from '../../accounts/officeRow';
import { appendAudit } from '../../audit/chain';
import { withRunningFold } from '../../audit/runningFold';
import { actorName, nowIso, type CoreContext } from '../../context';
import { fail } from '../../errors';
import { withIndexesRebuilt } from '../../people/import/indexes';
import { recordInserter } from '../../records/bulk';
import { sequentialUuids } from '../../records/ids';
import { tupleRead } from '../../records/reads';
import { parseSheetDate, type SheetDate } from '../../spreadsheet/dates';
import { openTable } from '../../spreadsheet/read';
import type { SheetRow } from '../../spreadsheet/sheet';
import { localToday } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import { DayLedger } from '../service/dayLedger';
import { SERVICE_FIELDS } from '../service/entry';
import { findHoursHeader, hoursColumns, missingHoursColumns } from './columns';
import type { HoursField, HoursImportResult, ImportRowError } from './contract';
import { checkHoursRow, type HoursRow } from './hoursRow';
import { ERRORS_LISTED } from './roster';

const LIVE_VOLUNTEERS = tupleRead<[id: string, number: string, idNumber: string]>(
  `SELECT v.id, v.number, p.id_number FROM volunteers v JOIN people p ON p.id = v.person_id
   WHERE v.office_code = ? AND v.voided = 0`,
);
const ACTIVITIES_BETWEEN = tupleRead<[id: string, date: string, name: string]>(
  `SELECT id, date, name FROM volunteer_activities WHERE office_code = ? AND voided = 0 AND date BETWEEN ? AND ?`,
);
const DATES_REMEMBERED = 20_000;

export interface HoursImportInput {
  fileName: string;
  bytes: Uint8Array;
  dryRun?: boolean;
  /** Recorded as pending for an approver instead of approved by the importing user. */
  pending?: boolean;
}

function rowContextOf(ctx: CoreContext, officeCode: string, columns: ReturnType<typeof hoursColumns>) {
  const byIdNumber = new Map<string, string>();
  const byNumber = new Map<string, string>();
  for (const [id, number, idNumber] of LIVE_VOLUNTEERS.on(ctx.store.sqlite).iterate(officeCode)) {
    byIdNumber.set(idNumber, id);
    byNumber.set(number, id);
  }
  const dates = new Map<string | number, SheetDate>();
  const readDate = (cell: string | number) => {
    let read = dates.get(cell);
    if (read === undefined) {
      if (dates.size >= DATES_REMEMBERED) dates.clear();
      dates.set(cell, (read = parseSheetDate(cell)));
    }
    return read;
  };
  return { columns, today: localToday(ctx), byIdNumber, byNumber, readDate };
}

export async function importHours(ctx: CoreContext, input: HoursImportInput): Promise<HoursImportResult> {
  const office = officeOf(ctx);
  if (office.role !== 'county') fail('FORBIDDEN');
  const table = await openTable(input.fileName, input.bytes, findHoursHeader);
  const columns = hoursColumns(table.header);
  const missing = missingHoursColumns(columns);
  if (!table.headerFound || missing.length > 0) {
    await table.close();
    fail('VOLUNTEER_IMPORT_COLUMNS_MISSING', { missing: missing.join('、') });
  }
  const rc = rowContextOf(ctx, office.code, columns);
  const errors: ImportRowError<HoursField>[] = [];
  const checked: HoursRow[] = [];
  let rows = 0;
  const take = (batch: readonly SheetRow[]) => {
    rows += batch.length;
    for (const sheetRow of batch) {
      const row = checkHoursRow(sheetRow, rc);
      if (Array.isArray(row)) errors.push(...row);
      else checked.push(row);
    }
  };
  try {
    take(table.rows);
    for await (const batch of table.batches) take(batch);
  } finally {
    await table.close();
  }
  const valid = withinDayLimit(ctx, checked, errors);
  const invalid = rows - valid.length;
  const validHalfHours = valid.reduce((sum, row) => sum + row.duration.halfHours, 0);
  errors.sort((a, b) => a.row - b.row);
  const result: HoursImportResult = {
    headerRow: table.headerRow,
    rows,
    valid: valid.length,
    invalid,
    errors: errors.slice(0, ERRORS_LISTED),
    errorsTruncated: errors.length > ERRORS_LISTED,
    validHalfHours,
    importedHalfHours: 0,
    activitiesAdded: 0,
    imported: 0,
    status: input.pending ? 'pending' : 'approved',
  };
  if (input.dryRun || valid.length === 0) return result;
  const activitiesAdded = immediately(ctx.store.sqlite, () =>
    withRunningFold(ctx.store.sqlite, () => {
      const added = writeHours(ctx, office.code, valid, input);
      appendAudit(ctx, {
        method: ctx.method,
        tableName: 'volunteer_service_records',
        after: { fileName: input.fileName, rows, invalid, imported: valid.length, halfHours: validHalfHours },
      });
      return added;
    }),
  );
  return { ...result, imported: valid.length, importedHalfHours: validHalfHours, activitiesAdded };
}

/** The rows whose volunteer's day stays within 24 hours with the records kept and the file's rows before them. */
function withinDayLimit(ctx: CoreContext, rows: readonly HoursRow[], errors: ImportRowError<HoursField>[]): HoursRow[] {
  if (rows.length === 0) return [];
  let from = rows[0]!.date;
  let to = from;
  for (const row of rows) {
    if (row.date < from) from = row.date;
    if (row.date > to) to = row.date;
  }
  const ledger = DayLedger.kept(ctx, [...new Set(rows.map((row) => row.volunteerId))], from, to);
  return rows.filter((row) => {
    const { startTime: start, endTime: end, endsNextDay, halfHours } = row.duration;
    if (ledger.add(row.volunteerId, row.date, { start, end, endsNextDay, halfHours })) return true;
    errors.push({ row: row.row, field: 'hours', code: 'SERVICE_DAY_OVER_24' });
    return false;
  });
}

/** Writes the activities the rows name (an activity of that name and day already kept is reused) and the records. */
function writeHours(ctx: CoreContext, officeCode: string, rows: readonly HoursRow[], input: HoursImportInput): number {
  const sqlite = ctx.store.sqlite;
  const nextId = sequentialUuids(ctx.now().getTime());
  const dates = rows.map((row) => row.date).sort();
  const activityOf = new Map<string, string>();
  for (const [id, date, name] of ACTIVITIES_BETWEEN.on(sqlite).all(officeCode, dates[0]!, dates[dates.length - 1]!))
    activityOf.set(`${date}\u0000${name}`, id);
  const insertActivity = recordInserter(ctx, volunteerActivities, officeCode, [
    'name',
    'organiser',
    'place',
    'content',
    'date',
    'startTime',
    'endTime',
    'endsNextDay',
    'halfHours',
  ]);
  let activitiesAdded = 0;
  const activityIds = rows.map((row) => {
    const key = `${row.date}\u0000${row.activity}`;
    let id = activityOf.get(key);
    if (id === undefined) {
      activityOf.set(key, (id = nextId()));
      const { organiser, place, content, date, duration } = row;
      insertActivity(id, { name: row.activity, organiser, place, content, date, ...duration });
      activitiesAdded++;
    }
    return id;
  });
  const today = localToday(ctx);
  const approved = !input.pending;
  const decidedBy = approved ? actorName(ctx) : null;
  const decidedAt = approved ? nowIso(ctx) : null;
  const backfillReason = `导入历史记录：${input.fileName}`.slice(0, 500);
  const insert = recordInserter(ctx, volunteerServiceRecords, officeCode, SERVICE_FIELDS);
  withIndexesRebuilt(sqlite, 'volunteer_service_records', [], rows.length, () => {
    rows.forEach((row, n) => {
      const backfill = isBackfill(row.date, today);
      insert(nextId(), {
        volunteerId: row.volunteerId,
        activityId: activityIds[n]!,
        serviceDate: row.date,
        ...row.duration,
        status: approved ? 'approved' : 'pending',
        source: 'import',
        backfill,
        backfillReason: backfill ? backfillReason : null,
        decidedBy,
        decidedAt,
      });
    });
  });
  return activitiesAdded;
}
