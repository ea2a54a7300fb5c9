/**
 * The per-route chart's plot (Recharts): the lines of one route, the baseline dashed behind them.
 * Loaded apart from RouteMonthsChart.tsx, when the chart comes near the viewport (PlotGate.tsx).
 */
import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatAxis } from '../../format';
import { AXIS_COLOUR, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN } from '../chart-theme';
import { METHOD_STYLES, type outputOf, type RouteMonthData } from '../route-months';
import { useChartDirection } from '../use-chart-direction';
import { useMonthAxis } from '../use-month-axis';

type Spec = ReturnType<typeof outputOf>;

const RouteMonthsPlot = memo(function RouteMonthsPlot({ data, spec, names }: { readonly data: RouteMonthData; readonly spec: Spec; readonly names: readonly string[] }) {
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(data.rows.length);
  const margin = useMemo(() => dir.margin(MONTH_CHART_MARGIN), [dir]);
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  const split = data.lines.length > 1 || data.lines[0]?.method !== undefined;
  const hasBaseline = data.rows.length > 0 && data.rows[0][data.lines[0]?.baseline ?? ''] !== undefined;
  return (
    <LineChart responsive accessibilityLayer={false} data={data.rows} margin={margin} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} orientation={dir.yOrientation} />
      {hasBaseline &&
        data.lines.map((l, i) => (
          <Line key={l.baseline} dataKey={l.baseline} name={names[i * 2 + 1]} stroke={split ? METHOD_STYLES[i % METHOD_STYLES.length].colour : BASELINE_COLOUR} strokeOpacity={split ? 0.45 : 1} strokeWidth={1.5} strokeDasharray={BASELINE_DASH} dot={false} isAnimationActive={false} />
        ))}
      {data.lines.map((l, i) => {
        const style = split ? METHOD_STYLES[i % METHOD_STYLES.length] : { colour: CURRENT_COLOUR, dash: undefined };
        return <Line key={l.current} dataKey={l.current} name={names[i * 2]} stroke={style.colour} strokeDasharray={style.dash} strokeWidth={2.5} dot={false} isAnimationActive={false} />;
      })}
    </LineChart>
  );
});

export default RouteMonthsPlot;
