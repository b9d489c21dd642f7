// One activity's pending records on the approval page: a heading with the date, name, count and hours, the
// whole-activity buttons, and a table whose rows an approver ticks.
import { useTranslation } from 'react-i18next';
import type { ServiceRecordRow } from '@core/volunteers/service/contract';
import { Button } from '../../../ui';
import { hoursText } from '../hoursText';

interface Props {
  rows: ServiceRecordRow[];
  canDecide: boolean;
  chosen: ReadonlySet<string>;
  onChoose(next: Set<string>): void;
  onApproveAll(): void;
  onRejectAll(): void;
}

export function ActivityGroup({ rows, canDecide, chosen, onChoose, onApproveAll, onRejectAll }: Props) {
  const { t } = useTranslation();
  const first = rows[0]!;
  const c = (key: string) => t(`volunteerApproval.col.${key}`);
  const halfHours = rows.reduce((sum, r) => sum + r.halfHours, 0);
  const allChosen = rows.every((r) => chosen.has(r.id));
  const set = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    onChoose(next);
  };
  return (
    <section className="vol-approval-group" aria-label={first.activityName}>
      <header>
        <h2>
          {t('volunteerApproval.activityLine', {
            date: first.serviceDate,
            name: first.activityName,
            count: rows.length,
            hours: hoursText(halfHours),
          })}
        </h2>
        {canDecide && (
          <>
            <Button variant="primary" onClick={onApproveAll}>
              {t('volunteerApproval.approveActivity')}
            </Button>
            <Button onClick={onRejectAll}>{t('volunteerApproval.rejectActivity')}</Button>
          </>
        )}
      </header>
      <table className="data-table">
        <thead>
          <tr>
            {canDecide && (
              <th>
                <input
                  type="checkbox"
                  aria-label={t('volunteerApproval.chooseActivity', { name: first.activityName })}
                  checked={allChosen}
                  onChange={(event) =>
                    set(
                      rows.map((r) => r.id),
                      event.target.checked,
                    )
                  }
                />
              </th>
            )}
            <th>{c('number')}</th>
            <th>{c('name')}</th>
            <th>{c('time')}</th>
            <th>{c('hours')}</th>
            <th>{c('backfill')}</th>
            <th>{c('enteredBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {canDecide && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('volunteerApproval.choose', { name: r.name })}
                    checked={chosen.has(r.id)}
                    onChange={(event) => set([r.id], event.target.checked)}
                  />
                </td>
              )}
              <td className="mono">{r.volunteerNumber}</td>
              <td>{r.name}</td>
              <td>
                {r.startTime
                  ? `${r.startTime}–${r.endsNextDay ? t('volunteerApproval.nextDay') : ''}${r.endTime}`
                  : '—'}
              </td>
              <td>{hoursText(r.halfHours)}</td>
              <td>{r.backfill ? t('volunteerApproval.backfillYes', { reason: r.backfillReason ?? '' }) : ''}</td>
              <td>{r.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
