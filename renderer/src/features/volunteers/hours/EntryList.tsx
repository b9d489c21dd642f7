// The volunteers of an hours entry: numbered rows with an editable own-hours cell (blank: the shared hours) and a
// remove button. Enter in an hours cell moves to the next row's, so a few can be adjusted by keyboard alone.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursText } from '../hoursText';
import { ownHalfHours, type ListedVolunteer } from './entryDraft';

interface Props {
  listed: ListedVolunteer[];
  shared: number | null;
  onChange(next: ListedVolunteer[]): void;
}

function nextHoursCell(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  event.stopPropagation();
  const cells = [...document.querySelectorAll<HTMLInputElement>('.vol-entry-list input.vol-own-hours')];
  const next = cells[cells.indexOf(event.currentTarget) + 1];
  if (next) next.focus();
  else document.querySelector<HTMLButtonElement>('.vol-entry-save')?.focus();
}

export function EntryList({ listed, shared, onChange }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`volunteerHours.col.${key}`);
  const total = listed.reduce((sum, v) => sum + (ownHalfHours(v) ?? shared ?? 0), 0);
  if (listed.length === 0) return <p className="vol-empty">{t('volunteerHours.listEmpty')}</p>;
  return (
    <div className="vol-entry-list">
      <p className="muted" aria-live="polite">
        {t('volunteerHours.listCount', { count: listed.length, hours: hoursText(total) })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th>{c('seq')}</th>
            <th>{c('number')}</th>
            <th>{c('name')}</th>
            <th>{c('hours')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {listed.map((v, n) => (
            <tr key={v.id}>
              <td>{n + 1}</td>
              <td className="mono">{v.number}</td>
              <td>{v.name}</td>
              <td>
                <input
                  className="vol-own-hours"
                  type="text"
                  inputMode="decimal"
                  maxLength={5}
                  aria-label={t('volunteerHours.ownHours', { name: v.name })}
                  aria-invalid={ownHalfHours(v) === null ? true : undefined}
                  placeholder={shared === null ? '' : hoursText(shared)}
                  value={v.ownHours}
                  onKeyDown={nextHoursCell}
                  onChange={(event) =>
                    onChange(listed.map((x) => (x.id === v.id ? { ...x, ownHours: event.target.value } : x)))
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="cell-link cell-link-danger"
                  tabIndex={-1}
                  aria-label={t('volunteerHours.removeName', { name: v.name })}
                  onClick={() => onChange(listed.filter((x) => x.id !== v.id))}
                >
                  {t('volunteerHours.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
