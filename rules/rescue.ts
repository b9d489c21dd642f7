// Rescue teams (应急救援队): the rules the forms, the core and the city's check share. A team has a type and its
// members a role, both from the office's editable lists; its drills and call-outs (演练 / 出队) record who was
// present and for how long. A member is ready (召之即来) while their first-aid certificate is valid.

/** The team types an office starts with (editable in the rescue settings). */
export const DEFAULT_TEAM_TYPES = ['应急救护', '水上救援', '山地搜救', '赈济', '供水', '其他'] as const;
/** The roles in a team an office starts with (editable). */
export const DEFAULT_TEAM_ROLES = ['队长', '副队长', '队员'] as const;

/** The office's two editable lists. */
export const RESCUE_LIST_KINDS = ['teamTypes', 'roles'] as const;
export type RescueListKind = (typeof RESCUE_LIST_KINDS)[number];

/** A name on either list: 1 to 20 characters. */
export const RESCUE_LIST_NAME_MAX = 20;
/** Names on one list. */
export const RESCUE_LIST_MAX = 30;

/** 演练 (a drill) or 出队 (a call-out to a real emergency). */
export const DRILL_KINDS = ['drill', 'callout'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

/** A member's first-aid certificate on a day: 有效, 即将到期 (within the training domain's window), 已过期, 无证. */
export const READINESS_STATES = ['valid', 'expiring', 'expired', 'none'] as const;
export type Readiness = (typeof READINESS_STATES)[number];

/** Ready to be called out: the certificate still holds on the day, even when it is about to expire. */
export function isReady(readiness: Readiness): boolean {
  return readiness === 'valid' || readiness === 'expiring';
}

/** A list as typed: names trimmed, blanks and repeats dropped, in the order given. */
export function cleanListNames(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** A list an office may keep: at least one name, each within the limit, not too many. */
export function checkListNames(names: readonly string[]): boolean {
  const clean = cleanListNames(names);
  return (
    clean.length >= 1 &&
    clean.length <= RESCUE_LIST_MAX &&
    clean.length === names.length &&
    clean.every((n) => [...n].length <= RESCUE_LIST_NAME_MAX)
  );
}

/** A team number: the office code, JY and a three-digit sequence (321302JY001); never reused. */
export function formatTeamNumber(officeCode: string, seq: number): string {
  return `${officeCode}JY${String(seq).padStart(3, '0')}`;
}

/** The sequence of a team number of the office, or 0 when it is not one (a number typed another way). */
export function teamNumberSeq(officeCode: string, number: string): number {
  const prefix = `${officeCode}JY`;
  if (!number.startsWith(prefix)) return 0;
  const seq = Number(number.slice(prefix.length));
  return Number.isSafeInteger(seq) ? seq : 0;
}
