// 到场队员: the team's members on the day as a list of check boxes - ↑↓ move, Space ticks - with 全选/全不选, and
// an own-hours box beside each ticked member for the few whose hours differ from everyone's.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMemberRow } from '@core/rescue/contract';
import { ReadinessBadge } from '../ReadinessBadge';

interface Props {
  members: TeamMemberRow[];
  present: Record<string, string>;
  onChange(present: Record<string, string>): void;
}

/** ↑↓ move between the check boxes of the list, as a clerk goes down a paper sign-in sheet. */
function moveByArrows(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
  event.preventDefault();
  const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  boxes[boxes.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
}

export function PresentList({ members, present, onChange }: Props) {
  const { t } = useTranslation();
  const d = (key: string) => t(`rescueDrill.${key}`);
  const toggle = (id: string, on: boolean) => {
    const next = { ...present };
    if (on) next[id] = next[id] ?? '';
    else delete next[id];
    onChange(next);
  };
  const all = (on: boolean) => onChange(on ? Object.fromEntries(members.map((m) => [m.id, present[m.id] ?? ''])) : {});
  return (
    <div className="rescue-present">
      <table>
        <thead>
          <tr>
            <th>
              <label className="check">
                <input
                  type="checkbox"
                  aria-label={d('all')}
                  checked={members.length > 0 && members.every((m) => m.id in present)}
                  onChange={(event) => all(event.target.checked)}
                />
                {d('all')}
              </label>
            </th>
            <th>{t('rescueTeam.col.role')}</th>
            <th>{t('rescueTeam.col.certificate')}</th>
            <th>{d('volunteer')}</th>
            <th>{d('ownHours')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={moveByArrows}>
          {members.map((member) => {
            const ticked = member.id in present;
            return (
              <tr key={member.id} className={ticked ? 'rescue-ticked' : undefined}>
                <td>
                  <label className="check">
                    <input type="checkbox" checked={ticked} onChange={(e) => toggle(member.id, e.target.checked)} />
                    {member.name}
                  </label>
                </td>
                <td>{member.role}</td>
                <td>
                  <ReadinessBadge readiness={member.readiness} />
                </td>
                <td className="mono">{member.volunteerNumber ?? ''}</td>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    className="input rescue-own-hours"
                    aria-label={`${member.name} ${d('ownHours')}`}
                    placeholder={ticked ? d('sameHours') : ''}
                    disabled={!ticked}
                    maxLength={5}
                    value={present[member.id] ?? ''}
                    onChange={(e) => onChange({ ...present, [member.id]: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
