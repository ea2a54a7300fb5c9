/**
 * The history check on the page: for a scenario with recorded figures, each recorded series
 * (arrivals, dead and missing, pull-backs) year by year — recorded as outlined bars, modelled as
 * filled bars with the model's error above them — and beside each, its fit in numbers. Below, in
 * words, what such a check can and cannot show. A table view and SVG/PNG export come with the
 * chart frame. Loaded lazily: it brings Recharts.
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { formatCompact, formatCount } from '../../../shared/format';
import { AXIS_COLOUR, AXIS_TICK, CURRENT_COLOUR, FILL_PARENT, GRID_COLOUR } from '../../../shared/charts/chart-theme';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { describeFit, formatError, historyTable, type HistoryPanel } from './history-data';
import { GENERAL_CAUTION, historyReading } from './history-notes';
import type { HistoryState } from './use-history-runs';
import './history.css';

const RECORDED_STROKE = '#1a1a1a';
const LEGEND = [
  { label: 'Recorded', colour: RECORDED_STROKE, marker: 'outline' as const },
  { label: 'Modelled', colour: CURRENT_COLOUR, swatch: true },
];
const MARGIN = { top: 8, right: 8, bottom: 4, left: 0 } as const;
const ERROR_COLOUR = '#404040';
const NARROW_TICK_PX = 60;

interface Row {
  readonly year: number;
  readonly modelled: number;
  readonly recorded?: number;
  readonly errorText: string;
}

/** A year on the axis with the model's error for that year under it. */
function yearTick(errors: ReadonlyMap<number, string>) {
  return function YearTick({ x: xAt, y: yAt, payload, width, visibleTicksCount }: XAxisTickContentProps) {
    const year = Number(payload.value);
    const x = Number(xAt);
    // On a phone a year has about 45 px: a smaller font keeps "+104%" clear of its neighbours.
    const fontSize = Number(width) / Math.max(1, visibleTicksCount) < NARROW_TICK_PX ? 10 : AXIS_TICK.fontSize;
    return (
      <text x={x} y={Number(yAt) + 12} textAnchor="middle" fontSize={fontSize} fill={AXIS_TICK.fill}>
        <tspan x={x}>{year}</tspan>
        <tspan x={x} dy={fontSize + 2} fill={ERROR_COLOUR} fontWeight={600}>
          {errors.get(year) ?? ''}
        </tspan>
      </text>
    );
  };
}

const HistoryPlot = memo(function HistoryPlot({ panel }: { readonly panel: HistoryPanel }) {
  const rows: Row[] = panel.rows.map((r) => ({ ...r, errorText: r.recorded === undefined ? '' : formatError(r.error) }));
  const tick = yearTick(new Map(rows.map((r) => [r.year, r.errorText])));
  return (
    <BarChart responsive data={rows} margin={MARGIN} style={FILL_PARENT} barGap={1} barCategoryGap="18%">
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" vertical={false} />
      <XAxis dataKey="year" tick={tick} stroke={AXIS_COLOUR} interval={0} height={36} />
      <YAxis tickFormatter={formatCompact} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={44} />
      <Bar dataKey="recorded" name="Recorded" fill="#ffffff" stroke={RECORDED_STROKE} strokeWidth={1.5} isAnimationActive={false} />
      <Bar dataKey="modelled" name="Modelled" fill={CURRENT_COLOUR} isAnimationActive={false} />
    </BarChart>
  );
});

function fitLine(panel: HistoryPanel): string {
  const rank = Number.isFinite(panel.fit.rankCorrelation) ? `rank correlation ${panel.fit.rankCorrelation.toFixed(2)}` : 'no rank correlation';
  const error = Number.isFinite(panel.fit.meanAbsoluteRelativeError) ? `mean error ${Math.round(panel.fit.meanAbsoluteRelativeError * 100)}%` : 'no recorded years';
  return `${rank} · ${error}`;
}

interface HistoryCheckProps {
  readonly scenarioId: string;
  readonly history: HistoryState;
}

export default function HistoryCheck({ scenarioId, history }: HistoryCheckProps) {
  const { panels, shown, progress, error } = history;
  const reading = historyReading(scenarioId);
  const seeds = shown ? `seeds ${shown.seed}–${shown.seed + 4}` : '';
  const status = error ? 'error' : progress ? 'running' : panels ? 'done' : 'waiting';
  return (
    <section className="history-check" aria-labelledby="history-title" data-testid="history-check" data-status={status}>
      <h2 id="history-title" className="visually-hidden">
        History check
      </h2>
      {panels && shown ? (
        <ChartFigure
          id="history-check"
          title="History check: the model against the record"
          description={`Totals per calendar year; under each year, the model’s error ((modelled − recorded) ÷ recorded). Modelled: mean of 5 runs (${seeds}, ${formatCount(shown.agents)} agents), ${shown.changed ? 'with your changes' : 'the scenario as loaded'}.`}
          legend={LEGEND}
          table={() => historyTable(panels)}
          frameClassName="history-frame"
        >
          {panels.map((p) => (
            <div key={p.series} className="history-row" data-series={p.series}>
              <div className="history-plot-cell">
                <h4 data-export-label>{p.label}</h4>
                <div className="history-plot">
                  <HistoryPlot panel={p} />
                </div>
              </div>
              <div className="history-fit" data-testid={`history-fit-${p.series}`}>
                <p className="history-fit-numbers" data-export-label>
                  {fitLine(p)}
                </p>
                <p>{describeFit(p)}</p>
                <p className="small">
                  Worst year: {worstYear(p)}.
                </p>
              </div>
            </div>
          ))}
        </ChartFigure>
      ) : (
        <div className="chart-placeholder">{error ? `The history check failed: ${error}` : 'Running the history check…'}</div>
      )}
      <p className="history-status" role="status">
        {progress ? `Updating the history check: ${progress.done} of ${progress.total} runs…` : error && panels ? `The last update failed: ${error}` : ''}
      </p>
      <div className="history-reading">
        <p>{GENERAL_CAUTION}</p>
        {reading && (
          <>
            <h3>{reading.title}</h3>
            <ul>
              {reading.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function worstYear(panel: HistoryPanel): string {
  const paired = panel.rows.filter((r) => r.error !== undefined && Number.isFinite(r.error));
  if (paired.length === 0) return 'none recorded';
  const worst = paired.reduce((a, b) => (Math.abs(b.error ?? 0) > Math.abs(a.error ?? 0) ? b : a));
  return `${worst.year}, modelled ${formatCount(worst.modelled)} against ${formatCount(worst.recorded ?? 0)} recorded (${formatError(worst.error)})`;
}
