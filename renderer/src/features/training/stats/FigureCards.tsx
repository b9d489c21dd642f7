// The year's figures as cards: the target's progress under the newly certified, the population share under
// the valid holders.
import { useTranslation } from 'react-i18next';
import type { TrainingStats } from '@core/training/stats/contract';

export function FigureCards({ stats }: { stats: TrainingStats }) {
  const { t } = useTranslation();
  const { total } = stats;
  const card = (key: keyof typeof total, note?: string) => (
    <div className="training-figure" key={key} data-figure={key}>
      <span>{t(`trainingReports.${key}`)}</span>
      <strong>{total[key]}</strong>
      {note && <small>{note}</small>}
    </div>
  );
  return (
    <div className="training-figures-cards">
      {card('coursesHeld')}
      {card('popularAttendances')}
      {card('certificatesIssued')}
      {card(
        'personsCertified',
        stats.certifiedTarget === null
          ? t('trainingReports.noTarget')
          : t('trainingReports.targetOf', { target: stats.certifiedTarget, progress: stats.targetProgress }),
      )}
      {card('renewals')}
      {card('instructorsActive')}
      {card(
        'personsWithValidCertificate',
        stats.validShare === null
          ? t('trainingReports.noPopulation')
          : t('trainingReports.shareOf', { share: stats.validShare.toFixed(2) }),
      )}
    </div>
  );
}
