/**
 * Where the people who wanted to leave ended up, month by month: stacked stocks from the model's
 * outputs (arrived regularly or irregularly, returned, in transit, dead or missing, waiting for a
 * regular place, trapped). Colours follow Okabe–Ito, and the stack order is the legend order.
 */
import { memo, useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { OutputKey, RunResult } from '../../../models/index';
import { formatCompact, formatCount } from '../format';
import { monthlyColumns } from './chart-data';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, MONTH_CHART_MARGIN, GRID_COLOUR, OKABE_ITO } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { useStableRows } from './use-stable-rows';
import { useMonthAxis } from './use-month-axis';

/** Bottom to top. Short labels for the legend; the outputs' own docs say exactly what each counts. */
const LAYERS: readonly { key: OutputKey; label: string; colour: string }[] = [
  { key: 'arrivedRegularTotal', label: 'Arrived regularly', colour: OKABE_ITO.bluishGreen },
  { key: 'arrivedIrregularTotal', label: 'Arrived irregularly', colour: OKABE_ITO.blue },
  { key: 'returnedTotal', label: 'Intercepted and returned', colour: OKABE_ITO.orange },
  { key: 'inTransit', label: 'In transit', colour: OKABE_ITO.skyBlue },
  { key: 'deadMissingTotal', label: 'Dead or missing', colour: OKABE_ITO.black },
  { key: 'regularQueue', label: 'Waiting for a regular place', colour: OKABE_ITO.yellow },
  { key: 'trappedPopulation', label: 'Trapped (want to leave, cannot)', colour: OKABE_ITO.reddishPurple },
];
const KEYS = LAYERS.map((l) => l.key);
const LEGEND = LAYERS.map((l) => ({ label: l.label, colour: l.colour, swatch: true }));

type Row = { month: number } & Record<OutputKey, number>;

const OutcomesPlot = memo(function OutcomesPlot({ rows }: { readonly rows: readonly Row[] }) {
  const monthAxis = useMonthAxis(rows.length);
  return (
    <AreaChart responsive data={rows as Row[]} margin={MONTH_CHART_MARGIN} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={formatCompact} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} />
      {LAYERS.map((l) => (
        <Area key={l.key} dataKey={l.key} name={l.label} stackId="people" stroke={l.colour} strokeWidth={1} fill={l.colour} fillOpacity={0.85} isAnimationActive={false} />
      ))}
    </AreaChart>
  );
});

export default function OutcomesChart({ current, runId }: { readonly current: RunResult; readonly runId: number }) {
  const fresh = useMemo(() => monthlyColumns(current.months, KEYS), [current]);
  const rows = useStableRows(fresh);
  const table = () => ({
    columns: ['Month', ...LAYERS.map((l) => l.label)],
    rows: rows.map((r) => [String(r.month), ...KEYS.map((k) => formatCount(r[k]))]),
  });
  return (
    <ChartFigure
      id="outcomes"
      title="Where the people who wanted to leave ended up"
      description="People at the end of each month, stacked: your settings. (People at home who never tried to leave are not shown.)"
      legend={LEGEND}
      table={table}
      runId={runId}
    >
      <OutcomesPlot rows={rows} />
    </ChartFigure>
  );
}
