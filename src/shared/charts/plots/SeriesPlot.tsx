/**
 * The month-by-month chart's plot (Recharts): the user's line, the baseline's ghost line, and the
 * timeline's numbered marks, staggered in rows so that close months do not overlap. Loaded apart
 * from SeriesChart.tsx, when the chart comes near the viewport (PlotGate.tsx).
 */
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { DeclaredOutput } from '../../../../models/index';
import { formatAxis } from '../../format';
import type { SeriesRow } from '../chart-data';
import { AXIS_COLOUR, AXIS_TICK, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR, MONTH_CHART_MARGIN, TIMELINE_MARK_COLOUR, TIMELINE_MARK_DASH } from '../chart-theme';
import type { TimelineMarker } from '../timeline-markers';
import { useChartDirection } from '../use-chart-direction';
import { useMonthAxis } from '../use-month-axis';

type Spec = DeclaredOutput;

const MARK_BOX = 15;
const MARK_ROW = MARK_BOX + 2;
/** Room above the plot for one, two or three rows of marker numbers. */
const MARGINS = [1, 2, 3].map((rows) => ({ ...MONTH_CHART_MARGIN, top: MONTH_CHART_MARGIN.top + rows * MARK_ROW }));

/** A marker's number in a small box above the top of its line; neighbours too close take a second row. */
function markLabel(marker: TimelineMarker, row: number) {
  return function MarkLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
    const x = viewBox?.x ?? 0;
    const y = (viewBox?.y ?? 0) - (row + 1) * MARK_ROW;
    return (
      <g data-marker={marker.number} data-month={marker.month}>
        <rect x={x - MARK_BOX / 2} y={y} width={MARK_BOX} height={MARK_BOX} rx={3} fill="#ffffff" stroke={TIMELINE_MARK_COLOUR} />
        <text x={x} y={y + MARK_BOX / 2 + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={TIMELINE_MARK_COLOUR}>
          {marker.number}
        </text>
      </g>
    );
  };
}

/** Rows of marker labels at most; a month chart about 300 px wide fits a label every 1/16 of its months. */
const LABEL_ROWS = 3;
const LABELS_PER_ROW = 16;

/** A row for each marker's label: the first row whose last label is far enough away, so that close months do not overlap. */
function labelRows(markers: readonly TimelineMarker[], months: number): number[] {
  const minGap = Math.max(2, months / LABELS_PER_ROW);
  const last: number[] = [];
  return markers.map((m) => {
    let row = last.findIndex((month) => m.month - month >= minGap);
    if (row < 0) row = last.length < LABEL_ROWS ? last.length : last.indexOf(Math.min(...last));
    last[row] = m.month;
    return row;
  });
}

/** Yearly values are few: each gets a dot. */
const YEAR_DOT = { r: 3.5 } as const;

const SeriesPlot = memo(function SeriesPlot({
  rows,
  spec,
  markers,
  months,
  yearly,
}: {
  readonly rows: readonly SeriesRow[];
  readonly spec: Spec;
  readonly markers: readonly TimelineMarker[];
  /** The run's length in months (the axis), whatever the number of rows. */
  readonly months: number;
  readonly yearly: boolean;
}) {
  const { t } = useTranslation();
  const dir = useChartDirection();
  const { labels, margin } = useMemo(() => {
    const stagger = labelRows(markers, months);
    const margin = markers.length === 0 ? MONTH_CHART_MARGIN : MARGINS[Math.max(...stagger)];
    return { labels: markers.map((m, i) => markLabel(m, stagger[i])), margin: dir.margin(margin) };
  }, [markers, months, dir]);
  const monthAxis = useMonthAxis(months);
  const hasBaseline = rows.length > 0 && rows[0].baseline !== undefined;
  const tickFormatter = useCallback((v: number) => formatAxis(spec, v), [spec]);
  return (
    <LineChart responsive accessibilityLayer={false} data={rows as SeriesRow[]} margin={margin} style={FILL_PARENT}>
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" />
      <XAxis {...monthAxis} />
      <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={56} orientation={dir.yOrientation} />
      {hasBaseline && (
        <Line dataKey="baseline" name={t('series.baseline')} stroke={BASELINE_COLOUR} strokeWidth={1.75} strokeDasharray={BASELINE_DASH} dot={yearly ? YEAR_DOT : false} isAnimationActive={false} />
      )}
      <Line dataKey="current" name={t('series.current')} stroke={CURRENT_COLOUR} strokeWidth={2.5} dot={yearly ? YEAR_DOT : false} isAnimationActive={false} />
      {markers.map((m, i) => (
        <ReferenceLine key={m.month} x={m.month} stroke={TIMELINE_MARK_COLOUR} strokeDasharray={TIMELINE_MARK_DASH} label={labels[i]} />
      ))}
    </LineChart>
  );
});

export default SeriesPlot;
