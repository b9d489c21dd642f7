// The statistics as printed (landscape A4): the office, the period, the figures and the tables.
import { useTranslation } from 'react-i18next';
import type { TrainingStats } from '@core/training/stats/contract';
import { PrintSheet } from '@renderer/ui/print/PrintSheet';
import { PrintView } from '@renderer/ui/print/PrintView';
import { FigureCards } from './FigureCards';
import { StatsTables } from './StatsTables';

export function StatsPrint({ stats, onBack }: { stats: TrainingStats; onBack(): void }) {
  const { t } = useTranslation();
  const title = `${t('nav.trainingStats')} ${stats.from.slice(0, 4)}`;
  return (
    <PrintView title={title} ready onBack={onBack} landscape>
      <PrintSheet
        officeName={stats.officeName}
        title={t('nav.trainingStats')}
        facts={[{ label: t('trainingReports.period'), value: `${stats.from} — ${stats.to}` }]}
        signatures={[]}
      >
        <FigureCards stats={stats} />
        <StatsTables stats={stats} />
      </PrintSheet>
    </PrintView>
  );
}
