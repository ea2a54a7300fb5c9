/**
 * The history check's data: which runs it needs (five seeds of the user's settings) and, from
 * them, the modelled yearly totals beside the recorded ones with the fit (scenarios/history.ts)
 * shaped for the chart, the table and the sentences beside them. Pure.
 */
import { OUTPUT_BY_KEY, runCacheKey, type RunInput, type RunResult } from '../../../../models/index';
import { historicalFit, type ObservedSeries, type SeriesFit } from '../../../../scenarios/history';
import type { Scenario } from '../../../../scenarios/index';
import { formatCount } from '../../../shared/format';
import { buildRunInput } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';

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

export const SERIES_LABELS: Readonly<Record<ObservedSeries, string>> = {
  irregularArrivals: OUTPUT_BY_KEY.get('irregularArrivals')?.label ?? 'Irregular arrivals',
  deathsMissing: OUTPUT_BY_KEY.get('deathsMissing')?.label ?? 'Dead and missing',
  pullbacks: OUTPUT_BY_KEY.get('pullbacks')?.label ?? 'Pull-backs',
};

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
    label: SERIES_LABELS[fit.series],
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
  if (rank >= 0.7) return 'in much the same order as the record';
  if (rank >= 0.3) return 'in a partly similar order to the record';
  if (rank > -0.3) return 'in an order unrelated to the record';
  return 'in roughly the opposite order to the record';
}

/** The fit of one series in plain words (the numbers are shown beside it). */
export function describeFit(panel: HistoryPanel): string {
  const { fit } = panel;
  const recorded = panel.rows.filter((r) => r.recorded !== undefined).length;
  if (recorded === 0) return 'No recorded year to compare with.';
  const error = `A modelled year is off by ${Math.round(fit.meanAbsoluteRelativeError * 100)}% on average.`;
  const order = Number.isFinite(fit.rankCorrelation)
    ? ` It puts the ${recorded} recorded years ${describeOrder(fit.rankCorrelation)} (rank correlation: 1 is the same order, 0 no relation).`
    : ' Too few recorded years to compare their order.';
  return `${error}${order}`;
}

/** The table: one row per year, modelled, recorded and error for each series. */
export function historyTable(panels: readonly HistoryPanel[]): { columns: string[]; rows: string[][] } {
  const years = [...new Set(panels.flatMap((p) => p.rows.map((r) => r.year)))].sort((a, b) => a - b);
  const columns = ['Year', ...panels.flatMap((p) => [`${p.label}, model`, `${p.label}, recorded`, `${p.label}, error`])];
  const rows = years.map((year) => [
    String(year),
    ...panels.flatMap((p) => {
      const r = p.rows.find((x) => x.year === year);
      return r ? [formatCount(r.modelled), r.recorded === undefined ? '–' : formatCount(r.recorded), formatError(r.error)] : ['–', '–', '–'];
    }),
  ]);
  return { columns, rows };
}
