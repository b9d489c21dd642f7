// Members (会员) and their dues (会费), after 《中国红十字会会费管理办法》: the rules the form, the core, the imports and
// the city's check share. Money is in fen; a dues year is a calendar year.

/** 个人会员, 青少年会员, 团体会员. */
export const MEMBER_KINDS = ['individual', 'youth', 'group'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** 有效 / 失效 / 退会 / 转出. */
export const MEMBER_STATUSES = ['active', 'lapsed', 'withdrawn', 'transferred'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** An adult individual member pays at most 10 元 a year. */
export const INDIVIDUAL_DUES_CAP_FEN = 1_000;
/** A youth member pays at most 5 元 a year, and only if they wish. */
export const YOUTH_DUES_CAP_FEN = 500;

/** A group member's cap by its headcount: below `below` people, at most `capFen`; above the last, the top cap. */
export const GROUP_DUES_CAPS = [
  { below: 200, capFen: 30_000 },
  { below: 500, capFen: 50_000 },
  { below: 1_000, capFen: 100_000 },
  { below: 2_000, capFen: 150_000 },
] as const;
export const GROUP_DUES_TOP_CAP_FEN = 200_000;

/** The caps an office works with; the defaults above unless it edited them. */
export interface DuesCaps {
  individualFen: number;
  youthFen: number;
  groupBands: readonly { below: number; capFen: number }[];
  groupTopFen: number;
}

export const DEFAULT_DUES_CAPS: DuesCaps = {
  individualFen: INDIVIDUAL_DUES_CAP_FEN,
  youthFen: YOUTH_DUES_CAP_FEN,
  groupBands: GROUP_DUES_CAPS,
  groupTopFen: GROUP_DUES_TOP_CAP_FEN,
};

/**
 * The most a member of this kind pays for one year. The bands read "200–500 ≤ 500 元": a unit of exactly 200
 * people is in the second band, one of exactly 2,000 in the top one.
 */
export function duesCapFen(kind: MemberKind, headcount: number | null, caps: DuesCaps = DEFAULT_DUES_CAPS): number {
  if (kind === 'individual') return caps.individualFen;
  if (kind === 'youth') return caps.youthFen;
  const people = headcount ?? 0;
  const band = caps.groupBands.find((b) => people < b.below);
  return band ? band.capFen : caps.groupTopFen;
}

export type DuesAmountCode = 'DUES_AMOUNT_INVALID' | 'DUES_OVER_CAP';

/** Whether an amount may be collected as one year's dues: whole fen, above zero, not over the cap. */
export function checkDuesAmount(
  kind: MemberKind,
  headcount: number | null,
  amountFen: number,
  caps: DuesCaps = DEFAULT_DUES_CAPS,
): { ok: true } | { ok: false; code: DuesAmountCode; capFen: number } {
  const capFen = duesCapFen(kind, headcount, caps);
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return { ok: false, code: 'DUES_AMOUNT_INVALID', capFen };
  if (amountFen > capFen) return { ok: false, code: 'DUES_OVER_CAP', capFen };
  return { ok: true };
}

/** Youth members pay if they wish; they never lapse for dues. */
export function paysDues(kind: MemberKind): boolean {
  return kind !== 'youth';
}

/** A standing of a member as far as dues go. */
export type DuesStanding = 'paid' | 'dueSoon' | 'lapsed';

/**
 * The dues standing in `currentYear`, from the years the member paid. Two calendar years before the current one
 * both unpaid: lapsed (失效). Only the year before unpaid: about to lapse. A year before the member joined is not
 * owed, so a member who joined last year is never lapsed this year.
 */
export function duesStanding(
  kind: MemberKind,
  joinYear: number,
  paidYears: ReadonlySet<number> | readonly number[],
  currentYear: number,
): DuesStanding {
  if (!paysDues(kind)) return 'paid';
  const paid = paidYears instanceof Set ? paidYears : new Set(paidYears as readonly number[]);
  const owed = (year: number) => year >= joinYear && !paid.has(year);
  const lastYear = currentYear - 1;
  if (owed(lastYear) && owed(lastYear - 1)) return 'lapsed';
  if (owed(lastYear)) return 'dueSoon';
  return 'paid';
}

/**
 * The status the roster shows: a recorded 退会 or 转出 stands; otherwise the dues decide between 有效 and 失效
 * (a recorded 失效 stands too, e.g. one lapsed by hand).
 */
export function derivedMemberStatus(recorded: MemberStatus, standing: DuesStanding): MemberStatus {
  if (recorded !== 'active') return recorded;
  return standing === 'lapsed' ? 'lapsed' : 'active';
}

/** The year of a stored `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A dues column header of an old roster: "2024年会费", "2024会费", "2024年度会费" -> 2024; else null. */
export function duesHeaderYear(header: string): number | null {
  const match = /^\s*((?:19|20)\d{2})\s*年?度?\s*会费\s*(?:[(（]\s*元\s*[)）])?\s*$/.exec(header.normalize('NFKC'));
  return match ? Number(match[1]) : null;
}

/** A dues receipt number (收据): {office code}-{year}-{seq, 5 digits}. */
export function formatReceiptNumber(officeCode: string, year: number, seq: number): string {
  return `${officeCode}-${year}-${String(seq).padStart(5, '0')}`;
}

/** A receipt number read back: the part before the sequence ({office}-{year}), the sequence, and a number of the run. */
export function parseReceiptNumber(
  receiptNumber: string,
): { prefix: string; seq: number; format: (seq: number) => string } | null {
  const match = /^(\d{6})-(\d{4})-(\d{5,9})$/.exec(receiptNumber.trim());
  if (!match) return null;
  const [, officeCode, year] = match;
  return {
    prefix: `${officeCode}-${year}`,
    seq: Number(match[3]),
    format: (seq) => formatReceiptNumber(officeCode!, Number(year), seq),
  };
}
