// The dashboard card of the expiring list: how many certificates expire within 30 and 90 days and how many
// expired but may still be renewed, with a way to the list.
import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/route';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../reportsApi';

export function ReminderCard() {
  const { t } = useTranslation();
  const [list] = useLoad(() => trainingCall('training.reminders.list', { band: 'DUE_30' }), []);
  const counts = list?.counts;
  return (
    <section className="dash-card training-reminder-card" aria-label={t('trainingReports.reminderCard')}>
      <header className="dash-card-head">
        <h2>{t('trainingReports.reminderCard')}</h2>
        <span className="toolbar-spacer" />
        <button type="button" className="cell-link" onClick={() => navigate('training-reminders')}>
          {t('trainingReports.viewReminders')}
        </button>
      </header>
      <div className="training-counts">
        <p className={counts?.within30 ? 'tone-red' : ''}>
          <span>{t('trainingReports.within30')}</span>
          <strong data-count="within30">{counts?.within30 ?? '…'}</strong>
        </p>
        <p className={counts?.within90 ? 'tone-amber' : ''}>
          <span>{t('trainingReports.within90')}</span>
          <strong data-count="within90">{counts?.within90 ?? '…'}</strong>
        </p>
        <p>
          <span>{t('trainingReports.expiredRenewable')}</span>
          <strong data-count="expiredRenewable">{counts?.expiredRenewable ?? '…'}</strong>
        </p>
      </div>
    </section>
  );
}
