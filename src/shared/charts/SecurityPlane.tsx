/**
 * The human-security versus State-security plane: the module's argument in one picture. Each
 * run is placed by its two indices (means over the run): the baseline as a black diamond, the
 * user's settings as a blue dot, and the user's run year by year as a path from "Year 1" to the
 * last year. Quadrant labels say what each corner means.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { RunResult } from '../../../models/index';
import { runMeanPoint, wrapWords, yearlyIndexPath, type PlanePoint } from './chart-data';
import { AXIS_COLOUR, AXIS_LABEL, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR } from './chart-theme';
import { ChartFigure } from './ChartFigure';

const TICKS = [0, 25, 50, 75, 100];
const MID = 50;

const PLANE_LEGEND = [
  { label: 'Your settings (run average)', colour: CURRENT_COLOUR, marker: 'circle' },
  { label: 'Your settings, year by year (○ first year, ● last)', colour: CURRENT_COLOUR },
  { label: 'Baseline (run average)', colour: '#000000', marker: 'diamond' },
  { label: 'Baseline, year by year', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
] as const;

interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: PlanePoint;
}

function CurrentMarker({ cx = 0, cy = 0, payload }: ShapeProps) {
  return (
    <g data-testid="plane-current" data-x={payload?.x} data-y={payload?.y}>
      <circle cx={cx} cy={cy} r={9} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={2} />
      <text x={cx + 13} y={cy - 8} fontSize={13} fontWeight={700} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        Your settings
      </text>
    </g>
  );
}

function BaselineMarker({ cx = 0, cy = 0, payload }: ShapeProps) {
  const s = 8;
  return (
    <g data-testid="plane-baseline" data-x={payload?.x} data-y={payload?.y}>
      <path d={`M${cx},${cy - s} L${cx + s},${cy} L${cx},${cy + s} L${cx - s},${cy} Z`} fill="#ffffff" stroke="#000000" strokeWidth={2.5} />
      <text x={cx - 12} y={cy + 18} fontSize={13} fontWeight={700} fill="#000000" textAnchor="end" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        Baseline
      </text>
    </g>
  );
}

/** The path's points: the first year hollow, the last filled and larger, the others small. */
function pathPoint(last: number) {
  return function PathPoint({ cx = 0, cy = 0, payload }: ShapeProps) {
    const year = payload?.year ?? 0;
    if (year === 1) return <circle cx={cx} cy={cy} r={4.5} fill="#ffffff" stroke={CURRENT_COLOUR} strokeWidth={2} />;
    if (year === last) return <circle cx={cx} cy={cy} r={4.5} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={1} />;
    return <circle cx={cx} cy={cy} r={2.5} fill={CURRENT_COLOUR} />;
  };
}

interface QuadrantLabelProps {
  readonly viewBox?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly text: string;
  readonly corner: 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';
}

/** Average width of a character of the quadrant labels, to wrap them on narrow plots. */
const LABEL_CHAR_PX = 6.6;
const LABEL_LINE_PX = 14;
const LABEL_INSET_PX = 6;

/** A quadrant's name in its outer corner, wrapped to the quadrant's width. */
function QuadrantLabel({ viewBox, text, corner }: QuadrantLabelProps) {
  if (!viewBox) return null;
  const { x, y, width, height } = viewBox;
  const lines = wrapWords(text, Math.max(8, Math.floor((width - 2 * LABEL_INSET_PX) / LABEL_CHAR_PX)));
  const right = corner === 'topRight' || corner === 'bottomRight';
  const bottom = corner === 'bottomLeft' || corner === 'bottomRight';
  const tx = right ? x + width - LABEL_INSET_PX : x + LABEL_INSET_PX;
  const ty = bottom ? y + height - LABEL_INSET_PX - (lines.length - 1) * LABEL_LINE_PX : y + LABEL_INSET_PX + 11;
  return (
    <text x={tx} y={ty} textAnchor={right ? 'end' : 'start'} fontSize={12} fill="#4a4a4a">
      {lines.map((line, i) => (
        <tspan key={i} x={tx} dy={i === 0 ? 0 : LABEL_LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Constant props (Recharts recomputes a chart when a prop changes by reference). */
const PLANE_MARGIN = { top: 12, right: 18, bottom: 30, left: 8 } as const;
const INDEX_DOMAIN = [0, 100];
const X_LABEL = { ...AXIS_LABEL, value: 'State-security index →', position: 'insideBottom', offset: -18 } as const;
const Y_LABEL = { ...AXIS_LABEL, value: 'Human-security index →', angle: -90, position: 'insideLeft', offset: 8, style: { textAnchor: 'middle' } } as const;
const BASELINE_LINE = { stroke: BASELINE_COLOUR, strokeWidth: 1.5, strokeDasharray: BASELINE_DASH };
const CURRENT_LINE = { stroke: CURRENT_COLOUR, strokeWidth: 2 };
const QUADRANTS = {
  topLeft: <QuadrantLabel text="People safer, State less in control" corner="topLeft" />,
  topRight: <QuadrantLabel text="Both more secure" corner="topRight" />,
  bottomLeft: <QuadrantLabel text="Both less secure" corner="bottomLeft" />,
  bottomRight: <QuadrantLabel text="State in control, people at risk" corner="bottomRight" />,
};

function GhostPoint({ cx = 0, cy = 0 }: ShapeProps) {
  return <circle cx={cx} cy={cy} r={2} fill={BASELINE_COLOUR} />;
}

interface PlotProps {
  readonly currentPath: readonly PlanePoint[];
  readonly baselinePath: readonly PlanePoint[] | null;
  readonly current: PlanePoint;
  readonly baseline: PlanePoint | null;
}

const PlanePlot = memo(function PlanePlot({ currentPath, baselinePath, current, baseline }: PlotProps) {
  const PathPoint = useMemo(() => pathPoint(currentPath.length), [currentPath.length]);
  const currentPoint = useMemo(() => [current], [current]);
  const baselinePoint = useMemo(() => (baseline ? [baseline] : null), [baseline]);
  return (
    <ScatterChart responsive margin={PLANE_MARGIN} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        dataKey="x"
        domain={INDEX_DOMAIN}
        ticks={TICKS}
        tick={AXIS_TICK}
        stroke={AXIS_COLOUR}
        label={X_LABEL}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={INDEX_DOMAIN}
        ticks={TICKS}
        tick={AXIS_TICK}
        stroke={AXIS_COLOUR}
        width={44}
        label={Y_LABEL}
      />
      <ReferenceArea x1={0} x2={MID} y1={MID} y2={100} fill="none" label={QUADRANTS.topLeft} />
      <ReferenceArea x1={MID} x2={100} y1={MID} y2={100} fill="none" label={QUADRANTS.topRight} />
      <ReferenceArea x1={0} x2={MID} y1={0} y2={MID} fill="none" label={QUADRANTS.bottomLeft} />
      <ReferenceArea x1={MID} x2={100} y1={0} y2={MID} fill="none" label={QUADRANTS.bottomRight} />
      <ReferenceLine x={MID} stroke="#9a9a9a" strokeDasharray="4 4" />
      <ReferenceLine y={MID} stroke="#9a9a9a" strokeDasharray="4 4" />
      {baselinePath && (
        <Scatter data={baselinePath as PlanePoint[]} line={BASELINE_LINE} shape={GhostPoint} isAnimationActive={false} />
      )}
      <Scatter data={currentPath as PlanePoint[]} line={CURRENT_LINE} shape={PathPoint} isAnimationActive={false} />
      {baselinePoint && <Scatter data={baselinePoint} shape={BaselineMarker} isAnimationActive={false} />}
      <Scatter data={currentPoint} shape={CurrentMarker} isAnimationActive={false} />
    </ScatterChart>
  );
});

const one = (v: number) => v.toFixed(1);

interface SecurityPlaneProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
}

export default function SecurityPlane({ current, baseline, runId }: SecurityPlaneProps) {
  const currentPath = useMemo(() => yearlyIndexPath(current.months), [current]);
  const baselinePath = useMemo(() => (baseline ? yearlyIndexPath(baseline.months) : null), [baseline]);
  const currentMean = useMemo(() => runMeanPoint(current), [current]);
  const baselineMean = useMemo(() => (baseline ? runMeanPoint(baseline) : null), [baseline]);

  const table = () => ({
    columns: ['Period', 'Human security (yours)', 'State security (yours)', 'Human security (baseline)', 'State security (baseline)'],
    rows: [
      ['Run average', one(currentMean.y), one(currentMean.x), baselineMean ? one(baselineMean.y) : '', baselineMean ? one(baselineMean.x) : ''],
      ...currentPath.map((p, i) => {
        const b = baselinePath?.[i];
        return [`Year ${p.year}`, one(p.y), one(p.x), b ? one(b.y) : '', b ? one(b.x) : ''];
      }),
    ],
  });

  return (
    <ChartFigure
      id="security-plane"
      title="Human security versus State security"
      description="Where a policy lands: up is safer for people, right is what a State-centred view counts as secure (both indices 0–100)."
      legend={PLANE_LEGEND}
      table={table}
      runId={runId}
      frameClassName="chart-frame plane-frame"
    >
      <PlanePlot currentPath={currentPath} baselinePath={baselinePath} current={currentMean} baseline={baselineMean} />
    </ChartFigure>
  );
}
