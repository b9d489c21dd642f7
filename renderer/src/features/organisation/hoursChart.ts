// The approved hours of each month of the year as bars (one unit: hours), January to December.
import type { TFunction } from 'i18next';
import { hoursOf } from '@rules/volunteers';
import type { ChartOption } from '../stock/dashboard/Chart';

export function hoursByMonthChart(t: TFunction, language: string, approvedByMonth: readonly number[]): ChartOption {
  const monthName = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
  return {
    grid: { left: 56, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${String(value)} ${t('organisation.hours')}` },
    xAxis: {
      type: 'category',
      data: approvedByMonth.map((_, month) => monthName.format(Date.UTC(2001, month, 1))),
      axisLabel: { interval: 0, fontSize: 12 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'bar',
        data: approvedByMonth.map(hoursOf),
        itemStyle: { color: '#c8102e' },
        barMaxWidth: 40,
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: ({ value }: { value: unknown }) => (value ? String(value) : ''),
        },
      },
    ],
    animation: false,
  };
}
