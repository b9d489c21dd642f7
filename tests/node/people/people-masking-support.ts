// The attacker's side of the masking tests: what a masked ID number leaves open, and how much of it the other
// things a user saw (a date, a year, an age beside the mask) close. A person is "rebuilt" when one candidate is left.
import { idCheckChar } from '@rules/idNumber';

const MASKED = /^(\d{6})\*{8}(\d{3})([\dX])$/;

/** Every birth date from 1890 to today, as YYYYMMDD. */
function allBirthDates(): string[] {
  const dates: string[] = [];
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  for (let day = new Date(Date.UTC(1890, 0, 1)); ; day = new Date(day.getTime() + 86_400_000)) {
    const text = day.toISOString().slice(0, 10).replace(/-/g, '');
    if (text > today) return dates;
    dates.push(text);
  }
}

const BIRTH_DATES = allBirthDates();

const candidatesOf = new Map<string, string[]>();

/** The full ID numbers a mask stands for: area, any birth date, sequence, and a matching check character. */
export function maskCandidates(masked: string): string[] {
  const known = candidatesOf.get(masked);
  if (known) return known;
  const parts = MASKED.exec(masked);
  if (!parts) throw new Error(`not a masked ID number: ${masked}`);
  const [, area, sequence, check] = parts;
  const candidates = BIRTH_DATES.map((date) => `${area}${date}${sequence}`)
    .filter((first17) => idCheckChar(first17) === check)
    .map((f) => f + check);
  candidatesOf.set(masked, candidates);
  return candidates;
}

/** Keys whose values say nothing about the birth date (the mask itself, contact numbers, entry times, counters). */
const BENIGN = new Set([
  'id',
  'personId',
  'officeCode',
  'idNumber',
  'idMasked',
  'mobile',
  'phone',
  'createdAt',
  'updatedAt',
  'voidedAt',
  'rowVersion',
  'no',
  'line',
  'issueDocumentId',
  'issueDocumentNumber',
]);

/** Everything beside the mask in one object a response gave about a person: each value that could be a clue. */
export function cluesOf(person: Record<string, unknown>): unknown[] {
  return Object.entries(person)
    .filter(([key, value]) => !BENIGN.has(key) && value !== null && value !== undefined)
    .map(([, value]) => value);
}

/**
 * The candidates left after the clues: a date (2001-05-04, 20010504, a Date) pins the birth date, a year
 * (1890-today) the birth year, a small number an age (its year or the one before).
 */
export function narrow(candidates: string[], clues: unknown[]): string[] {
  let left = candidates;
  const thisYear = new Date().getFullYear();
  for (const clue of clues) {
    const text = clue instanceof Date ? clue.toISOString().slice(0, 10) : String(clue);
    const date = /(1[89]\d{2}|20\d{2})-?(\d{2})-?(\d{2})/.exec(text);
    const keep = (test: (birth: string) => boolean) => {
      left = left.filter((id) => test(id.slice(6, 14)));
    };
    if (date) keep((birth) => birth === `${date[1]}${date[2]}${date[3]}`);
    else if (/^(1[89]\d{2}|20\d{2})$/.test(text)) keep((birth) => birth.startsWith(text));
    else if (typeof clue === 'number' && clue >= 0 && clue <= 130)
      keep((birth) => [thisYear - clue, thisYear - clue - 1].includes(Number(birth.slice(0, 4))));
  }
  return left;
}

/** Objects in a response that describe a person: they carry a masked ID number (idNumber or idMasked). */
export function personObjects(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) personObjects(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (MASKED.test(maskOf(record))) found.push(record);
    for (const child of Object.values(record)) if (child && typeof child === 'object') personObjects(child, found);
  }
  return found;
}

/** The masked ID number of a person object: `idNumber` of a people row, `idMasked` of a campaign row. */
export function maskOf(person: Record<string, unknown>): string {
  return [person['idMasked'], person['idNumber']].find((v): v is string => typeof v === 'string') ?? '';
}
