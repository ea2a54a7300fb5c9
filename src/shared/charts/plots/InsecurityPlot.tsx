/**
 * The insecurity chart's plot (Recharts): one line per dimension on a fixed 0–1 scale. Loaded
 * apart from InsecurityChart.tsx, when the chart comes near the viewport (PlotGate.tsx).
 */
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { OutputKey } from '../../../../models/index';
import { useModelText } from '../../i18n/model-text';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN } from '../chart-theme';
import { useChartDirection } from '../use-chart-direction';
import { useMonthAxis } from '../use-month-axis';

export interface Dimension {
  readonly key: OutputKey;
  readonly colour: string;
  readonly dash?: string;
}
export type InsecurityRow = { month: number } & Record<OutputKey, number>;

/** Levels are 0–1: a fixed scale, so a rise reads the same whatever the run. */
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const Y_DOMAIN = [0, 1];

const InsecurityPlot = memo(function InsecurityPlot({ rows, dimensions }: { readonly rows: readonly InsecurityRow[]; readonly dimensions: readonly Dimension[] }) {
  const mt = useModelText();
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(rows.length);
  return (
    <LineChart responsive accessibilityLayer={false} data={rows as InsecurityRow[]} margin={dir.margin(MONTH_CHART_MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis domain={Y_DOMAIN} ticks={Y_TICKS} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={40} orientation={dir.yOrientation} />
      {dimensions.map((d) => (
        <Line key={d.key} dataKey={d.key} name={mt.outputLabel(d.key)} stroke={d.colour} strokeWidth={2} strokeDasharray={d.dash} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
});

export default InsecurityPlot;
