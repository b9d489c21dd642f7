// The statistics page's two charts: certificates issued per month (renewals apart) and valid holders per
// township. Each chart counts one unit (certificates, or persons), never two added together.
import type { TFunction } from 'i18next';
import type { TrainingStats } from '@core/training/stats/contract';
import type { ChartOption } from '../../stock/dashboard/Chart';

export function monthlyTrend(t: TFunction, stats: TrainingStats): ChartOption {
  const first = t('trainingReports.personsCertified');
  const issued = t('trainingReports.certificatesIssued');
  const renewals = t('trainingReports.renewals');
  return {
    grid: { left: 44, right: 16, top: 30, bottom: 28 },
    legend: { data: [issued, renewals], top: 0, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: stats.byMonth.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: { type: 'value', minInterval: 1, name: t('trainingReports.unitCertificates') },
    series: [
      {
        name: issued,
        type: 'bar',
        data: stats.byMonth.map((m) => m.certificatesIssued),
        itemStyle: { color: '#c8102e' },
      },
      { name: renewals, type: 'bar', data: stats.byMonth.map((m) => m.renewals), itemStyle: { color: '#1a66c9' } },
    ],
    aria: { enabled: true, label: { description: first } },
    animation: false,
  };
}

export function townshipComparison(t: TFunction, stats: TrainingStats): ChartOption {
  const rows = stats.byTownship.filter((r) => r.township !== null).slice(0, 20);
  return {
    grid: { left: 44, right: 16, top: 16, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: rows.map((r) => (r.officeName ? `${r.officeName} ${r.township}` : r.township)),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('trainingReports.unitPersons') },
    series: [
      {
        name: t('trainingReports.personsWithValidCertificate'),
        type: 'bar',
        data: rows.map((r) => r.personsWithValidCertificate),
        itemStyle: { color: '#1e7b3c' },
        barMaxWidth: 36,
      },
    ],
    animation: false,
  };
}
