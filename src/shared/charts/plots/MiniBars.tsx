/**
 * One of the routes chart's four small bar charts (Recharts): a filled bar per route for the
 * user's run, the baseline as the outlined bar beside it. Loaded apart from RoutesChart.tsx, when
 * the chart comes near the viewport (PlotGate.tsx).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { RouteRow } from '../chart-data';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, GRID_COLOUR, routeColour as colourOf } from '../chart-theme';
import { useChartDirection } from '../use-chart-direction';

const MINI_MARGIN = { top: 4, right: 6, bottom: 0, left: 0 } as const;

const MiniBars = memo(function MiniBars({ rows, axis }: { readonly rows: readonly RouteRow[]; readonly axis: (v: number) => string }) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  const hasBaseline = rows.length > 0 && rows[0].baseline !== undefined;
  return (
    <BarChart responsive accessibilityLayer={false} data={rows as RouteRow[]} margin={dir.margin(MINI_MARGIN)} barGap={2} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
      <XAxis dataKey="route" tick={false} stroke={AXIS_COLOUR} height={4} reversed={dir.rtl} />
      <YAxis tickFormatter={axis} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={50} tickCount={3} orientation={dir.yOrientation} />
      {hasBaseline && (
        <Bar dataKey="baseline" name={t('series.baseline')} isAnimationActive={false} fill="#ffffff" strokeWidth={2}>
          {rows.map((r) => (
            <Cell key={r.route} stroke={colourOf(r.route)} />
          ))}
        </Bar>
      )}
      <Bar dataKey="current" name={t('series.current')} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.route} fill={colourOf(r.route)} />
        ))}
      </Bar>
    </BarChart>
  );
});

export default MiniBars;
