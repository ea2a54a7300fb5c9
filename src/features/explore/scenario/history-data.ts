/**
 * The history check's data: which runs it needs (five seeds of the user's settings) and, from
 * them, the modelled yearly totals beside the recorded ones with the fit (scenarios/history.ts)
 * shaped for the chart, the table and the sentences beside them. Pure.
 */
import { runCacheKey, type RunInput, type RunResult } from '../../../../models/index';
import { historicalFit, type ObservedSeries, type SeriesFit } from '../../../../scenarios/history';
import type { Scenario } from '../../../../scenarios/index';
import { formatCount } from '../../../shared/format';
import { buildRunInput } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { formatNumber } from '../../../shared/format';
import { i18n } from '../../../shared/i18n/i18n';

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
  return historicalFit(scenario, trimmed).map((fit) => ({
    series: fit.series,
    label: seriesLabel(fit.series),
    fit,
    rows: fit.years.map((y) => (y.observed === undefined ? { year: y.year, modelled: y.modelled } : { year: y.year, modelled: y.modelled, recorded: y.observed, error: y.relativeError })),
  }));
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
  const columns = [t('colYear'), ...panels.flatMap((p) => [t('colModel', { label: p.label }), t('colRecorded', { label: p.label }), t('colError', { label: p.label })])];
  const rows = years.map((year) => [
    String(year),
    ...panels.flatMap((p) => {
      const r = p.rows.find((x) => x.year === year);
      return r ? [formatCount(r.modelled), r.recorded === undefined ? '–' : formatCount(r.recorded), formatError(r.error)] : ['–', '–', '–'];
    }),
  ]);
  return { columns, rows };
}
