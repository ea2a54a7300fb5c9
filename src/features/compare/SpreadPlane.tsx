/**
 * Every mix on the human- versus State-security plane: the median over seeds of both indices
 * (run averages), with whiskers spanning 90% of the seeds (5th to 95th percentile) on each axis.
 * Each mix keeps its marker shape and number, so the plane reads without colour.
 */
import { memo, useId, useMemo, useState } from 'react';
import { CartesianGrid, ErrorBar, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { AXIS_COLOUR, planeAxisLabels, AXIS_TICK, FILL_PARENT, GRID_COLOUR } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { planeCsv } from './csv';
import type { Comparison } from './ensembles';
import { mixLegend, type MixStyle } from './mixes';
import { MarkerPath } from './MixKey';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useChartDirection } from '../../shared/charts/use-chart-direction';
import { useMixText } from './use-mix-text';
import { stateAxisTitle, type StateReadingName } from '../../shared/weights/reading';

interface PlanePoint {
  readonly x: number;
  readonly y: number;
  readonly ex: [number, number];
  readonly ey: [number, number];
  readonly number: number;
  readonly style: MixStyle;
}

const MARGIN = { top: 12, right: 22, bottom: 30, left: 8 } as const;
const FULL = [0, 100] as [number, number];
const MID = 50;
function Marker({ cx = 0, cy = 0, payload, rtl }: { readonly cx?: number; readonly cy?: number; readonly payload?: PlanePoint; readonly rtl?: boolean }) {
  if (!payload) return null;
  return (
    <g data-testid={`plane-mix-${payload.number}`} data-x={payload.x} data-y={payload.y}>
      <MarkerPath shape={payload.style.marker} cx={cx} cy={cy} r={7} colour={payload.style.colour} />
      <text x={rtl ? cx - 11 : cx + 11} y={cy - 9} textAnchor={rtl ? 'end' : 'start'} fontSize={13} fontWeight={700} fill={payload.style.colour === '#E69F00' ? '#8a5a00' : payload.style.colour} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        {payload.number}
      </text>
    </g>
  );
}

/** A domain around the points' whiskers, in steps of 5, at least 20 wide. */
function zoomed(values: readonly number[]): [number, number] {
  const lo = Math.max(0, Math.floor((Math.min(...values) - 2) / 5) * 5);
  const hi = Math.min(100, Math.ceil((Math.max(...values) + 2) / 5) * 5);
  if (hi - lo >= 20) return [lo, hi];
  const mid = (lo + hi) / 2;
  const a = Math.max(0, Math.min(80, Math.round((mid - 10) / 5) * 5));
  return [a, a + 20];
}

const PlanePlot = memo(function PlanePlot({ points, zoom, reading }: { readonly points: readonly PlanePoint[]; readonly zoom: boolean; readonly reading: StateReadingName }) {
  const xDomain = useMemo(() => (zoom ? zoomed(points.flatMap((p) => [p.x - p.ex[0], p.x + p.ex[1]])) : FULL), [points, zoom]);
  const yDomain = useMemo(() => (zoom ? zoomed(points.flatMap((p) => [p.y - p.ey[0], p.y + p.ey[1]])) : FULL), [points, zoom]);
  const ticks = (d: [number, number]) => Array.from({ length: 5 }, (_, i) => d[0] + ((d[1] - d[0]) * i) / 4);
  const { t } = useTranslation();
  const dir = useChartDirection();
  const { xLabel, yLabel, shape } = useMemo(
    () => ({
      ...planeAxisLabels((arrow) => stateAxisTitle(t, reading, arrow), t('plane.yAxis', { arrow: '→' }), dir.rtl),
      shape: (props: { cx?: number; cy?: number; payload?: PlanePoint }) => <Marker {...props} rtl={dir.rtl} />,
    }),
    [t, dir, reading],
  );
  return (
    <ScatterChart responsive accessibilityLayer={false} margin={dir.margin(MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis type="number" dataKey="x" domain={xDomain} ticks={ticks(xDomain)} tick={AXIS_TICK} stroke={AXIS_COLOUR} label={xLabel} allowDataOverflow reversed={dir.rtl} />
      <YAxis type="number" dataKey="y" domain={yDomain} ticks={ticks(yDomain)} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={44} label={yLabel} allowDataOverflow orientation={dir.yOrientation} />
      {xDomain[0] < MID && xDomain[1] > MID && <ReferenceLine x={MID} stroke="#9a9a9a" strokeDasharray="4 4" />}
      {yDomain[0] < MID && yDomain[1] > MID && <ReferenceLine y={MID} stroke="#9a9a9a" strokeDasharray="4 4" />}
      {points.map((p) => (
        <Scatter key={p.number} data={[p]} shape={shape} isAnimationActive={false}>
          <ErrorBar dataKey="ex" direction="x" stroke={p.style.colour} strokeWidth={2} width={6} isAnimationActive={false} />
          <ErrorBar dataKey="ey" direction="y" stroke={p.style.colour} strokeWidth={2} width={6} isAnimationActive={false} />
        </Scatter>
      ))}
    </ScatterChart>
  );
});

const one = (v: number) => formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default memo(function SpreadPlane({ comparison, runId, reading = 'control' }: { readonly comparison: Comparison; readonly runId: number; /** The reading of State security the set-up's weights are, named on the axis as the explorer's plane names it. */ readonly reading?: StateReadingName }) {
  const { t } = useTranslation('compare');
  const mixText = useMixText();
  const zoomId = useId();
  const [zoom, setZoom] = useState(false);
  const points = useMemo<PlanePoint[]>(
    () =>
      comparison.mixes.map((m) => {
        const h = m.spreads.humanSecurityIndex;
        const s = m.spreads.stateSecurityIndex;
        return { x: s.median, y: h.median, ex: [s.median - s.p5, s.p95 - s.median], ey: [h.median - h.p5, h.p95 - h.median], number: m.mix.number, style: m.mix.style };
      }),
    [comparison],
  );
  const table = () => ({
    columns: [t('plane.colMix'), t('plane.colHuman'), t('plane.colState')],
    rows: comparison.mixes.map((m) => {
      const h = m.spreads.humanSecurityIndex;
      const s = m.spreads.stateSecurityIndex;
      return [mixText.numbered(m.mix), `${one(h.median)} (${one(h.p5)} – ${one(h.p95)})`, `${one(s.median)} (${one(s.p5)} – ${one(s.p95)})`];
    }),
  });
  const controls = (
    <label className="chart-picker" htmlFor={zoomId}>
      <input id={zoomId} type="checkbox" checked={zoom} onChange={(e) => setZoom(e.currentTarget.checked)} />
      {t('plane.zoom')}
    </label>
  );
  return (
    <ChartFigure
      id="compare-plane"
      title={t('common:plane.title')}
      description={t('plane.description', { count: comparison.seeds.length })}
      legend={mixLegend(
        comparison.mixes.map((m) => m.mix),
        mixText.numbered,
      )}
      table={table}
      runId={runId}
      controls={controls}
      frameClassName="chart-frame plane-frame"
      csv={() => planeCsv(comparison)}
    >
      <PlanePlot points={points} zoom={zoom} reading={reading} />
    </ChartFigure>
  );
});
