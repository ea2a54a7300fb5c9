/**
 * One output month by month, for the user's settings, with the baseline as a ghost line behind
 * it (as En-ROADS draws its baseline). The user picks the output from the model's declared
 * outputs. Vertical marks, numbered, show where the timeline's policies start and stop; the
 * list under the chart says what changes at each. The reader can show each month, a trailing
 * 12-month average or one value per year (chart-data.ts, SERIES_VIEWS): one seed's months are noisy.
 */
import { lazy, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTPUT_BY_KEY, OUTPUT_CHOICES, type OutputKey, type RunResult } from '../../../models/index';
import { formatOutput } from '../format';
import { SERIES_VIEWS, viewSeries, type SeriesRow, type SeriesView } from './chart-data';
import { BASELINE_COLOUR, BASELINE_DASH, CURRENT_COLOUR, TIMELINE_MARK_COLOUR, TIMELINE_MARK_DASH } from './chart-theme';
import { ChartFigure } from './ChartFigure';
import { describeItems, describeMarker, timelineMarkers, type RunSchedule, type TimelineMarker } from './timeline-markers';
import { useModelText } from '../i18n/model-text';
import { WhenSeen } from './PlotGate';

const LEGEND = [
  { key: 'series.current', colour: CURRENT_COLOUR },
  { key: 'series.baseline', colour: BASELINE_COLOUR, dash: BASELINE_DASH },
] as const;

const LEGEND_WITH_MARKS = [...LEGEND, { key: 'series.timelineChange', colour: TIMELINE_MARK_COLOUR, dash: TIMELINE_MARK_DASH }];
const SeriesPlot = lazy(() => import('./plots/SeriesPlot'));

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
  /** Draw the plot only near the viewport (ChartFigure). */
  readonly deferPlot?: boolean;
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

export default function SeriesChart({ current, baseline, runId, schedule, initialOutput, initialView, deferPlot }: SeriesChartProps) {
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
      deferPlot={deferPlot}
    >
      <WhenSeen>
        <SeriesPlot rows={rows} spec={spec} markers={markers} months={months} yearly={view === 'year'} />
      </WhenSeen>
    </ChartFigure>
  );
}
