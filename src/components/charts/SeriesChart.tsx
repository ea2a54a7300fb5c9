/**
 * One output month by month, for the user's settings, with the baseline as a ghost line behind
 * it (as En-ROADS draws its baseline). The user picks the output from the model's declared
 * outputs.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { OUTPUTS, type OutputKey, type RunResult } from '../../../models/index';
import { formatAxis, formatOutput } from '../../format';
import { monthlySeries, type SeriesRow } from './chart-data';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, MONTH_AXIS_LABEL, MONTH_CHART_MARGIN, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, GRID_COLOUR, yearTicks } from './chart-theme';
import { ChartFigure } from './ChartFigure';

/** The outputs offered first, in the order a seminar asks about them; the rest follow. */
const FIRST: readonly OutputKey[] = ['smugglingDemand', 'deathsMissing', 'deathRatePerAttempt', 'meanFeeUsd', 'irregularArrivals', 'regularArrivals', 'interceptions', 'abuseIncidents'];
const CHOICES = [...FIRST.map((k) => OUTPUTS.find((o) => o.key === k)!), ...OUTPUTS.filter((o) => !FIRST.includes(o.key))];

const LEGEND = [
  { label: 'Your settings', colour: CURRENT_COLOUR },
  { label: 'Baseline', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
] as const;

type Spec = (typeof OUTPUTS)[number];

const SeriesPlot = memo(function SeriesPlot({ rows, spec }: { readonly rows: readonly SeriesRow[]; readonly spec: Spec }) {
  const ticks = useMemo(() => yearTicks(rows.length), [rows.length]);
  const domain = useMemo(() => [1, Math.max(1, rows.length)], [rows.length]);
  const hasBaseline = rows.length > 0 && rows[0].baseline !== undefined;
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  return (
    <LineChart responsive data={rows as SeriesRow[]} margin={MONTH_CHART_MARGIN} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis
        dataKey="month"
        type="number"
        domain={domain}
        ticks={ticks}
        tick={AXIS_TICK}
        stroke={AXIS_COLOUR}
        label={MONTH_AXIS_LABEL}
      />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} />
      {hasBaseline && (
        <Line dataKey="baseline" name="Baseline" stroke={BASELINE_COLOUR} strokeWidth={1.75} strokeDasharray={BASELINE_DASH} dot={false} isAnimationActive={false} />
      )}
      <Line dataKey="current" name="Your settings" stroke={CURRENT_COLOUR} strokeWidth={2.5} dot={false} isAnimationActive={false} />
    </LineChart>
  );
});

interface SeriesChartProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
}

export default function SeriesChart({ current, baseline, runId }: SeriesChartProps) {
  const selectId = useId();
  const [key, setKey] = useState<OutputKey>('smugglingDemand');
  const spec = CHOICES.find((o) => o.key === key) ?? CHOICES[0];
  const rows = useMemo(() => monthlySeries(current, baseline, key), [current, baseline, key]);

  const table = () => ({
    columns: ['Month', `${spec.label} (yours)`, `${spec.label} (baseline)`],
    rows: rows.map((r) => [String(r.month), formatOutput(spec, r.current), r.baseline === undefined ? '' : formatOutput(spec, r.baseline)]),
  });

  const controls = (
    <label className="chart-picker" htmlFor={selectId}>
      Show
      <select id={selectId} value={key} onChange={(e) => setKey(e.target.value as OutputKey)} data-testid="series-output">
        {CHOICES.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ChartFigure
      id="monthly-series"
      title="Month by month"
      description={`${spec.label} each month (${spec.unit}): your settings against the baseline.`}
      legend={LEGEND}
      table={table}
      runId={runId}
      controls={controls}
    >
      <SeriesPlot rows={rows} spec={spec} />
    </ChartFigure>
  );
}
