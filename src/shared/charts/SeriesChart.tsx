/**
 * One output month by month, for the user's settings, with the baseline as a ghost line behind
 * it (as En-ROADS draws its baseline). The user picks the output from the model's declared
 * outputs. Vertical marks, numbered, show where the timeline's policies start and stop; the
 * list under the chart says what changes at each. The reader can show each month, a trailing
 * 12-month average or one value per year (chart-data.ts, SERIES_VIEWS): one seed's months are noisy.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { OUTPUT_BY_KEY, OUTPUT_CHOICES, type DeclaredOutput, type OutputKey, type RunResult } from '../../../models/index';
import { formatAxis, formatOutput } from '../format';
import { SERIES_VIEWS, viewSeries, type SeriesRow, type SeriesView } from './chart-data';
import { AXIS_COLOUR, AXIS_TICK, FILL_PARENT, MONTH_CHART_MARGIN, BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, GRID_COLOUR } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { describeItems, describeMarker, timelineMarkers, type RunSchedule, type TimelineMarker } from './timeline-markers';
import { useMonthAxis } from './use-month-axis';
import { useModelText } from '../i18n/model-text';
import { useChartDirection } from './use-chart-direction';


const LEGEND = [
  { key: 'series.current', colour: CURRENT_COLOUR },
  { key: 'series.baseline', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
] as const;

type Spec = DeclaredOutput;

const MARK_COLOUR = '#8a4b00';
const MARK_DASH = '3 3';
const MARK_BOX = 15;
const MARK_ROW = MARK_BOX + 2;
const LEGEND_WITH_MARKS = [...LEGEND, { key: 'series.timelineChange', colour: MARK_COLOUR, dash: MARK_DASH }];
/** Room above the plot for one, two or three rows of marker numbers. */
const MARGINS = [1, 2, 3].map((rows) => ({ ...MONTH_CHART_MARGIN, top: MONTH_CHART_MARGIN.top + rows * MARK_ROW }));

/** A marker's number in a small box above the top of its line; neighbours too close take a second row. */
function markLabel(marker: TimelineMarker, row: number) {
  return function MarkLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
    const x = viewBox?.x ?? 0;
    const y = (viewBox?.y ?? 0) - (row + 1) * MARK_ROW;
    return (
      <g data-marker={marker.number} data-month={marker.month}>
        <rect x={x - MARK_BOX / 2} y={y} width={MARK_BOX} height={MARK_BOX} rx={3} fill="#ffffff" stroke={MARK_COLOUR} />
        <text x={x} y={y + MARK_BOX / 2 + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={MARK_COLOUR}>
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
        <ReferenceLine key={m.month} x={m.month} stroke={MARK_COLOUR} strokeDasharray={MARK_DASH} label={labels[i]} />
      ))}
    </LineChart>
  );
});

interface SeriesChartProps {
  readonly current: RunResult;
  readonly baseline: RunResult | null;
  readonly runId: number;
  /** The levers and timeline of the user's run, for the timeline's marks. */
  readonly schedule?: RunSchedule;
  /** The output shown first (lecture mode opens on the output a step talks about). */
  readonly initialOutput?: OutputKey;
  /** Each month (the default), smoothed or yearly at first. */
  readonly initialView?: SeriesView;
}

const NO_MARKERS: readonly TimelineMarker[] = [];

/** The chart's caption: what a point is in this view, and the marks when there are any. */
function describeView(view: SeriesView, marks: boolean, names: { label: string; unit: string }, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (view === 'month') return t(marks ? 'series.descriptionMarks' : 'series.description', names);
  const text = t(view === 'year' ? 'series.descriptionYear' : 'series.descriptionSmoothed', names);
  return marks ? `${text} ${t('series.marksNote')}` : text;
}

/** For screen readers: the month-by-month means and extremes of both lines, in one or two sentences. */
function seriesSummary(rows: readonly SeriesRow[], format: (v: number) => string, label: string, t: (key: string, options: Record<string, unknown>) => string): string {
  if (rows.length === 0) return '';
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const yours = rows.map((r) => r.current);
  let low = 0;
  let high = 0;
  yours.forEach((v, i) => {
    if (v < yours[low]) low = i;
    if (v > yours[high]) high = i;
  });
  const base = rows.flatMap((r) => (r.baseline === undefined ? [] : [r.baseline]));
  const parts = {
    label,
    mean: format(mean(yours)),
    low: format(yours[low]),
    lowMonth: rows[low].month,
    high: format(yours[high]),
    highMonth: rows[high].month,
  };
  return base.length ? t('series.summary', { ...parts, baselineMean: format(mean(base)) }) : t('series.summaryNoBaseline', parts);
}

export default function SeriesChart({ current, baseline, runId, schedule, initialOutput, initialView }: SeriesChartProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  const selectId = useId();
  const viewId = useId();
  const [key, setKey] = useState<OutputKey>(initialOutput ?? 'smugglingDemand');
  const [view, setView] = useState<SeriesView>(initialView ?? 'month');
  const spec = OUTPUT_BY_KEY.get(key) ?? OUTPUT_CHOICES[0];
  const rows = useMemo(() => viewSeries(current, baseline, key, view), [current, baseline, key, view]);
  const months = current.months.length;
  const markers = useMemo(() => (schedule ? timelineMarkers(schedule, months) : NO_MARKERS), [schedule, months]);

  const table = () => {
    const byMonth = new Map(markers.map((m) => [m.month, describeItems(m)]));
    const label = mt.outputLabel(spec.key);
    return {
      columns: [t(view === 'year' ? 'series.colYearEnd' : 'chart.month'), t('series.colYours', { label }), t('series.colBaseline', { label }), ...(markers.length ? [t('series.colTimeline')] : [])],
      rows: rows.map((r) => [
        String(r.month),
        formatOutput(spec, r.current),
        r.baseline === undefined ? '' : formatOutput(spec, r.baseline),
        ...(markers.length ? [byMonth.get(r.month) ?? ''] : []),
      ]),
    };
  };
  const legend = useMemo(() => (markers.length ? LEGEND_WITH_MARKS : LEGEND).map(({ key, ...item }) => ({ ...item, label: t(key) })), [markers.length, t]);
  const footnote =
    markers.length > 0 ? (
      <details className="marker-notes" open={markers.length <= 4} data-testid="timeline-marks">
        <summary>{t('series.marksSummary', { count: markers.length })}</summary>
        <ol>
          {markers.map((m) => (
            <li key={m.month} value={m.number} data-month={m.month}>
              {describeMarker(m)}
            </li>
          ))}
        </ol>
      </details>
    ) : null;

  const controls = (
    <>
      <label className="chart-picker" htmlFor={selectId}>
        {t('series.show')}
        <select id={selectId} value={key} onChange={(e) => setKey(e.target.value as OutputKey)} data-testid="series-output">
          {OUTPUT_CHOICES.map((o) => (
            <option key={o.key} value={o.key}>
              {mt.outputLabel(o.key)}
            </option>
          ))}
        </select>
      </label>
      <label className="chart-picker" htmlFor={viewId}>
        {t('series.view')}
        <select id={viewId} value={view} onChange={(e) => setView(e.target.value as SeriesView)} data-testid="series-view">
          {SERIES_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`series.views.${v}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );

  return (
    <ChartFigure
      id="monthly-series"
      title={t('series.title')}
      description={describeView(view, markers.length > 0, { label: mt.outputLabel(spec.key), unit: mt.outputUnit(spec.key) }, t)}
      legend={legend}
      table={table}
      runId={runId}
      controls={controls}
      footnote={footnote}
      summary={seriesSummary(rows, (v) => formatOutput(spec, v), mt.outputLabel(spec.key), t)}
    >
      <SeriesPlot rows={rows} spec={spec} markers={markers} months={months} yearly={view === 'year'} />
    </ChartFigure>
  );
}
