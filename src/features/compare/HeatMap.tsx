/**
 * A two-lever map: the chosen output's median over seeds at every combination of two levers,
 * as a grid of coloured cells with the value written in each. The colour scale is viridis (dark
 * blue for low, yellow for high): it keeps its order in grey and for the common forms of
 * colour-blindness. The legend gives the values of five colours; the table gives every cell.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { GridCell, OutputKey } from '../../../models/index';
import { AXIS_COLOUR, AXIS_LABEL, AXIS_TICK, FILL_PARENT } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatAxis, formatOutput } from '../../shared/format';
import { gridCsv } from './csv';
import { leverLabel, outputSpec, summaryUnit } from './Fields';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../../shared/i18n/model-text';
import { useChartDirection } from '../../shared/charts/use-chart-direction';

/** Viridis at nine even stops. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function hex(c: string): number[] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
}

/** The viridis colour at t in [0, 1]. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const a = hex(VIRIDIS[i]);
  const b = hex(VIRIDIS[i + 1]);
  return `#${a.map((v, k) => Math.round(v + (b[k] - v) * (x - i)).toString(16).padStart(2, '0')).join('')}`;
}

/** Dark text on the light (yellow-green) end of the scale, white on the rest. */
const textOn = (t: number) => (t > 0.62 ? '#1a1a1a' : '#ffffff');
const MARGIN = { top: 8, right: 12, bottom: 30, left: 8 } as const;

/** The cells' centres carry the axes' data; the cells themselves are drawn as areas. */
function HiddenPoint() {
  return null;
}

interface PlotProps {
  readonly cells: readonly GridCell[];
  readonly xLever: string;
  readonly yLever: string;
  readonly output: OutputKey;
  readonly scale: (v: number) => number;
}

const MapPlot = memo(function MapPlot({ cells, xLever, yLever, output, scale }: PlotProps) {
  const dir = useChartDirection();
  const xs = useMemo(() => [...new Set(cells.map((c) => c.x))].sort((a, b) => a - b), [cells]);
  const ys = useMemo(() => [...new Set(cells.map((c) => c.y))].sort((a, b) => a - b), [cells]);
  const dx = xs.length > 1 ? xs[1] - xs[0] : 1;
  const dy = ys.length > 1 ? ys[1] - ys[0] : 1;
  const xLabel = { ...AXIS_LABEL, value: leverLabel(xLever), position: 'insideBottom', offset: -18 } as const;
  const yLabel = {
    ...AXIS_LABEL,
    value: leverLabel(yLever),
    angle: dir.rtl ? 90 : -90,
    position: dir.rtl ? 'insideRight' : 'insideLeft',
    offset: 0,
    style: { textAnchor: 'middle' },
  } as const;
  const spec = outputSpec(output);
  return (
    <ScatterChart responsive accessibilityLayer={false} margin={dir.margin(MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke="none" />
      <XAxis type="number" dataKey="x" domain={[xs[0] - dx / 2, xs[xs.length - 1] + dx / 2]} ticks={xs} tick={AXIS_TICK} stroke={AXIS_COLOUR} label={xLabel} reversed={dir.rtl} />
      <YAxis type="number" dataKey="y" domain={[ys[0] - dy / 2, ys[ys.length - 1] + dy / 2]} ticks={ys} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={58} label={yLabel} orientation={dir.yOrientation} />
      {cells.map((c) => {
        const t = scale(c.median);
        return (
          <ReferenceArea
            key={`${c.x}-${c.y}`}
            x1={c.x - dx / 2}
            x2={c.x + dx / 2}
            y1={c.y - dy / 2}
            y2={c.y + dy / 2}
            fill={viridis(t)}
            fillOpacity={1}
            stroke="#ffffff"
            strokeWidth={1}
            label={{ value: formatAxis(spec, c.median), fill: textOn(t), fontSize: 11, position: 'center' }}
          />
        );
      })}
      <Scatter data={cells as GridCell[]} shape={HiddenPoint} isAnimationActive={false} />
    </ScatterChart>
  );
});

interface HeatMapProps {
  readonly cells: readonly GridCell[];
  readonly xLever: string;
  readonly yLever: string;
  readonly output: OutputKey;
  readonly seeds: number;
  readonly runId: number;
}

export default memo(function HeatMap({ cells, xLever, yLever, output, seeds, runId }: HeatMapProps) {
  const { t } = useTranslation('compare');
  const mt = useModelText();
  const spec = outputSpec(output);
  const medians = cells.map((c) => c.median).filter(Number.isFinite);
  const lo = medians.length ? Math.min(...medians) : 0;
  const hi = medians.length ? Math.max(...medians) : 1;
  const scale = useMemo(() => (v: number) => (hi > lo ? (v - lo) / (hi - lo) : 0.5), [lo, hi]);
  const legend = [0, 0.25, 0.5, 0.75, 1].map((t) => ({ label: formatOutput(spec, lo + t * (hi - lo)), colour: viridis(t), swatch: true }));
  const table = () => ({
    columns: [`${leverLabel(xLever)}, ${leverLabel(yLever)}`, t('charts.colMedian', { label: mt.outputLabel(output) }), t('charts.colSpread')],
    rows: cells.map((c) => [`${c.x}, ${c.y}`, formatOutput(spec, c.median), `${formatOutput(spec, c.p5)} – ${formatOutput(spec, c.p95)}`]),
  });
  return (
    <ChartFigure
      id="map"
      title={t('map.title', { label: mt.outputLabel(output) })}
      description={t('map.description', { count: seeds, label: mt.outputLabel(output).toLocaleLowerCase(), unit: summaryUnit(spec) })}
      legend={legend}
      table={table}
      runId={runId}
      frameClassName="chart-frame map-frame"
      csv={() => gridCsv(cells, xLever, yLever, output)}
    >
      <MapPlot cells={cells} xLever={xLever} yLever={yLever} output={output} scale={scale} />
    </ChartFigure>
  );
});
