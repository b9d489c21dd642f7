// 培训统计: a year's training figures as cards, the monthly trend and the township comparison (ECharts), the
// tables by township, sector and (the city) county; xlsx export and print. The expiring list's card on top.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeader, useToast } from '@renderer/ui';
import { errorText } from '../../../i18n';
import { downloadBase64 } from '../../../ui/files';
import { Chart } from '../../stock/dashboard/Chart';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../reportsApi';
import { FigureCards } from './FigureCards';
import { ReminderCard } from './ReminderCard';
import { monthlyTrend, townshipComparison } from './statsCharts';
import { StatsPrint } from './StatsPrint';
import { StatsTables } from './StatsTables';
import '../training-reports.css';

const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

export function StatsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [year, setYear] = useState(thisYear);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [stats] = useLoad(() => trainingCall('training.stats.get', { year }), [year]);
  const charts = useMemo(
    () => (stats ? { trend: monthlyTrend(t, stats), townships: townshipComparison(t, stats) } : null),
    [stats, t],
  );
  const exportFile = async () => {
    setExporting(true);
    try {
      const file = await trainingCall('training.stats.export', { year });
      downloadBase64(file.fileName, file.contentBase64);
    } catch (error) {
      toast.show(errorText(t, error), 'error');
    } finally {
      setExporting(false);
    }
  };
  if (printing && stats) return <StatsPrint stats={stats} onBack={() => setPrinting(false)} />;
  return (
    <div className="page training-stats-page">
      <PageHeader title={t('nav.trainingStats')}>
        <label className="inline-number">
          {t('trainingReports.year')}
          <input
            type="number"
            min={2000}
            max={2199}
            value={year}
            aria-label={t('trainingReports.year')}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (value >= 2000 && value <= 2199) setYear(value);
            }}
          />
        </label>
        <Button onClick={() => void exportFile()} disabled={!stats || exporting}>
          {t('trainingReports.export')}
        </Button>
        <Button onClick={() => setPrinting(true)} disabled={!stats}>
          {t('trainingReports.print')}
        </Button>
      </PageHeader>
      <ReminderCard />
      {!stats || !charts ? (
        <p className="muted">{t('trainingReports.loading')}</p>
      ) : (
        <>
          <p className="muted">
            {stats.officeName}　{t('trainingReports.period')}：{stats.from} — {stats.to}
          </p>
          <FigureCards stats={stats} />
          <div className="training-charts">
            <section className="dash-card" aria-label={t('trainingReports.monthlyTrend')}>
              <h2>{t('trainingReports.monthlyTrend')}</h2>
              <Chart option={charts.trend} label={t('trainingReports.monthlyTrend')} height={220} />
            </section>
            <section className="dash-card" aria-label={t('trainingReports.townshipComparison')}>
              <h2>{t('trainingReports.townshipComparison')}</h2>
              <Chart option={charts.townships} label={t('trainingReports.townshipComparison')} height={220} />
            </section>
          </div>
          <StatsTables stats={stats} />
        </>
      )}
    </div>
  );
}
