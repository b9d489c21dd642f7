// The hours-entry screen's two reads: the volunteers named by pasted or scanned lines (a volunteer number or an ID
// number a line), and the volunteers an entry would be refused for (off the active roster, or a day past 24 hours),
// so the clerk sees them by name and saves the rest.
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import type { CoreContext } from '../../context';
import { limitedIdLookup } from '../../people/lookupLimit';
import { masksIds } from '../../people/query';
import { rowRead } from '../../records/reads';
import { IN_LIST, inListBatches } from '../../records/statements';
import { localToday, officeCodeOf } from '../../stock/office';
import { findActivity } from './activities';
import type { EntryRefusal, ServiceEntryCheck, VolunteerPick, VolunteerPicks } from './contract';
import { DayLedger } from './dayLedger';
import { readDuration } from './duration';

const PICK = `SELECT v.id, v.number, p.name, p.id_number AS idNumber, v.status, v.voided
  FROM volunteers v JOIN people p ON p.id = v.person_id WHERE v.office_code = ?`;
type StoredPick = Omit<VolunteerPick, 'active'> & { status: string; voided: number };
const BY_NUMBER = rowRead<StoredPick, [office: string, number: string]>(`${PICK} AND v.number = ?`);
const BY_ID_NUMBER = rowRead<StoredPick, [office: string, idNumber: string]>(
  `${PICK} AND p.id_number = ? ORDER BY v.voided LIMIT 1`,
);
const BY_IDS = rowRead<StoredPick>(`${PICK} AND v.id IN (${IN_LIST})`);

const toPick = (s: StoredPick): VolunteerPick => ({
  id: s.id,
  number: s.number,
  name: s.name,
  idNumber: maskIdNumber(s.idNumber),
  active: s.status === 'active' && s.voided === 0,
});

const VOLUNTEER_NUMBER = /^(\d{6})?V\d{1,6}$/;

/** Each line's volunteer (commas and spaces also part tokens); a token naming nobody is listed with its line. */
export function volunteerPicks(ctx: CoreContext, lines: string): VolunteerPicks {
  const office = officeCodeOf(ctx);
  const masked = masksIds(ctx);
  const found: VolunteerPick[] = [];
  const unmatched: VolunteerPicks['unmatched'] = [];
  lines.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const token of lineText
      .normalize('NFKC')
      .split(/[,，;；\t ]+/)
      .filter(Boolean)) {
      const upper = token.toUpperCase();
      if (VOLUNTEER_NUMBER.test(upper)) {
        const [, prefix, seq] = /^(\d{6})?V(\d+)$/.exec(upper)!;
        const number = `${prefix ?? office}V${seq!.padStart(6, '0')}`;
        const volunteer = BY_NUMBER.on(ctx.store.sqlite).get(office, number);
        if (volunteer) found.push(toPick(volunteer));
        else unmatched.push({ line: index + 1, text: token, code: 'VOLUNTEER_UNKNOWN' });
        continue;
      }
      const parsed = parseIdNumber(token);
      if (!parsed.ok) {
        unmatched.push({ line: index + 1, text: token, code: parsed.code });
        continue;
      }
      const lookUp = () => BY_ID_NUMBER.on(ctx.store.sqlite).get(office, parsed.idNumber);
      const volunteer = masked ? limitedIdLookup(ctx, parsed.idNumber, lookUp) : lookUp();
      if (volunteer) found.push(toPick(volunteer));
      else unmatched.push({ line: index + 1, text: maskIdNumber(parsed.idNumber), code: 'VOLUNTEER_UNKNOWN' });
    }
  });
  return { found, unmatched };
}

/** Who an entry would be refused for, and why; an empty list when every volunteer may be entered. */
export function serviceEntryCheck(ctx: CoreContext, input: ServiceEntryCheck): EntryRefusal[] {
  const office = officeCodeOf(ctx);
  const date = input.activityId ? findActivity(ctx, input.activityId).date : input.date;
  if (!date || date > localToday(ctx)) return [];
  const shared = readDuration(input.duration);
  const own = new Map((input.overrides ?? []).map((o) => [o.volunteerId, readDuration(o)]));
  const refusals: EntryRefusal[] = [];
  const active: VolunteerPick[] = [];
  for (const batch of inListBatches(input.volunteerIds))
    for (const stored of BY_IDS.on(ctx.store.sqlite).all(office, ...batch)) {
      const pick = toPick(stored);
      if (pick.active) active.push(pick);
      else refusals.push({ volunteerId: pick.id, name: pick.name, code: 'SERVICE_VOLUNTEER_NOT_ACTIVE', date: null });
    }
  const ledger = DayLedger.kept(
    ctx,
    active.map((v) => v.id),
    date,
    date,
  );
  for (const volunteer of active) {
    const reading = own.get(volunteer.id) ?? shared;
    if (!reading.ok) continue;
    const d = reading.duration;
    const service = { start: d.startTime, end: d.endTime, endsNextDay: d.endsNextDay, halfHours: d.halfHours };
    if (!ledger.add(volunteer.id, date, service))
      refusals.push({
        volunteerId: volunteer.id,
        name: volunteer.name,
        code: 'SERVICE_DAY_OVER_24',
        date: ledger.overDay,
      });
  }
  return refusals;
}
