/**
 * The session's path on the human- versus State-security plane: one point per round (the round's
 * average of the two indices), labelled R1, R2, …, and business as usual (the same months and events with
 * no team decisions) as a grey dashed path beside it. Drawn with Recharts inside the explorer's
 * chart frame, so it has the same table view and SVG/PNG export.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { AXIS_COLOUR, planeAxisLabels, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { planeDomain } from '../../shared/charts/chart-data';
import type { PathPoint } from './session/debrief';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useChartDirection } from '../../shared/charts/use-chart-direction';
import { stateAxisTitle, type StateReadingName } from '../../shared/weights/reading';

/** Zero marked plainly once the plane reaches below it (the indices are uncapped: harm beyond the references). */
const ZERO_LINE = { stroke: '#1a1a1a', strokeWidth: 1.5 } as const;
const MARGIN = { top: 16, right: 24, bottom: 30, left: 8 } as const;
const SESSION_LINE = { stroke: CURRENT_COLOUR, strokeWidth: 2.5 };
const BAU_LINE = { stroke: BASELINE_COLOUR, strokeWidth: 1.5, strokeDasharray: BASELINE_DASH };
const LEGEND = [
  { key: 'plane.legendSession', colour: CURRENT_COLOUR, marker: 'circle' as const },
  { key: 'plane.legendBau', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
];

interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: PathPoint;
}

function RoundPoint({ cx = 0, cy = 0, payload, rtl, short }: ShapeProps & { readonly rtl?: boolean; readonly short?: (n: number) => string }) {
  const label = short ? short(payload?.round ?? 0) : `${payload?.round}`;
  return (
    <g data-testid={`plane-round-${payload?.round}`} data-x={payload?.x} data-y={payload?.y}>
      <circle cx={cx} cy={cy} r={7} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={2} />
      <text x={rtl ? cx - 10 : cx + 10} y={cy - 9} textAnchor={rtl ? 'end' : 'start'} fontSize={14} fontWeight={700} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        {label}
      </text>
    </g>
  );
}

function BauPoint({ cx = 0, cy = 0 }: ShapeProps) {
  return <circle cx={cx} cy={cy} r={3} fill={BASELINE_COLOUR} />;
}

const Plot = memo(function Plot({ path, bau, reading }: { readonly path: readonly PathPoint[]; readonly bau: readonly PathPoint[]; readonly reading: StateReadingName }) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  const { xLabel, yLabel, shape } = useMemo(
    () => ({
      ...planeAxisLabels((arrow) => stateAxisTitle(t, reading, arrow), t('plane.yAxis', { arrow: '→' }), dir.rtl),
      shape: (props: ShapeProps) => <RoundPoint {...props} rtl={dir.rtl} short={(n) => t('seminar:plane.roundShort', { n })} />,
    }),
    [t, dir, reading],
  );
  const { domain, ticks } = useMemo(() => planeDomain([...path, ...bau]), [path, bau]);
  return (
    <ScatterChart responsive accessibilityLayer={false} margin={dir.margin(MARGIN)} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis type="number" dataKey="x" domain={domain} ticks={ticks} tick={AXIS_TICK} stroke={AXIS_COLOUR} label={xLabel} reversed={dir.rtl} />
      <YAxis type="number" dataKey="y" domain={domain} ticks={ticks} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={44} label={yLabel} orientation={dir.yOrientation} />
      <ReferenceLine x={50} stroke="#9a9a9a" strokeDasharray="4 4" />
      <ReferenceLine y={50} stroke="#9a9a9a" strokeDasharray="4 4" />
      {domain[0] < 0 && <ReferenceLine x={0} {...ZERO_LINE} />}
      {domain[0] < 0 && <ReferenceLine y={0} {...ZERO_LINE} />}
      <Scatter data={bau as PathPoint[]} line={BAU_LINE} shape={BauPoint} isAnimationActive={false} />
      <Scatter data={path as PathPoint[]} line={SESSION_LINE} shape={shape} isAnimationActive={false} />
    </ScatterChart>
  );
});

interface SessionPlaneProps {
  readonly path: readonly PathPoint[];
  readonly businessAsUsual: readonly PathPoint[];
  readonly runId: number;
  readonly id?: string;
  /** The reading of State security the session's shared weights are: the State axis names it, as the explorer's and Compare's planes do. */
  readonly reading: StateReadingName;
}

export default function SessionPlane({ path, businessAsUsual, runId, id = 'session-plane', reading }: SessionPlaneProps) {
  const { t } = useTranslation('seminar');
  const one = (v: number) => formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const legend = LEGEND.map(({ key, ...item }) => ({ ...item, label: t(key) }));
  const table = () => ({
    columns: [t('plane.colRound'), t('plane.colHuman'), t('plane.colState'), t('plane.colHumanBau'), t('plane.colStateBau')],
    rows: path.map((p, i) => {
      const b = businessAsUsual[i];
      return [t('view.round', { n: p.round }), one(p.y), one(p.x), b ? one(b.y) : '', b ? one(b.x) : ''];
    }),
  });
  return (
    <ChartFigure
      id={id}
      title={t('plane.title')}
      description={t('plane.description')}
      legend={legend}
      table={table}
      runId={runId}
      frameClassName="chart-frame plane-frame session-plane-frame"
    >
      <Plot path={path} bau={businessAsUsual} reading={reading} />
    </ChartFigure>
  );
}
