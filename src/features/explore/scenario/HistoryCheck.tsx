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
import { generalCaution, historyReading } from './history-notes';
import type { HistoryState } from './use-history-runs';
import './history.css';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { useChartDirection } from '../../../shared/charts/use-chart-direction';

const RECORDED_STROKE = '#1a1a1a';
const BAND_COLOUR = '#9e9e9e';
const LEGEND = [
  { key: 'history.recorded', colour: RECORDED_STROKE, marker: 'outline' as const },
  { key: 'history.modelled', colour: CURRENT_COLOUR, swatch: true },
];
const BAND_LEGEND = { key: 'history.band', colour: BAND_COLOUR, swatch: true };
const MARGIN = { top: 8, right: 8, bottom: 4, left: 0 } as const;
const ERROR_COLOUR = '#404040';
const NARROW_TICK_PX = 60;

interface Row {
  readonly year: number;
  readonly modelled: number;
  readonly recorded?: number;
  readonly errorText: string;
  readonly band?: readonly [number, number];
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
  const { t } = useTranslation('explore');
  const dir = useChartDirection();
  const rows: Row[] = panel.rows.map((r) => ({ ...r, errorText: r.recorded === undefined ? '' : formatError(r.error) }));
  const tick = yearTick(new Map(rows.map((r) => [r.year, r.errorText])));
  return (
    <BarChart responsive accessibilityLayer={false} data={rows} margin={dir.margin(MARGIN)} style={FILL_PARENT} barGap={1} barCategoryGap="18%">
      <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="year" tick={tick} stroke={AXIS_COLOUR} interval={0} height={36} reversed={dir.rtl} />
      <YAxis tickFormatter={formatCompact} tick={AXIS_TICK} stroke={AXIS_COLOUR} width={44} orientation={dir.yOrientation} />
      <Bar dataKey="recorded" name={t('history.recorded')} fill="#ffffff" stroke={RECORDED_STROKE} strokeWidth={1.5} isAnimationActive={false} />
      <Bar dataKey="modelled" name={t('history.modelled')} fill={CURRENT_COLOUR} isAnimationActive={false} />
      {rows.some((r) => r.band) && <Bar dataKey="band" name={t('history.band')} fill={BAND_COLOUR} fillOpacity={0.6} className="history-band" isAnimationActive={false} />}
    </BarChart>
  );
});

function fitLine(t: TFunction, panel: HistoryPanel): string {
  const rank = Number.isFinite(panel.fit.rankCorrelation)
    ? t('history.rank', { rank: formatNumber(panel.fit.rankCorrelation, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })
    : t('history.noRank');
  const error = Number.isFinite(panel.fit.meanAbsoluteRelativeError)
    ? t('history.meanError', { error: formatNumber(panel.fit.meanAbsoluteRelativeError, { style: 'percent', maximumFractionDigits: 0 }) })
    : t('history.noYears');
  return `${rank} · ${error}`;
}

interface HistoryCheckProps {
  readonly scenarioId: string;
  readonly history: HistoryState;
}

export default function HistoryCheck({ scenarioId, history }: HistoryCheckProps) {
  const { t } = useTranslation('explore');
  const { panels, shown, progress, error } = history;
  const reading = historyReading(scenarioId);
  const seeds = shown ? t('history.seeds', { first: shown.seed, last: shown.seed + 4 }) : '';
  const banded = panels?.some((p) => p.rows.some((r) => r.band)) ?? false;
  const legend = (banded ? [...LEGEND, BAND_LEGEND] : LEGEND).map(({ key, ...item }) => ({ ...item, label: t(key) }));
  const status = error ? 'error' : progress ? 'running' : panels ? 'done' : 'waiting';
  return (
    <section className="history-check" aria-labelledby="history-title" data-testid="history-check" data-status={status}>
      <h2 id="history-title" className="visually-hidden">
        {t('history.heading')}
      </h2>
      {panels && shown ? (
        <ChartFigure
          id="history-check"
          title={t('history.title')}
          description={`${t(shown.changed ? 'history.descriptionYours' : 'history.description', { seeds, agents: formatCount(shown.agents) })}${banded ? ` ${t('history.bandNote')}` : ''}`}
          legend={legend}
          table={() => historyTable(panels)}
          frameClassName="history-frame"
        >
          {panels.map((p) => (
            <div key={p.series} className="history-row" data-series={p.series} data-band={p.rows.some((r) => r.band) ? 'yes' : 'no'}>
              <div className="history-plot-cell">
                <h4 data-export-label>{p.label}</h4>
                <div className="history-plot">
                  <HistoryPlot panel={p} />
                </div>
              </div>
              <div className="history-fit" data-testid={`history-fit-${p.series}`}>
                <p className="history-fit-numbers" data-export-label>
                  {fitLine(t, p)}
                </p>
                <p>{describeFit(p)}</p>
                <p className="small">{t('history.worst', { worst: worstYear(t, p) })}</p>
              </div>
            </div>
          ))}
        </ChartFigure>
      ) : (
        <div className="chart-placeholder">{error ? t('history.failed', { error }) : t('history.running')}</div>
      )}
      <p className="history-status" role="status">
        {progress ? t('history.updating', { done: progress.done, total: progress.total }) : error && panels ? t('history.lastFailed', { error }) : ''}
      </p>
      <div className="history-reading">
        <p>{generalCaution()}</p>
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

function worstYear(t: TFunction, panel: HistoryPanel): string {
  const paired = panel.rows.filter((r) => r.error !== undefined && Number.isFinite(r.error));
  if (paired.length === 0) return t('history.noneRecorded');
  const worst = paired.reduce((a, b) => (Math.abs(b.error ?? 0) > Math.abs(a.error ?? 0) ? b : a));
  return t('history.worstYear', { year: worst.year, modelled: formatCount(worst.modelled), recorded: formatCount(worst.recorded ?? 0), error: formatError(worst.error) });
}
