// Resident ID numbers (居民身份证号码, GB 11643-1999): normalise what a clerk typed or a spreadsheet held,
// check it, convert 15-digit legacy numbers, and mask it for display.
import { isCalendarDay } from './dates';

export type IdErrorCode =
  'ID_REQUIRED' | 'ID_LENGTH' | 'ID_CHARACTERS' | 'ID_AREA' | 'ID_BIRTHDATE' | 'ID_CHECKSUM' | 'ID_SPREADSHEET_NUMBER';

export interface ParsedId {
  ok: true;
  idNumber: string;
  /** True when the input was a 15-digit legacy number converted to 18 digits. */
  converted: boolean;
  birthDate: string;
  gender: 'M' | 'F';
  areaCode: string;
}

export type IdParseResult = ParsedId | { ok: false; code: IdErrorCode };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Province-level prefixes of GB/T 2260; the rest of the area code is not checked (abolished codes stay valid). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const EARLIEST_BIRTH = '1890-01-01';

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Full-width digits and letters to ASCII (NFKC); every kind of space, dash and Excel's text apostrophe removed. */
export function normaliseIdText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[-\u2010-\u2015\u2212\uFE58\uFE63]/g, '')
    .replace(/^['\u2018\u2019`]/, '')
    .toUpperCase();
}

const CLEAN_18 = /^\d{17}[\dXx]$/;

/** Scientific notation or a decimal point: the cell was read as a number and digits are gone. */
const SPREADSHEET_TEXT = /^\d*\.?\d+(E\+?\d+)?$/;

export function parseIdNumber(raw: unknown, today: Date = new Date()): IdParseResult {
  if (typeof raw === 'number' || typeof raw === 'bigint') return { ok: false, code: 'ID_SPREADSHEET_NUMBER' };
  if (raw === null || raw === undefined) return { ok: false, code: 'ID_REQUIRED' };
  if (typeof raw !== 'string') return { ok: false, code: 'ID_CHARACTERS' };
  const text = CLEAN_18.test(raw) ? raw.toUpperCase() : normaliseIdText(raw);
  if (text === '') return { ok: false, code: 'ID_REQUIRED' };
  if (/[.E]/.test(text) && SPREADSHEET_TEXT.test(text)) return { ok: false, code: 'ID_SPREADSHEET_NUMBER' };
  if (!/^\d+X?$/.test(text)) return { ok: false, code: 'ID_CHARACTERS' };
  if (text.length === 15) return parseLegacy(text, today);
  if (text.length !== 18) return { ok: false, code: 'ID_LENGTH' };
  const checksumOk = idCheckChar(text) === text[17];
  // Excel keeps 15 significant digits: an 18-digit number stored as a number ends in 000.
  if (!checksumOk && text.endsWith('000')) return { ok: false, code: 'ID_SPREADSHEET_NUMBER' };
  return describe(text, false, today, checksumOk);
}

function parseLegacy(text: string, today: Date): IdParseResult {
  if (text.endsWith('X')) return { ok: false, code: 'ID_CHARACTERS' };
  const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
  return describe(first17 + idCheckChar(first17), true, today, true);
}

function describe(id: string, converted: boolean, today: Date, checksumOk: boolean): IdParseResult {
  const areaCode = id.slice(0, 6);
  if (!PROVINCES.has(areaCode.slice(0, 2))) return { ok: false, code: 'ID_AREA' };
  const birthDate = birthDateOf(id.slice(6, 14), today);
  if (!birthDate) return { ok: false, code: 'ID_BIRTHDATE' };
  if (!checksumOk) return { ok: false, code: 'ID_CHECKSUM' };
  const gender = (id.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F';
  return { ok: true, idNumber: id, converted, birthDate, gender, areaCode };
}

/** By arithmetic, not a Date per number: a city checks a million ID numbers in one package batch. */
function birthDateOf(yyyymmdd: string, today: Date): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (!isCalendarDay(year, month, day)) return null;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return iso < EARLIEST_BIRTH || iso > localIsoDate(today) ? null : iso;
}

let lastToday = { time: Number.NaN, iso: '' };

/** The local calendar day of `d`, remembered for the last Date seen (callers pass the same "today" for a batch). */
function localIsoDate(d: Date): string {
  const time = d.getTime();
  if (time === lastToday.time) return lastToday.iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  lastToday = { time, iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
  return lastToday.iso;
}

/** 321302********123X: the area code and the last four characters stay readable. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
