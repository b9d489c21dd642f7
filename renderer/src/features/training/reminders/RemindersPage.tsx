// 到期提醒: certificates expiring within 30/90 days and expired ones a 复训 still renews, by township and
// work unit, with the holder's phones; exported as an xlsx call list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_BANDS, type ReminderBand } from '@core/training/reminders/contract';
import { Button, PageHeader, useToast } from '@renderer/ui';
import { errorText } from '../../../i18n';
import { downloadBase64 } from '../../../ui/files';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../reportsApi';
import '../training-reports.css';

type Band = ReminderBand | 'ALL';
const BANDS: Band[] = ['ALL', ...REMINDER_BANDS];

export function RemindersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [band, setBand] = useState<Band>('ALL');
  const [township, setTownship] = useState('');
  const [workUnit, setWorkUnit] = useState('');
  const [exporting, setExporting] = useState(false);
  const filters = { band, township: township || undefined, workUnit: workUnit || undefined };
  const [list] = useLoad(() => trainingCall('training.reminders.list', filters), [band, township, workUnit]);
  const exportFile = async () => {
    setExporting(true);
    try {
      const file = await trainingCall('training.reminders.export', filters);
      downloadBase64(file.fileName, file.contentBase64);
    } catch (error) {
      toast.show(errorText(t, error), 'error');
    } finally {
      setExporting(false);
    }
  };
  const select = (label: string, value: string, set: (v: string) => void, options: readonly string[]) => (
    <label className="inline-select">
      {label}
      <select value={value} onChange={(event) => set(event.target.value)} aria-label={label}>
        <option value="">{t('trainingReminders.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="page training-reminders-page">
      <PageHeader title={t('nav.trainingReminders')}>
        <label className="inline-select">
          {t('trainingReminders.band')}
          <select
            value={band}
            onChange={(event) => setBand(event.target.value as Band)}
            aria-label={t('trainingReminders.band')}
          >
            {BANDS.map((b) => (
              <option key={b} value={b}>
                {t(`trainingReminders.bands.${b}`)}
              </option>
            ))}
          </select>
        </label>
        {select(t('trainingReminders.township'), township, setTownship, list?.townships ?? [])}
        {select(t('trainingReminders.workUnit'), workUnit, setWorkUnit, list?.workUnits ?? [])}
        <Button variant="primary" onClick={() => void exportFile()} disabled={!list || exporting}>
          {t('trainingReminders.export')}
        </Button>
      </PageHeader>
      {!list ? (
        <p className="muted">{t('trainingReports.loading')}</p>
      ) : (
        <>
          <p className="training-counts-line">
            {t('trainingReminders.asOf', { date: list.asOf })}　{t('trainingReports.within30')}{' '}
            <strong>{list.counts.within30}</strong>　{t('trainingReports.within90')}{' '}
            <strong>{list.counts.within90}</strong>　{t('trainingReports.expiredRenewable')}{' '}
            <strong>{list.counts.expiredRenewable}</strong>
          </p>
          {list.truncated && <p className="muted">{t('trainingReminders.truncated', { count: list.rows.length })}</p>}
          {list.rows.length === 0 ? (
            <p className="muted">{t('trainingReminders.none')}</p>
          ) : (
            <table className="report-table training-reminders" aria-label={t('nav.trainingReminders')}>
              <thead>
                <tr>
                  {(
                    [
                      'township',
                      'workUnit',
                      'name',
                      'mobile',
                      'phone',
                      'kind',
                      'number',
                      'expiryDate',
                      'status',
                      'renewableUntil',
                    ] as const
                  ).map((key) => (
                    <th key={key}>{t(`trainingReminders.${key}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.certificateId} className={`band-${row.band}`}>
                    <td>{row.township}</td>
                    <td>{row.workUnit}</td>
                    <td title={row.idMasked}>{row.name}</td>
                    <td>{row.mobile}</td>
                    <td>{row.phone}</td>
                    <td>{row.kindName}</td>
                    <td>{row.number}</td>
                    <td>{row.expiryDate}</td>
                    <td>
                      {row.daysLeft >= 0
                        ? t('trainingReminders.daysLeft', { count: row.daysLeft })
                        : t('trainingReminders.daysAgo', { count: -row.daysLeft })}
                    </td>
                    <td>{row.renewableUntil}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
