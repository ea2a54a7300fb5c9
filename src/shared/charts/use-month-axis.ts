/**
 * The props of the month axis shared by every month-by-month chart (explorer, compare,
 * seminar): months 1…n, a tick each year, the common tick style and the "Month" label.
 * Spread onto Recharts' XAxis: `<XAxis {...useMonthAxis(rows.length)} />`.
 */
import { useMemo } from 'react';
import { AXIS_COLOUR, AXIS_TICK, MONTH_AXIS_LABEL, yearTicks } from './chart-theme';

export function useMonthAxis(months: number) {
  return useMemo(
    () => ({
      dataKey: 'month',
      type: 'number' as const,
      domain: [1, Math.max(1, months)],
      ticks: yearTicks(months),
      tick: AXIS_TICK,
      stroke: AXIS_COLOUR,
      label: MONTH_AXIS_LABEL,
    }),
    [months],
  );
}
