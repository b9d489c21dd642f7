// 三献统计 (#/donor-stats, every role): live registrations by kind, then per year and kind the new registrations,
// the donations and the blood given in millilitres, with a bar chart of new registrations per year (persons only:
// counts and millilitres are never drawn or added together). Counts only - no name, number or date of anyone.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DONOR_KINDS } from '@rules/donors';
import { call } from '../../../api/client';
import { PageHeader } from '../../../ui';
import { Chart, type ChartOption } from '../../stock/dashboard/Chart';
import { useLoad } from '../../stock/useLoad';
import '../donors.css';

const KIND_COLORS = { blood: '#c8102e', stemCells: '#1a66c9', organ: '#1e7b3c', body: '#7a5195' } as const;

export function DonorStatsPage() {
  const { t } = useTranslation();
  const [stats] = useLoad(() => call('donors.stats', {}), []);
  // Every year from the first to the last, so a year without registrations shows as one, not as a gap closed up.
  const years = useMemo(() => {
    const seen = stats?.years.map((y) => y.year) ?? [];
    if (seen.length === 0) return [];
    const first = Math.min(...seen);
    return Array.from({ length: Math.max(...seen) - first + 1 }, (_, n) => first + n);
  }, [stats]);
  const chart = useMemo<ChartOption | null>(() => {
    if (!stats || years.length === 0) return null;
    const count = (year: number, kind: string) =>
      stats.years.find((y) => y.year === year && y.kind === kind)?.registrations ?? 0;
    return {
      grid: { left: 44, right: 16, top: 30, bottom: 28 },
      legend: { data: DONOR_KINDS.map((k) => t(`donors.kind.${k}`)), top: 0, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1, name: t('donors.stats.unitPersons') },
      series: DONOR_KINDS.map((kind) => ({
        name: t(`donors.kind.${kind}`),
        type: 'bar',
        data: years.map((year) => count(year, kind)),
        itemStyle: { color: KIND_COLORS[kind] },
        barMaxWidth: 28,
      })),
      animation: false,
    };
  }, [stats, years, t]);

  return (
    <div className="page donor-stats">
      <PageHeader title={t('donors.stats.title')} />
      <p className="muted">{t('donors.stats.note')}</p>
      {stats && (
        <>
          <section className="panel">
            <h2>{t('donors.stats.live')}</h2>
            <div className="donor-figures">
              {DONOR_KINDS.map((kind) => (
                <div key={kind} className="donor-figure">
                  <span className="donor-figure-value">{stats.live[kind]}</span>
                  <span>{t(`donors.kind.${kind}`)}</span>
                </div>
              ))}
            </div>
          </section>
          <section className="panel">
            <h2>{t('donors.stats.byYear')}</h2>
            {stats.years.length === 0 ? (
              <p className="muted">{t('donors.stats.empty')}</p>
            ) : (
              <>
                {chart && <Chart option={chart} label={t('donors.stats.chartLabel')} />}
                <table className="table donor-stats-table">
                  <thead>
                    <tr>
                      <th>{t('donors.stats.year')}</th>
                      <th>{t('donors.field.kind')}</th>
                      <th className="num">{t('donors.stats.registrations')}</th>
                      <th className="num">{t('donors.stats.donations')}</th>
                      <th className="num">{t('donors.stats.bloodMl')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.years.map((row) => (
                      <tr key={`${row.year}-${row.kind}`}>
                        <td>{row.year}</td>
                        <td>{t(`donors.kind.${row.kind}`)}</td>
                        <td className="num">{row.registrations}</td>
                        <td className="num">{row.donations}</td>
                        <td className="num">{row.kind === 'blood' ? row.bloodMl : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
