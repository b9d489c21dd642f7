// What an hours entry did: how many records were entered (and their hours, waiting for approval), and each
// volunteer refused, by name and why.
import { useTranslation } from 'react-i18next';
import type { EntryRefusal, ServiceEntryResult } from '@core/volunteers/service/contract';
import { Button, PageHeader } from '../../../ui';
import { hoursText } from '../hoursText';

interface Props {
  entry: ServiceEntryResult | null;
  refused: EntryRefusal[];
  onNext(): void;
}

export function EntryResult({ entry, refused, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <div className="page vol-entry">
      <PageHeader title={t('volunteerHours.resultTitle')} />
      <div className="vol-entry-result" role="status">
        <p>
          <b>{entry?.activity.name}</b> {entry?.activity.date}
        </p>
        <p>{t('volunteerHours.result', { count: entry?.created ?? 0, hours: hoursText(entry?.halfHours ?? 0) })}</p>
        {entry?.backfill && <p>{t('volunteerHours.resultBackfill')}</p>}
        {refused.length > 0 && (
          <>
            <p className="field-error">{t('volunteerHours.refused', { count: refused.length })}</p>
            <ul className="vol-row-errors">
              {refused.map((r) => (
                <li key={r.volunteerId}>
                  {r.code === 'SERVICE_DAY_OVER_24'
                    ? t('volunteerHours.refusedDay', { name: r.name, date: r.date })
                    : t('volunteerHours.refusedInactive', { name: r.name })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="toolbar">
        <Button variant="primary" autoFocus onClick={onNext}>
          {t('volunteerHours.next')}
        </Button>
      </div>
    </div>
  );
}
