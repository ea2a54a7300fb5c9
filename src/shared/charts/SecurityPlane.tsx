/**
 * The human-security versus State-security plane: the module's argument in one picture. Each
 * run is placed by its two indices (means over the run): the baseline as a black diamond, the
 * user's settings as a blue dot, and the user's run year by year as a path from "Year 1" to the
 * last year. Quadrant labels say what each corner means.
 */
import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, usePlotArea, XAxis, YAxis } from 'recharts';
import type { RunResult } from '../../../models/index';
import { planeDomain, runMeanPoint, wrapWords, yearlyIndexPath, type PlanePoint } from './chart-data';
import { stateAxisTitle, type StateReadingName } from '../weights/reading';
import { AXIS_COLOUR, OKABE_ITO, planeAxisLabels, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR } from './chart-theme';
import { formatNumber } from '../format';
import { ChartFigure } from './ChartFigure';
import { PlaneMarks, type LineStyle, type MarkSeries } from './PlaneMarks';
import { placePointLabel } from './point-label';
import { useChartDirection, type ChartDirection } from './use-chart-direction';

const MID = 50;
/** Zero marked plainly once the plane reaches below it: harm beyond the reference values lies past it. */
const ZERO_LINE = { stroke: '#1a1a1a', strokeWidth: 1.5 } as const;

const PLANE_LEGEND = [
  { key: 'plane.legendCurrent', colour: CURRENT_COLOUR, marker: 'circle' },
  { key: 'plane.legendCurrentPath', colour: CURRENT_COLOUR },
  { key: 'plane.legendBaseline', colour: '#000000', marker: 'diamond' },
  { key: 'plane.legendBaselinePath', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
] as const;

/** Other runs placed on the same plane (a lecture step's comparisons): an outlined square each. */
export interface OtherPoint {
  /** Short, on the plot (e.g. "Step 2"). */
  readonly short: string;
  /** Full, in the legend and the table. */
  readonly label: string;
  readonly run: RunResult;
}

const OTHER_COLOUR = OKABE_ITO.vermillion;

interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: PlanePoint;
}

interface PointLabelProps {
  readonly cx: number;
  readonly cy: number;
  readonly text: string;
  /** The side of the point the label prefers, on the screen. */
  readonly right: boolean;
  /** Above the point (else below). */
  readonly above: boolean;
  readonly fill: string;
}

/**
 * A point's name beside it, turned to the other side when it would run past the plot's edge
 * (point-label.ts, with the plot area from Recharts): "Your settings" at the far right of the
 * plane stays whole.
 */
function PointLabel({ cx, cy, text, right, above, fill }: PointLabelProps) {
  const place = placePointLabel({ cx, cy, chars: text.length, right, above }, usePlotArea());
  return (
    <text x={place.x} y={place.y} textAnchor={place.anchor} fontSize={13} fontWeight={700} fill={fill} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
      {text}
    </text>
  );
}

/**
 * Which side a point's label prefers: your settings' towards higher State security (the reading
 * end: right in English, left in Arabic), the baseline's towards lower, so the two do not collide
 * when the points are close. Physical coordinates: the SVG is laid out left to right even in a
 * right-to-left page (see use-chart-direction.ts).
 */
const prefersRight = (towardsHigh: boolean, dir: ChartDirection) => towardsHigh !== dir.rtl;

function currentMarker(label: string, dir: ChartDirection) {
  return function CurrentMarker({ cx = 0, cy = 0, payload }: ShapeProps) {
    return (
      <g data-testid="plane-current" data-x={payload?.x} data-y={payload?.y}>
        <circle cx={cx} cy={cy} r={9} fill={CURRENT_COLOUR} stroke="#ffffff" strokeWidth={2} />
        <PointLabel cx={cx} cy={cy} text={label} right={prefersRight(true, dir)} above fill={CURRENT_COLOUR} />
      </g>
    );
  };
}

function baselineMarker(label: string, dir: ChartDirection) {
  return function BaselineMarker({ cx = 0, cy = 0, payload }: ShapeProps) {
    const s = 8;
    return (
      <g data-testid="plane-baseline" data-x={payload?.x} data-y={payload?.y}>
        <path d={`M${cx},${cy - s} L${cx + s},${cy} L${cx},${cy + s} L${cx - s},${cy} Z`} fill="#ffffff" stroke="#000000" strokeWidth={2.5} />
        <PointLabel cx={cx} cy={cy} text={label} right={prefersRight(false, dir)} above={false} fill="#000000" />
      </g>
    );
  };
}

interface OtherShapeProps extends ShapeProps {
  readonly payload?: PlanePoint & { readonly short?: string };
}

function OtherMarker({ cx = 0, cy = 0, payload }: OtherShapeProps) {
  const s = 7;
  return (
    <g data-testid="plane-other" data-x={payload?.x} data-y={payload?.y} data-label={payload?.short}>
      <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} fill="#ffffff" stroke={OTHER_COLOUR} strokeWidth={2.5} />
      <text x={cx} y={cy - s - 5} textAnchor="middle" fontSize={13} fontWeight={700} fill="#1a1a1a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
        {payload?.short}
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

/**
 * A line of right-to-left words in the left-to-right SVG, with its punctuation where a reader of
 * Arabic expects it: the right-to-left marks around it keep a trailing comma at the line's end
 * (without them the chart's ltr direction moves it to the other side).
 */
const keepRtl = (line: string) => (/[\u0590-\u08ff]/.test(line) ? `\u200f${line}\u200f` : line);

/** A quadrant's name in its outer corner, wrapped to the quadrant's width. */
function QuadrantLabel({ viewBox, text, corner }: QuadrantLabelProps) {
  if (!viewBox) return null;
  const { x, y, width, height } = viewBox;
  const lines = wrapWords(text, Math.max(8, Math.floor((width - 2 * LABEL_INSET_PX) / LABEL_CHAR_PX)));
  // Corners are physical: a right-to-left plot gets its corners already swapped (see PlanePlot).
  const right = corner === 'topRight' || corner === 'bottomRight';
  const bottom = corner === 'bottomLeft' || corner === 'bottomRight';
  const tx = right ? x + width - LABEL_INSET_PX : x + LABEL_INSET_PX;
  const ty = bottom ? y + height - LABEL_INSET_PX - (lines.length - 1) * LABEL_LINE_PX : y + LABEL_INSET_PX + 11;
  return (
    <text x={tx} y={ty} textAnchor={right ? 'end' : 'start'} fontSize={12} fill="#4a4a4a">
      {lines.map((line, i) => (
        <tspan key={i} x={tx} dy={i === 0 ? 0 : LABEL_LINE_PX}>
          {keepRtl(line)}
        </tspan>
      ))}
    </text>
  );
}

/** Constant props (Recharts recomputes a chart when a prop changes by reference). */
const PLANE_MARGIN = { top: 12, right: 18, bottom: 30, left: 8 } as const;
const PLANE_MARGIN_RTL = { ...PLANE_MARGIN, left: PLANE_MARGIN.right, right: PLANE_MARGIN.left } as const;
const BASELINE_LINE: LineStyle = { stroke: BASELINE_COLOUR, strokeWidth: 1.5, strokeDasharray: BASELINE_DASH };
const CURRENT_LINE: LineStyle = { stroke: CURRENT_COLOUR, strokeWidth: 2 };

/** The axes' titles and the quadrants' names, made once per language and direction (Recharts compares props by reference). */
function usePlaneLabels(reading: StateReadingName) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  return useMemo(() => {
    // In a right-to-left plot the State-security axis runs leftwards, so "less State control" is on the right.
    const west = dir.rtl ? 'Right' : 'Left';
    const east = dir.rtl ? 'Left' : 'Right';
    return {
      dir,
      ...planeAxisLabels((arrow) => stateAxisTitle(t, reading, arrow), t('plane.yAxis', { arrow: '→' }), dir.rtl),
      quadrants: {
        peopleSafer: <QuadrantLabel text={t('plane.peopleSafer')} corner={`top${west}`} />,
        bothSecure: <QuadrantLabel text={t('plane.bothSecure')} corner={`top${east}`} />,
        bothInsecure: <QuadrantLabel text={t('plane.bothInsecure')} corner={`bottom${west}`} />,
        stateInControl: <QuadrantLabel text={t('plane.stateInControl')} corner={`bottom${east}`} />,
      },
      current: t('plane.current'),
      baseline: t('plane.baseline'),
    };
  }, [t, dir, reading]);
}

/** Nothing: the shape of the unseen points that give the axes their domain. */
function NoMark() {
  return null;
}

function GhostPoint({ cx = 0, cy = 0 }: ShapeProps) {
  return <circle cx={cx} cy={cy} r={2} fill={BASELINE_COLOUR} />;
}

interface PlotProps {
  readonly reading: StateReadingName;
  readonly currentPath: readonly PlanePoint[];
  readonly baselinePath: readonly PlanePoint[] | null;
  readonly current: PlanePoint;
  readonly baseline: PlanePoint | null;
  readonly others: readonly (PlanePoint & { readonly short: string })[];
  readonly baselineLabel?: string;
}

const PlanePlot = memo(function PlanePlot({ reading, currentPath, baselinePath, current, baseline, others, baselineLabel: baselineName }: PlotProps) {
  const labels = usePlaneLabels(reading);
  const { domain, ticks } = useMemo(
    () => planeDomain([...currentPath, ...(baselinePath ?? []), current, ...(baseline ? [baseline] : []), ...others]),
    [currentPath, baselinePath, current, baseline, others],
  );
  const { dir, current: currentLabel } = labels;
  const baselineLabel = baselineName ?? labels.baseline;
  const PathPoint = useMemo(() => pathPoint(currentPath.length), [currentPath.length]);
  const CurrentMarker = useMemo(() => currentMarker(currentLabel, dir), [currentLabel, dir]);
  const BaselineMarker = useMemo(() => baselineMarker(baselineLabel, dir), [baselineLabel, dir]);
  const currentPoint = useMemo(() => [current], [current]);
  const baselinePoint = useMemo(() => (baseline ? [baseline] : null), [baseline]);
  // The grid, axes, quadrants and middle lines as one element that a new run does not remake:
  // React then skips them, and Recharts does not unregister and register them again (which made
  // it recompute the whole chart) each time a result arrives during a drag.
  const frame = useMemo(
    () => (
      <>
        <CartesianGrid stroke={GRID_COLOUR} />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          ticks={ticks}
          tick={AXIS_TICK}
          stroke={AXIS_COLOUR}
          reversed={dir.rtl}
          label={labels.xLabel}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={domain}
          ticks={ticks}
          tick={AXIS_TICK}
          stroke={AXIS_COLOUR}
          width={44}
          orientation={dir.yOrientation}
          label={labels.yLabel}
        />
        <ReferenceArea x1={0} x2={MID} y1={MID} y2={100} fill="none" label={labels.quadrants.peopleSafer} />
        <ReferenceArea x1={MID} x2={100} y1={MID} y2={100} fill="none" label={labels.quadrants.bothSecure} />
        <ReferenceArea x1={0} x2={MID} y1={0} y2={MID} fill="none" label={labels.quadrants.bothInsecure} />
        <ReferenceArea x1={MID} x2={100} y1={0} y2={MID} fill="none" label={labels.quadrants.stateInControl} />
        <ReferenceLine x={MID} stroke="#9a9a9a" strokeDasharray="4 4" />
        <ReferenceLine y={MID} stroke="#9a9a9a" strokeDasharray="4 4" />
        {domain[0] < 0 && <ReferenceLine x={0} {...ZERO_LINE} />}
        {domain[0] < 0 && <ReferenceLine y={0} {...ZERO_LINE} />}
        {/* The axes take their scales from the chart's data: two unseen points at the domain's corners (the marks are drawn by PlaneMarks). */}
        <Scatter data={[{ x: domain[0], y: domain[0] }, { x: domain[1], y: domain[1] }]} shape={NoMark} isAnimationActive={false} />
      </>
    ),
    [domain, ticks, dir, labels],
  );
  // Drawn in this order, the first underneath (PlaneMarks.tsx: plain SVG, not Recharts' Scatter).
  const series = useMemo(() => {
    const out: MarkSeries[] = [];
    if (baselinePath) out.push({ id: 'baseline-path', points: baselinePath, shape: GhostPoint, line: BASELINE_LINE });
    out.push({ id: 'current-path', points: currentPath, shape: PathPoint, line: CURRENT_LINE });
    if (baselinePoint) out.push({ id: 'baseline', points: baselinePoint, shape: BaselineMarker });
    if (others.length > 0) out.push({ id: 'others', points: others, shape: OtherMarker });
    out.push({ id: 'current', points: currentPoint, shape: CurrentMarker });
    return out;
  }, [baselinePath, currentPath, PathPoint, baselinePoint, BaselineMarker, others, currentPoint, CurrentMarker]);
  return (
    <ScatterChart responsive accessibilityLayer={false} margin={dir.rtl ? PLANE_MARGIN_RTL : PLANE_MARGIN} style={FILL_PARENT}>
      {frame}
      <PlaneMarks series={series} />
    </ScatterChart>
  );
});

const one = (v: number) => formatNumber(v, ONE_DECIMAL);
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

interface SecurityPlaneProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  /** The reading of State security the indices are weighed with, named in the axis title. */
  readonly reading?: StateReadingName;
  /** Other runs to place on the plane by their run averages (a lecture step's comparisons). */
  readonly others?: readonly OtherPoint[];
  /** The baseline point's name on the plot (the explorer's reference: "Status quo"); "Baseline" when absent. */
  readonly baselineLabel?: string;
}

const NO_OTHERS: readonly OtherPoint[] = [];

/** A legend entry with the baseline named as the caller calls it ("Status quo (run average)"). */
function referenceLegend(key: (typeof PLANE_LEGEND)[number]['key'], name: string, t: TFunction): string {
  if (key === 'plane.legendBaseline') return t('plane.legendOther', { label: name });
  if (key === 'plane.legendBaselinePath') return t('plane.legendReferencePath', { label: name });
  return t(key);
}

export default function SecurityPlane({ current, baseline, runId, reading = 'control', others = NO_OTHERS, baselineLabel }: SecurityPlaneProps) {
  const { t } = useTranslation();
  const legend = useMemo(
    () => [
      ...PLANE_LEGEND.map(({ key, ...item }) => ({ ...item, label: baselineLabel ? referenceLegend(key, baselineLabel, t) : t(key) })),
      ...others.map((o) => ({ label: t('plane.legendOther', { label: o.label }), colour: OTHER_COLOUR, marker: 'outline' as const })),
    ],
    [t, others, baselineLabel],
  );
  const otherPoints = useMemo(() => others.map((o) => ({ ...runMeanPoint(o.run), short: o.short })), [others]);
  const currentPath = useMemo(() => yearlyIndexPath(current.months), [current]);
  const baselinePath = useMemo(() => (baseline ? yearlyIndexPath(baseline.months) : null), [baseline]);
  const currentMean = useMemo(() => runMeanPoint(current), [current]);
  const baselineMean = useMemo(() => (baseline ? runMeanPoint(baseline) : null), [baseline]);

  const table = () => ({
    columns: [t('plane.colPeriod'), t('plane.colHumanYours'), t('plane.colStateYours'), t('plane.colHumanBaseline'), t('plane.colStateBaseline')],
    rows: [
      [t('plane.runAverage'), one(currentMean.y), one(currentMean.x), baselineMean ? one(baselineMean.y) : '', baselineMean ? one(baselineMean.x) : ''],
      ...currentPath.map((p, i) => {
        const b = baselinePath?.[i];
        return [t('plane.year', { year: p.year }), one(p.y), one(p.x), b ? one(b.y) : '', b ? one(b.x) : ''];
      }),
      ...others.map((o, i) => [t('plane.legendOther', { label: o.label }), one(otherPoints[i].y), one(otherPoints[i].x), '', '']),
    ],
  });
  const othersSummary = others.map((o, i) => t('plane.otherSummary', { label: o.short, human: one(otherPoints[i].y), state: one(otherPoints[i].x) })).join(' ');

  return (
    <ChartFigure
      id="security-plane"
      title={t('plane.title')}
      description={t('plane.description')}
      legend={legend}
      table={table}
      runId={runId}
      frameClassName="chart-frame plane-frame"
      summary={[
        baselineMean
          ? t('plane.summary', { human: one(currentMean.y), state: one(currentMean.x), humanBaseline: one(baselineMean.y), stateBaseline: one(baselineMean.x) })
          : t('plane.summaryNoBaseline', { human: one(currentMean.y), state: one(currentMean.x) }),
        othersSummary,
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <PlanePlot reading={reading} currentPath={currentPath} baselinePath={baselinePath} current={currentMean} baseline={baselineMean} others={otherPoints} baselineLabel={baselineLabel} />
    </ChartFigure>
  );
}
