// The members of a collection, one row each: a tick (Space), the amount in 元 (Tab moves from box to box), the cap,
// and what stops or warns: paid this year already, withdrawn or transferred out, over the cap (a youth member's
// dues are voluntary, said once above the list).
import { useTranslation } from 'react-i18next';
import type { DuesCaps } from '@rules/members';
import { Button } from '../../../ui';
import { fenToYuan } from '../money';
import { amountProblem, blockedOf, capOf, type DuesLine } from './duesLines';

interface Props {
  lines: DuesLine[];
  caps: DuesCaps;
  year: number;
  onChange(lines: DuesLine[]): void;
}

export function DuesList({ lines, caps, year, onChange }: Props) {
  const { t } = useTranslation();
  const d = (key: string, values: Record<string, unknown> = {}) => t(`memberDues.${key}`, values);
  const update = (at: number, change: Partial<DuesLine>) =>
    onChange(lines.map((line, n) => (n === at ? { ...line, ...change } : line)));
  const tickAll = (ticked: boolean) =>
    onChange(lines.map((line) => ({ ...line, ticked: ticked && blockedOf(line.member, year) === null })));
  const note = (line: DuesLine): { text: string; problem: boolean } | null => {
    const blocked = blockedOf(line.member, year);
    if (blocked && 'paid' in blocked) return { text: d('paidAlready', { year: blocked.paid }), problem: false };
    if (blocked) return { text: d('left', { status: t(`members.status.${blocked.left}`) }), problem: false };
    const problem = line.ticked ? amountProblem(line, caps) : null;
    return problem ? { text: d(problem, { cap: fenToYuan(capOf(line.member, caps)) }), problem: true } : null;
  };
  return (
    <div className="mem-dues-list">
      <div className="mem-dues-tools">
        <Button onClick={() => tickAll(true)}>{d('tickAll')}</Button>
        <Button onClick={() => tickAll(false)}>{d('tickNone')}</Button>
        {lines.some((l) => l.member.kind === 'youth') && <span className="muted">{d('youthAll')}</span>}
      </div>
      <div className="table-wrap">
        <table className="table mem-dues-table">
          <thead>
            <tr>
              {(['take', 'name', 'cardNumber', 'kind', 'where', 'cap', 'amount', 'note'] as const).map((c) => (
                <th key={c} className={c === 'cap' || c === 'amount' ? 'num' : undefined}>
                  {d(`col.${c}`)}
                </th>
              ))}
              <th aria-label={d('remove')} />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, n) => {
              const { member } = line;
              const blocked = blockedOf(member, year) !== null;
              const said = note(line);
              return (
                <tr key={member.id} className={blocked ? 'mem-dues-blocked' : line.ticked ? undefined : 'mem-dues-off'}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={d('take', { name: member.name })}
                      checked={line.ticked && !blocked}
                      disabled={blocked}
                      onChange={(event) => update(n, { ticked: event.target.checked })}
                    />
                  </td>
                  <td className="cell-strong">{member.name}</td>
                  <td className="mono">{member.cardNumber}</td>
                  <td>{t(`members.kind.${member.kind}`)}</td>
                  <td>{member.className ? `${member.school ?? ''} ${member.className}` : (member.unitName ?? '')}</td>
                  <td className="num">{fenToYuan(capOf(member, caps))}</td>
                  <td className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      className="mem-amount"
                      aria-label={d('amountOf', { name: member.name })}
                      aria-invalid={said?.problem || undefined}
                      value={line.amount}
                      disabled={blocked || !line.ticked}
                      maxLength={10}
                      onChange={(event) => update(n, { amount: event.target.value })}
                    />
                  </td>
                  <td className={said?.problem ? 'field-error' : 'muted'}>{said?.text}</td>
                  <td>
                    <button
                      type="button"
                      className="mem-remove"
                      aria-label={`${d('remove')} ${member.name}`}
                      title={d('remove')}
                      onClick={() => onChange(lines.filter((_, i) => i !== n))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
