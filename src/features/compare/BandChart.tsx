/**
 * Month by month, every mix at once: the median over seeds as a line, the middle half of the
 * seeds as a darker band and 90% of them as a lighter one. Or, with "difference", the paired
 * difference from the reference, seed by seed, summarised the same way (the reference is then
 * the zero line).
 */
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { OutputKey, SpreadSeries } from '../../../models/index';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatAxis, formatOutput } from '../../shared/format';
import { bandsCsv } from './csv';
import type { Comparison } from './ensembles';
import { outputSpec } from './Fields';
import { mixLegend, type ResolvedMix } from './mixes';
import { useMonthAxis } from '../../shared/charts/use-month-axis';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../../shared/i18n/model-text';
import { useChartDirection } from '../../shared/charts/use-chart-direction';
import { useMixText } from './use-mix-text';

const BAND_LEGEND = [
  { key: 'bands.inner', colour: '#8c8c8c', swatch: true },
  { key: 'bands.outer', colour: '#d2d2d2', swatch: true },
];
const OUTER_OPACITY = 0.12;
const INNER_OPACITY = 0.26;

type Row = Record<string, number | [number, number]>;

interface PlotProps {
  readonly rows: readonly Row[];
  readonly mixes: readonly { readonly index: number; readonly mix: ResolvedMix }[];
  readonly output: OutputKey;
  readonly difference: boolean;
}

const BandPlot = memo(function BandPlot({ rows, mixes, output, difference }: PlotProps) {
  const dir = useChartDirection();
  const monthAxis = useMonthAxis(rows.length);
  const spec = outputSpec(output);
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  return (
    <ComposedChart responsive accessibilityLayer={false} data={rows as Row[]} margin={dir.margin(MONTH_CHART_MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={60} orientation={dir.yOrientation} />
      {difference && <ReferenceLine y={0} stroke="#404040" strokeWidth={1.5} />}
      {mixes.map(({ index, mix }) => (
        <Area key={`o${index}`} dataKey={`outer${index}`} stroke="none" fill={mix.style.colour} fillOpacity={OUTER_OPACITY} isAnimationActive={false} activeDot={false} />
      ))}
      {mixes.map(({ index, mix }) => (
        <Area key={`i${index}`} dataKey={`inner${index}`} stroke="none" fill={mix.style.colour} fillOpacity={INNER_OPACITY} isAnimationActive={false} activeDot={false} />
      ))}
      {mixes.map(({ index, mix }) => (
        <Line key={`m${index}`} dataKey={`median${index}`} stroke={mix.style.colour} strokeWidth={2.5} strokeDasharray={mix.style.dash} dot={false} isAnimationActive={false} />
      ))}
    </ComposedChart>
  );
});

interface BandChartProps {
  readonly comparison: Comparison;
  /** Per mix, in the comparison's order; null leaves a mix out (the reference, in difference mode). */
  readonly series: readonly (SpreadSeries | null)[];
  readonly output: OutputKey;
  readonly difference: boolean;
  readonly referenceTitle: string;
  readonly runId: number;
  readonly controls: ReactNode;
}

export default memo(function BandChart({ comparison, series, output, difference, referenceTitle, runId, controls }: BandChartProps) {
  const { t } = useTranslation('compare');
  const mt = useModelText();
  const mixText = useMixText();
  const spec = outputSpec(output);
  const shown = useMemo(() => comparison.mixes.map((m, index) => ({ index, mix: m.mix })).filter(({ index }) => series[index] !== null), [comparison, series]);
  const rows = useMemo(() => {
    const months = shown.length ? (series[shown[0].index]?.median.length ?? 0) : 0;
    return Array.from({ length: months }, (_, m) => {
      const row: Row = { month: m + 1 };
      for (const { index } of shown) {
        const s = series[index]!;
        row[`median${index}`] = s.median[m];
        row[`inner${index}`] = [s.p25[m], s.p75[m]];
        row[`outer${index}`] = [s.p5[m], s.p95[m]];
      }
      return row;
    });
  }, [series, shown]);
  const legend = [...mixLegend(shown.map((s) => s.mix), mixText.numbered), ...BAND_LEGEND.map(({ key, ...item }) => ({ ...item, label: t(key) }))];
  const n = comparison.seeds.length;
  const words = { label: mt.outputLabel(output), unit: mt.outputUnit(output), reference: referenceTitle, count: n };
  const description = difference ? t('bands.descriptionDifference', words) : t('bands.description', words);
  const table = () => ({
    columns: [t('common:chart.month'), ...shown.map(({ mix }) => t('bands.colMedian', { n: mix.number }))],
    rows: rows.map((r) => [String(r.month), ...shown.map(({ index }) => `${formatOutput(spec, r[`median${index}`] as number)} (${(r[`outer${index}`] as number[]).map((v) => formatOutput(spec, v)).join(' – ')})`)]),
  });
  return (
    <ChartFigure
      id={difference ? 'compare-difference' : 'compare-bands'}
      title={difference ? t('bands.titleDifference') : t('bands.title')}
      description={description}
      legend={legend}
      table={table}
      runId={runId}
      controls={controls}
      csv={() => bandsCsv(comparison, series, output, difference)}
    >
      <BandPlot rows={rows} mixes={shown} output={output} difference={difference} />
    </ChartFigure>
  );
});
