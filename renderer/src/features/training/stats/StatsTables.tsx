// The statistics' tables: by township (with the population share), by sector (五进) and, for the city, by county.
import { useTranslation } from 'react-i18next';
import type { TrainingFigures, TrainingStats } from '@core/training/stats/contract';

const FIGURES: (keyof TrainingFigures)[] = [
  'coursesHeld',
  'popularAttendances',
  'certificatesIssued',
  'personsCertified',
  'renewals',
  'instructorsActive',
  'personsWithValidCertificate',
];

function FigureTable<R extends TrainingFigures>({
  caption,
  first,
  rows,
  label,
  extra,
}: {
  caption: string;
  first: string;
  rows: readonly R[];
  label(row: R): string;
  extra?: { header: string; value(row: R): string }[];
}) {
  const { t } = useTranslation();
  return (
    <table className="report-table training-figures" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{first}</th>
          {FIGURES.map((f) => (
            <th key={f} className="num">
              {t(`trainingReports.${f}`)}
            </th>
          ))}
          {extra?.map((e) => (
            <th key={e.header} className="num">
              {e.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={label(row)}>
            <td>{label(row)}</td>
            {FIGURES.map((f) => (
              <td key={f} className="num">
                {row[f]}
              </td>
            ))}
            {extra?.map((e) => (
              <td key={e.header} className="num">
                {e.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatsTables({ stats }: { stats: TrainingStats }) {
  const { t } = useTranslation();
  return (
    <>
      <FigureTable
        caption={t('trainingReports.byTownship')}
        first={t('trainingReports.township')}
        rows={stats.byTownship}
        label={(r) => [r.officeName, r.township ?? t('trainingReports.noTownship')].filter(Boolean).join(' · ')}
        extra={[
          {
            header: t('trainingReports.population'),
            value: (r) => (r.population === null ? '' : String(r.population)),
          },
          {
            header: t('trainingReports.validShare'),
            value: (r) => (r.validShare === null ? '' : `${r.validShare.toFixed(2)}%`),
          },
        ]}
      />
      <FigureTable
        caption={t('trainingReports.bySector')}
        first={t('trainingReports.sector')}
        rows={stats.bySector}
        label={(r) => (r.sector ? t(`trainingReports.sectors.${r.sector}`) : t('trainingReports.noSector'))}
      />
      {stats.byOffice.length > 1 && (
        <FigureTable
          caption={t('trainingReports.byOffice')}
          first={t('trainingReports.office')}
          rows={stats.byOffice}
          label={(r) => r.officeName}
        />
      )}
    </>
  );
}
