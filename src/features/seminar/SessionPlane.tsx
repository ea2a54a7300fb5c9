/**
 * The session's path on the human- versus State-security plane: one point per round (the round's
 * average of the two indices), labelled R1, R2, …, and business as usual (the same months and events with
 * no team decisions) as a grey dashed path beside it. Drawn with Recharts inside the explorer's
 * chart frame, so it has the same table view and SVG/PNG export.
 */
import { memo } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { AXIS_COLOUR, AXIS_LABEL, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR } from '../../shared/charts/chart-theme';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import type { PathPoint } from './session/debrief';

const TICKS = [0, 25, 50, 75, 100];
const DOMAIN = [0, 100];
const MARGIN = { top: 16, right: 24, bottom: 30, left: 8 } as const;
const X_LABEL = { ...AXIS_LABEL, value: 'State-security index →', position: 'insideBottom', offset: -18 } as const;
const Y_LABEL = { ...AXIS_LABEL, value: 'Human-security index →', angle: -90, position: 'insideLeft', offset: 8, style: { textAnchor: 'middle' } } as const;
const SESSION_LINE = { stroke: CURRENT_COLOUR, strokeWidth: 2.5 };
const BAU_LINE = { stroke: BASELINE_COLOUR, strokeWidth: 1.5, strokeDasharray: BASELINE_DASH };
const LEGEND = [
  { label: 'This session, one point per round (R1, R2, …)', colour: CURRENT_COLOUR, marker: 'circle' as const },
  { label: 'Business as usual (same events, no team decisions)', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
];

interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: PathPoint;
}

function RoundPoint({ cx = 0, cy = 0, payload }: ShapeProps) {
  return (
    <g data-testid={`plane-round-${payload?.round}`} data-x={payload?.x} data-y={payload?.y}>
      <circle cx={cx} cy={cy} r={7} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={2} />
      <text x={cx + 10} y={cy - 9} fontSize={14} fontWeight={700} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        R{payload?.round}
      </text>
    </g>
  );
}

function BauPoint({ cx = 0, cy = 0 }: ShapeProps) {
  return <circle cx={cx} cy={cy} r={3} fill={BASELINE_COLOUR} />;
}

const Plot = memo(function Plot({ path, bau }: { readonly path: readonly PathPoint[]; readonly bau: readonly PathPoint[] }) {
  return (
    <ScatterChart responsive margin={MARGIN} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis type="number" dataKey="x" domain={DOMAIN} ticks={TICKS} tick={AXIS_TICK} stroke={AXIS_COLOUR} label={X_LABEL} />
      <YAxis type="number" dataKey="y" domain={DOMAIN} ticks={TICKS} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={44} label={Y_LABEL} />
      <ReferenceLine x={50} stroke="#9a9a9a" strokeDasharray="4 4" />
      <ReferenceLine y={50} stroke="#9a9a9a" strokeDasharray="4 4" />
      <Scatter data={bau as PathPoint[]} line={BAU_LINE} shape={BauPoint} isAnimationActive={false} />
      <Scatter data={path as PathPoint[]} line={SESSION_LINE} shape={RoundPoint} isAnimationActive={false} />
    </ScatterChart>
  );
});

interface SessionPlaneProps {
  readonly path: readonly PathPoint[];
  readonly businessAsUsual: readonly PathPoint[];
  readonly runId: number;
  readonly id?: string;
}

export default function SessionPlane({ path, businessAsUsual, runId, id = 'session-plane' }: SessionPlaneProps) {
  const one = (v: number) => v.toFixed(1);
  const table = () => ({
    columns: ['Round', 'Human security (session)', 'State security (session)', 'Human security (business as usual)', 'State security (business as usual)'],
    rows: path.map((p, i) => {
      const b = businessAsUsual[i];
      return [`Round ${p.round}`, one(p.y), one(p.x), b ? one(b.y) : '', b ? one(b.x) : ''];
    }),
  });
  return (
    <ChartFigure
      id={id}
      title="The session on the security plane"
      description="Each round’s average of the two indices (0–100): up is safer for people, right is what a State-centred view counts as secure."
      legend={LEGEND}
      table={table}
      runId={runId}
      frameClassName="chart-frame plane-frame session-plane-frame"
    >
      <Plot path={path} bau={businessAsUsual} />
    </ChartFigure>
  );
}
