/**
 * The history check's data: which runs it needs (five seeds of the user's settings) and, from
 * them, the modelled yearly totals beside the recorded ones with the fit (scenarios/history.ts)
 * shaped for the chart, the table and the sentences beside them. Pure.
 */
import { runCacheKey, type RunInput, type RunResult } from '../../../../models/index';
import { historicalFit, type ObservedSeries, type SeriesFit } from '../../../../scenarios/history';
import type { Scenario } from '../../../../scenarios/format';
import { formatCount } from '../../../shared/format';
import { buildRunInput } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { formatNumber } from '../../../shared/format';
import { i18n } from '../../../shared/i18n/i18n';
import { CALIBRATION_FIT, type CalibrationFit } from '../../../../models/params/calibration-fit';

export const HISTORY_SEED_COUNT = 5;

export function hasHistory(scenario: Scenario): boolean {
  return (scenario.observed?.length ?? 0) > 0;
}

/** The seeds used: the user's seed and the four after it (1–5 by default, as in the documentation). */
export function historySeeds(seed: number): number[] {
  return Array.from({ length: HISTORY_SEED_COUNT }, (_, i) => seed + i);
}

/** Five runs of the user's settings, one per seed, each with its cache key. */
export function historyRuns(scenario: Scenario, settings: ExplorerSettings): { readonly key: string; readonly input: RunInput }[] {
  return historySeeds(settings.seed).map((seed) => {
    const input = buildRunInput(scenario, { ...settings, seed });
    return { key: runCacheKey(input), input };
  });
}

/** A recorded series is named by its output, in the interface language. */
const seriesLabel = (series: ObservedSeries) => i18n.t(`model:outputs.${series}.label`);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(`explore:history.${key}`, values);

export interface HistoryRow {
  readonly year: number;
  readonly modelled: number;
  /** Absent for a year with no record. */
  readonly recorded?: number;
  /** (modelled − recorded) ÷ recorded. */
  readonly error?: number;
  /** The calibrated model's 5–95% range that year (runs kept by the ABC fit), where one is stored. */
  readonly band?: readonly [number, number];
}

/**
 * The calibrated model's band for one series of a scenario, by year: the 5th and 95th percentiles
 * of the runs the stored ABC fit kept (posterior draws × seeds, `npm run calibrate`). Empty when no
 * fit is stored for this scenario.
 */
export function calibratedBand(scenarioId: string, series: ObservedSeries, fit: CalibrationFit | Record<string, never> = CALIBRATION_FIT): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  if (!('band' in fit) || fit.scenario !== scenarioId) return out;
  const band = fit.band[series];
  band?.p5.forEach((lo, i) => out.set(fit.startYear + i, [lo, band.p95[i]]));
  return out;
}

export interface HistoryPanel {
  readonly series: ObservedSeries;
  readonly label: string;
  readonly rows: HistoryRow[];
  readonly fit: SeriesFit;
}

/** One panel per recorded series; only years the run covers fully (a partial last year would mislead). */
export function historyPanels(scenario: Scenario, runs: readonly RunResult[]): HistoryPanel[] {
  const fullYearMonths = Math.floor((runs[0]?.months.length ?? 0) / 12) * 12;
  const trimmed = runs.map((r) => ({ ...r, months: r.months.slice(0, fullYearMonths) }));
  return historicalFit(scenario, trimmed).map((fit) => {
    const band = calibratedBand(scenario.id, fit.series);
    return {
      series: fit.series,
      label: seriesLabel(fit.series),
      fit,
      rows: fit.years.map((y) => {
        const row = y.observed === undefined ? { year: y.year, modelled: y.modelled } : { year: y.year, modelled: y.modelled, recorded: y.observed, error: y.relativeError };
        const range = band.get(y.year);
        return range ? { ...row, band: range } : row;
      }),
    };
  });
}

/** "+105%", "−25%", "–" for a year without a record. */
export function formatError(error: number | undefined): string {
  if (error === undefined || !Number.isFinite(error)) return '–';
  const rounded = Math.round(error * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)}%`;
}

/** How alike two orders of years are, in words, from a rank correlation. */
export function describeOrder(rank: number): string {
  if (rank >= 0.7) return t('orderSame');
  if (rank >= 0.3) return t('orderPartly');
  if (rank > -0.3) return t('orderUnrelated');
  return t('orderOpposite');
}

/** The fit of one series in plain words (the numbers are shown beside it). */
export function describeFit(panel: HistoryPanel): string {
  const { fit } = panel;
  const recorded = panel.rows.filter((r) => r.recorded !== undefined).length;
  if (recorded === 0) return t('noRecorded');
  const error = t('offBy', { error: formatNumber(fit.meanAbsoluteRelativeError, { style: 'percent', maximumFractionDigits: 0 }) });
  const order = Number.isFinite(fit.rankCorrelation) ? t('order', { count: recorded, order: describeOrder(fit.rankCorrelation) }) : t('tooFew');
  return `${error} ${order}`;
}

/** The table: one row per year, modelled, recorded and error for each series. */
export function historyTable(panels: readonly HistoryPanel[]): { columns: string[]; rows: string[][] } {
  const years = [...new Set(panels.flatMap((p) => p.rows.map((r) => r.year)))].sort((a, b) => a - b);
  const banded = panels.some((p) => p.rows.some((r) => r.band));
  const columns = [
    t('colYear'),
    ...panels.flatMap((p) => [t('colModel', { label: p.label }), ...(banded ? [t('colBand', { label: p.label })] : []), t('colRecorded', { label: p.label }), t('colError', { label: p.label })]),
  ];
  const rows = years.map((year) => [
    String(year),
    ...panels.flatMap((p) => {
      const r = p.rows.find((x) => x.year === year);
      const band = banded ? [r?.band ? `${formatCount(r.band[0])} – ${formatCount(r.band[1])}` : '–'] : [];
      return r ? [formatCount(r.modelled), ...band, r.recorded === undefined ? '–' : formatCount(r.recorded), formatError(r.error)] : ['–', ...band.map(() => '–'), '–', '–'];
    }),
  ]);
  return { columns, rows };
}
