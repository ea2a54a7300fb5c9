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
import { useChartDirection } from './use-chart-direction';
import { useTranslation } from 'react-i18next';

/** Bottom to top. Short labels for the legend; the outputs' own docs say exactly what each counts. */
const LAYERS: readonly { key: OutputKey; colour: string }[] = [
  { key: 'arrivedRegularTotal', colour: OKABE_ITO.bluishGreen },
  { key: 'arrivedIrregularTotal', colour: OKABE_ITO.blue },
  { key: 'returnedTotal', colour: OKABE_ITO.orange },
  { key: 'inTransit', colour: OKABE_ITO.skyBlue },
  { key: 'deadMissingTotal', colour: OKABE_ITO.black },
  { key: 'regularQueue', colour: OKABE_ITO.yellow },
  { key: 'trappedPopulation', colour: OKABE_ITO.reddishPurple },
];
const KEYS = LAYERS.map((l) => l.key);
/** The layer's short name in the legend (catalogue `outcomes.layers.<output>`). */
const layerKey = (key: OutputKey) => `outcomes.layers.${key}`;

type Row = { month: number } & Record<OutputKey, number>;

const OutcomesPlot = memo(function OutcomesPlot({ rows }: { readonly rows: readonly Row[] }) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(rows.length);
  return (
    <AreaChart responsive accessibilityLayer={false} data={rows as Row[]} margin={dir.margin(MONTH_CHART_MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={formatCompact} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} orientation={dir.yOrientation} />
      {LAYERS.map((l) => (
        <Area key={l.key} dataKey={l.key} name={t(layerKey(l.key))} stackId="people" stroke={l.colour} strokeWidth={1} fill={l.colour} fillOpacity={0.85} isAnimationActive={false} />
      ))}
    </AreaChart>
  );
});

export default function OutcomesChart({ current, runId }: { readonly current: RunResult; readonly runId: number }) {
  const fresh = useMemo(() => monthlyColumns(current.months, KEYS), [current]);
  const rows = useStableRows(fresh);
  const { t } = useTranslation();
  const legend = useMemo(() => LAYERS.map((l) => ({ label: t(layerKey(l.key)), colour: l.colour, swatch: true })), [t]);
  const table = () => ({
    columns: [t('chart.month'), ...LAYERS.map((l) => t(layerKey(l.key)))],
    rows: rows.map((r) => [String(r.month), ...KEYS.map((k) => formatCount(r[k]))]),
  });
  return (
    <ChartFigure
      id="outcomes"
      title={t('outcomes.title')}
      description={t('outcomes.description')}
      legend={legend}
      table={table}
      runId={runId}
    >
      <OutcomesPlot rows={rows} />
    </ChartFigure>
  );
}
