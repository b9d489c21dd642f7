// Checks one row of a historical hours file: the volunteer (by ID number or volunteer number), the activity, the
// date (real, not in the future), and a start and an end (次日06:00 for past midnight; Excel time cells too) or
// the hours. A row becomes a service record or lists every problem, by field.
import { normaliseIdText } from '@rules/idNumber';
import { clockMinutes, clockText, halfHoursOfHours, MINUTES_PER_DAY, serviceSpan } from '@rules/volunteers';
import type { SheetDate } from '../../spreadsheet/dates';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { StoredDuration } from '../service/duration';
import type { HoursColumn, HoursColumns } from './columns';
import type { HoursField, ImportRowError } from './contract';

export interface HoursRow {
  row: number;
  volunteerId: string;
  activity: string;
  organiser: string | null;
  place: string | null;
  content: string | null;
  date: string;
  duration: StoredDuration;
}

export interface HoursRowContext {
  columns: HoursColumns;
  today: string;
  /** Live volunteers of the office by ID number and by volunteer number. */
  byIdNumber: ReadonlyMap<string, string>;
  byNumber: ReadonlyMap<string, string>;
  /** parseSheetDate remembered: a file repeats its few hundred days in every row. */
  readDate: (cell: string | number) => SheetDate;
}

const NEXT_DAY = /^(?:次日|翌日|\+1\s*)|(?:\s*\(?\+1\)?|次日)$/;
/** 08:30:00, as a time cell saved as text reads. */
const SECONDS = /^(\d{1,2}:\d{2}):\d{2}$/;

/** A time cell: HH:MM text (次日06:00 past midnight) or an Excel time (a fraction of a day). */
function readClock(cell: Cell): { text: string; nextDay: boolean } | null {
  if (typeof cell === 'number') {
    if (!(cell >= 0 && cell <= 2)) return null;
    const minutes = Math.round(cell * MINUTES_PER_DAY);
    return { text: clockText(minutes % MINUTES_PER_DAY), nextDay: minutes >= MINUTES_PER_DAY };
  }
  const raw = cellText(cell);
  if (raw === null) return null;
  const text = raw.normalize('NFKC').trim();
  const time = text.replace(NEXT_DAY, '').trim().replace(SECONDS, '$1');
  const minutes = clockMinutes(time);
  return minutes === null ? null : { text: clockText(minutes), nextDay: NEXT_DAY.test(text) };
}

export function checkHoursRow(sheetRow: SheetRow, rc: HoursRowContext): HoursRow | ImportRowError<HoursField>[] {
  const errors: ImportRowError<HoursField>[] = [];
  const error = (field: HoursField, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (column: HoursColumn): Cell => {
    const at = rc.columns[column];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (column: HoursColumn) => cellText(cell(column) ?? undefined);

  const idNumber = text('idNumber');
  const number = text('volunteerNumber')?.toUpperCase() ?? null;
  const volunteerId =
    (idNumber ? rc.byIdNumber.get(normaliseIdText(idNumber)) : undefined) ??
    (number ? rc.byNumber.get(number) : undefined);
  if (!idNumber && !number) error('volunteer', 'VOLUNTEER_REQUIRED');
  else if (volunteerId === undefined) error('volunteer', 'VOLUNTEER_UNKNOWN');

  const activity = text('activity');
  if (!activity) error('activity', 'SERVICE_ACTIVITY_REQUIRED');

  let date: string | null = null;
  const dateCell = cell('date');
  if (dateCell === null || cellText(dateCell) === null) error('date', 'SERVICE_DATE_REQUIRED');
  else {
    const read = rc.readDate(dateCell);
    if (!read.ok) error('date', read.code);
    else if (read.date > rc.today) error('date', 'SERVICE_DATE_FUTURE');
    else date = read.date;
  }

  const duration = durationOf(cell('start'), cell('end'), cell('hours'), error);
  if (errors.length > 0 || !duration || !date || !activity || !volunteerId) return errors;
  return {
    row: sheetRow.number,
    volunteerId,
    activity,
    organiser: text('organiser'),
    place: text('place'),
    content: text('content'),
    date,
    duration,
  };
}

function durationOf(
  startCell: Cell,
  endCell: Cell,
  hoursCell: Cell,
  error: (field: HoursField, code: string) => void,
): StoredDuration | null {
  const hasStart = cellText(startCell ?? undefined) !== null;
  const hasEnd = cellText(endCell ?? undefined) !== null;
  if (hasStart || hasEnd) {
    const start = hasStart ? readClock(startCell) : null;
    const end = hasEnd ? readClock(endCell) : null;
    if (!start) error('start', hasStart ? 'SERVICE_TIME_FORMAT' : 'SERVICE_TIME_REQUIRED');
    if (!end) error('end', hasEnd ? 'SERVICE_TIME_FORMAT' : 'SERVICE_TIME_REQUIRED');
    if (!start || !end) return null;
    const span = serviceSpan(start.text, end.text, end.nextDay);
    if (span.ok)
      return { startTime: start.text, endTime: end.text, endsNextDay: end.nextDay, halfHours: span.halfHours };
    error('end', span.code);
    return null;
  }
  const hoursText = cellText(hoursCell ?? undefined);
  if (hoursText === null) {
    error('hours', 'SERVICE_TIME_REQUIRED');
    return null;
  }
  const halfHours = halfHoursOfHours(
    typeof hoursCell === 'number' ? hoursCell : Number(hoursText.replace(/小时|h$/i, '')),
  );
  if (halfHours === null) {
    error('hours', 'SERVICE_HOURS_INVALID');
    return null;
  }
  return { startTime: null, endTime: null, endsNextDay: false, halfHours };
}
