/**
 * The props of the month axis shared by every month-by-month chart (explorer, compare,
 * seminar): months 1…n, a tick each year, the common tick style and the "Month" label; in a
 * right-to-left language the months run from the right.
 * Spread onto Recharts' XAxis: `<XAxis {...useMonthAxis(rows.length)} />`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AXIS_COLOUR, AXIS_TICK, MONTH_AXIS_LABEL, yearTicks } from './chart-theme';
import { useChartDirection } from './use-chart-direction';

export function useMonthAxis(months: number) {
  const { t } = useTranslation();
  const { rtl } = useChartDirection();
  const label = t('chart.month');
  return useMemo(
    () => ({
      dataKey: 'month',
      type: 'number' as const,
      domain: [1, Math.max(1, months)],
      ticks: yearTicks(months),
      tick: AXIS_TICK,
      stroke: AXIS_COLOUR,
      reversed: rtl,
      label: { ...MONTH_AXIS_LABEL, value: label },
    }),
    [months, rtl, label],
  );
}
