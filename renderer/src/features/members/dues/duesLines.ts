// The 收会费 list as the clerk edits it: each member with a tick and the amount typed (in 元), the default being the
// member's cap under the office's caps; a member who paid the year already or left is listed but cannot be ticked.
// What the list means for the collection - the ticked members, each amount checked against its cap, the total.
import type { MemberRow } from '@core/members/roster/contract';
import { checkDuesAmount, duesCapFen, type DuesCaps } from '@rules/members';
import { fenToYuan, yuanToFen } from '../money';

export interface DuesLine {
  member: MemberRow;
  ticked: boolean;
  /** The amount as typed, in 元. */
  amount: string;
}

/** Why a member cannot be collected from for the year: paid already, or no longer a member. */
export type Blocked = { paid: number } | { left: 'withdrawn' | 'transferred' } | null;

export function blockedOf(member: MemberRow, year: number): Blocked {
  if (member.recordedStatus === 'withdrawn' || member.recordedStatus === 'transferred')
    return { left: member.recordedStatus };
  return member.paidYears.includes(year) ? { paid: year } : null;
}

export function capOf(member: MemberRow, caps: DuesCaps): number {
  return duesCapFen(member.kind, member.headcount, caps);
}

/** New lines for members not on the list yet, ticked unless blocked, at their cap. */
export function linesOf(members: readonly MemberRow[], caps: DuesCaps, year: number): DuesLine[] {
  return members.map((member) => ({
    member,
    ticked: blockedOf(member, year) === null,
    amount: fenToYuan(capOf(member, caps)),
  }));
}

export type AmountProblem = 'badAmount' | 'overCap' | null;

export function amountProblem(line: DuesLine, caps: DuesCaps): AmountProblem {
  const fen = yuanToFen(line.amount);
  if (fen === null || fen === undefined) return 'badAmount';
  const checked = checkDuesAmount(line.member.kind, line.member.headcount, fen, caps);
  return checked.ok ? null : checked.code === 'DUES_OVER_CAP' ? 'overCap' : 'badAmount';
}

/** The ticked lines that can be collected, each with its amount in fen (null when the amount is wrong). */
export function collection(lines: readonly DuesLine[], caps: DuesCaps, year: number) {
  const taken = lines.filter((l) => l.ticked && blockedOf(l.member, year) === null);
  const amounts = taken.map((l) => (amountProblem(l, caps) === null ? yuanToFen(l.amount)! : null));
  return {
    lines: taken,
    wrong: amounts.filter((a) => a === null).length,
    totalFen: amounts.reduce<number>((sum, fen) => sum + (fen ?? 0), 0),
    input: taken.map((l, n) => ({ memberId: l.member.id, amountFen: amounts[n] ?? 0 })),
  };
}
