/**
 * The outcomes chart's plot (Recharts): the stacked areas, bottom to top in the legend's order.
 * Loaded apart from OutcomesChart.tsx, when the chart comes near the viewport (PlotGate.tsx).
 */
import { memo } from 'react';
import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { OutputKey } from '../../../../models/index';
import { formatCompact } from '../../format';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN } from '../chart-theme';
import { useChartDirection } from '../use-chart-direction';
import { useMonthAxis } from '../use-month-axis';

export interface OutcomeLayer {
  readonly key: OutputKey;
  readonly colour: string;
}
export type OutcomeRow = { month: number } & Record<OutputKey, number>;

const OutcomesPlot = memo(function OutcomesPlot({ rows, layers }: { readonly rows: readonly OutcomeRow[]; readonly layers: readonly OutcomeLayer[] }) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(rows.length);
  return (
    <AreaChart responsive accessibilityLayer={false} data={rows as OutcomeRow[]} margin={dir.margin(MONTH_CHART_MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={formatCompact} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} orientation={dir.yOrientation} />
      {layers.map((l) => (
        <Area key={l.key} dataKey={l.key} name={t(`outcomes.layers.${l.key}`)} stackId="people" stroke={l.colour} strokeWidth={1} fill={l.colour} fillOpacity={0.85} isAnimationActive={false} />
      ))}
    </AreaChart>
  );
});

export default OutcomesPlot;
