/**
 * A one-lever sweep: the chosen output (its run summary) as the lever moves across its range,
 * one line per value of the second lever (light to dark for low to high), each with a band
 * holding 90% of the seeds around the median.
 */
import { memo, useCallback, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { OutputKey, SweepRow } from '../../../models/index';
import { AXIS_COLOUR, AXIS_LABEL, AXIS_TICK, FILL_PARENT, GRID_COLOUR, OKABE_ITO } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatAxis, formatOutput } from '../../shared/format';
import { sweepCsv } from './csv';
import { leverLabel, outputSpec, summaryUnit } from './Fields';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useModelText } from '../../shared/i18n/model-text';
import { useChartDirection } from '../../shared/charts/use-chart-direction';

/** Low, medium, high values of the second lever: light to dark, each with its own dash. */
const SERIES = [
  { colour: OKABE_ITO.skyBlue, dash: '8 4' },
  { colour: OKABE_ITO.blue, dash: undefined },
  { colour: '#1a1a1a', dash: '2 3' },
];
const MARGIN = { top: 8, right: 16, bottom: 26, left: 4 } as const;

type Row = Record<string, number | [number, number]>;

const SweepPlot = memo(function SweepPlot({ rows, series, lever, output }: { readonly rows: readonly Row[]; readonly series: number; readonly lever: string; readonly output: OutputKey }) {
  const spec = outputSpec(output);
  const mt = useModelText();
  const dir = useChartDirection();
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  const xLabel = useMemo(() => ({ ...AXIS_LABEL, value: mt.leverLabel(lever), position: 'insideBottom', offset: -16 }) as const, [lever, mt]);
  return (
    <ComposedChart responsive accessibilityLayer={false} data={rows as Row[]} margin={dir.margin(MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} stroke={AXIS_COLOUR} label={xLabel} reversed={dir.rtl} />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={60} orientation={dir.yOrientation} />
      {Array.from({ length: series }, (_, j) => (
        <Area key={`b${j}`} dataKey={`band${j}`} stroke="none" fill={SERIES[j].colour} fillOpacity={0.18} isAnimationActive={false} activeDot={false} />
      ))}
      {Array.from({ length: series }, (_, j) => (
        <Line key={`m${j}`} dataKey={`median${j}`} stroke={SERIES[j].colour} strokeWidth={2.5} strokeDasharray={SERIES[j].dash} dot={{ r: 3, fill: SERIES[j].colour }} isAnimationActive={false} />
      ))}
    </ComposedChart>
  );
});

interface SweepChartProps {
  readonly rows: readonly SweepRow[];
  readonly lever: string;
  readonly byLever: string | null;
  readonly output: OutputKey;
  readonly seeds: number;
  readonly runId: number;
}

export default memo(function SweepChart({ rows, lever, byLever, output, seeds, runId }: SweepChartProps) {
  const { t } = useTranslation('compare');
  const mt = useModelText();
  const spec = outputSpec(output);
  const byValues = useMemo(() => [...new Set(rows.map((r) => r.byValue))], [rows]);
  const data = useMemo(() => {
    const xs = [...new Set(rows.map((r) => r.value))];
    return xs.map((x) => {
      const row: Row = { x };
      byValues.forEach((b, j) => {
        const r = rows.find((q) => q.value === x && q.byValue === b);
        if (!r) return;
        row[`median${j}`] = r.median;
        row[`band${j}`] = [r.p5, r.p95];
      });
      return row;
    });
  }, [rows, byValues]);
  const seriesName = (b: number | null) => (b === null || !byLever ? t('sweep.median') : `${leverLabel(byLever)} ${formatNumber(b)}`);
  const legend = [...byValues.map((b, j) => ({ label: seriesName(b), colour: SERIES[j].colour, dash: SERIES[j].dash })), { label: t('sweep.band'), colour: '#c8c8c8', swatch: true }];
  // The first column names the point in full: it must be unique (it keys the table's rows).
  const table = () => ({
    columns: [byLever ? `${leverLabel(lever)}, ${leverLabel(byLever)}` : leverLabel(lever), t('charts.colMedian', { label: mt.outputLabel(output) }), t('charts.colSpread')],
    rows: rows.map((r) => [byLever ? `${r.value}, ${r.byValue}` : String(r.value), formatOutput(spec, r.median), `${formatOutput(spec, r.p5)} – ${formatOutput(spec, r.p95)}`]),
  });
  return (
    <ChartFigure
      id="sweep"
      title={t('sweep.title', { label: mt.outputLabel(output), lever: leverLabel(lever).toLocaleLowerCase() })}
      description={t('sweep.description', { label: mt.outputLabel(output), unit: summaryUnit(spec), count: seeds })}
      legend={legend}
      table={table}
      runId={runId}
      csv={() => sweepCsv(rows, lever, byLever, output)}
    >
      <SweepPlot rows={data} series={byValues.length} lever={lever} output={output} />
    </ChartFigure>
  );
});
