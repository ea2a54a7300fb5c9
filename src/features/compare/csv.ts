/**
 * The comparison's and the analyses' tables as CSV, with raw numbers (as JavaScript prints them,
 * so nothing is lost to rounding) and column names a spreadsheet user can read. Every chart and
 * table of the compare view saves one of these.
 */
import { OUTPUT_BY_KEY, OUTPUT_KEYS, type GridCell, type OutputKey, type PairedComparison, type Spread, type SpreadSeries, type SweepRow, type TornadoTable } from '../../../models/index';
import { summaryRecord } from '../../runner/compact-run';
import type { Comparison } from './ensembles';

function cell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[columns.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n')}\n`;
}

const SPREAD_COLUMNS = ['median', 'p5', 'p25', 'p75', 'p95', 'mean'] as const;
const spreadCells = (s: Spread | undefined) => SPREAD_COLUMNS.map((k) => (s ? s[k] : NaN));
const unitOf = (key: OutputKey) => OUTPUT_BY_KEY.get(key)?.unit ?? '';

/** Every output of every mix over the seeds, and its paired difference from the reference. */
export function summaryCsv(comparison: Comparison, paired: readonly (PairedComparison | null)[], ref: number): string {
  const columns = ['output', 'unit', 'mix', 'mix_title', 'reference', 'seeds', ...SPREAD_COLUMNS, ...SPREAD_COLUMNS.map((k) => `diff_${k}`), 'relative_diff_median'];
  const rows = OUTPUT_KEYS.flatMap((key) =>
    comparison.mixes.map((m, i) => {
      const d = paired[i]?.outputs[key];
      return [key, unitOf(key), i + 1, m.mix.title, i === ref ? 'yes' : 'no', comparison.seeds.length, ...spreadCells(m.spreads[key]), ...spreadCells(d?.diff), d ? d.relative.median : NaN];
    }),
  );
  return csvText(columns, rows);
}

/** One row per mix and seed: the run summary of every output. */
export function runsCsv(comparison: Comparison): string {
  const rows = comparison.mixes.flatMap((m, i) => m.runs.map((r) => [i + 1, m.mix.title, r.seed, comparison.agents, comparison.months, ...OUTPUT_KEYS.map((k) => summaryRecord(r)[k])]));
  return csvText(['mix', 'mix_title', 'seed', 'agents', 'months', ...OUTPUT_KEYS], rows);
}

/** Month by month, the spread over seeds of one output (or of its difference from the reference) per mix. */
export function bandsCsv(comparison: Comparison, series: readonly (SpreadSeries | null)[], output: OutputKey, difference: boolean): string {
  const what = difference ? `${output}_minus_reference` : output;
  const kept = comparison.mixes.map((_, i) => ({ number: i + 1, s: series[i] })).filter((x): x is { number: number; s: SpreadSeries } => x.s !== null);
  const columns = ['month', ...kept.flatMap((x) => SPREAD_COLUMNS.map((k) => `mix${x.number}_${what}_${k}`))];
  const months = kept[0]?.s.median.length ?? 0;
  const rows = Array.from({ length: months }, (_, m) => [m + 1, ...kept.flatMap((x) => SPREAD_COLUMNS.map((k) => x.s[k][m]))]);
  return csvText(columns, rows);
}

/** Each mix on the plane: the spread over seeds of both indices. */
export function planeCsv(comparison: Comparison): string {
  const rows = comparison.mixes.map((m, i) => [i + 1, m.mix.title, ...spreadCells(m.spreads.humanSecurityIndex), ...spreadCells(m.spreads.stateSecurityIndex)]);
  return csvText(['mix', 'mix_title', ...SPREAD_COLUMNS.map((k) => `human_${k}`), ...SPREAD_COLUMNS.map((k) => `state_${k}`)], rows);
}

export function sweepCsv(rows: readonly SweepRow[], lever: string, byLever: string | null, output: OutputKey): string {
  return csvText([lever, byLever ?? 'by', 'output', ...SPREAD_COLUMNS, 'seeds'], rows.map((r) => [r.value, r.byValue ?? '', output, ...spreadCells(r), r.n]));
}

export function gridCsv(cells: readonly GridCell[], xLever: string, yLever: string, output: OutputKey): string {
  return csvText([xLever, yLever, 'output', ...SPREAD_COLUMNS, 'seeds'], cells.map((c) => [c.x, c.y, output, ...spreadCells(c), c.n]));
}

export function tornadoCsv(table: TornadoTable, output: OutputKey): string {
  const columns = ['lever', 'value_in_mix', 'down_value', 'up_value', 'output', ...SPREAD_COLUMNS.map((k) => `down_minus_mix_${k}`), ...SPREAD_COLUMNS.map((k) => `up_minus_mix_${k}`), ...SPREAD_COLUMNS.map((k) => `swing_${k}`)];
  return csvText(columns, table.bars.map((b) => [b.lever, b.around, b.downValue, b.upValue, output, ...spreadCells(b.down), ...spreadCells(b.up), ...spreadCells(b.swing)]));
}

/** Month by month, every output of every mix: the spread over seeds, one row per output, mix and month. */
export function allBandsCsv(comparison: Comparison, bandsOf: (output: OutputKey) => readonly (SpreadSeries | null)[]): string {
  const rows: unknown[][] = [];
  for (const key of OUTPUT_KEYS) {
    const series = bandsOf(key);
    comparison.mixes.forEach((m, i) => {
      const s = series[i];
      if (!s) return;
      s.median.forEach((_, month) => rows.push([key, i + 1, m.mix.title, month + 1, ...SPREAD_COLUMNS.map((k) => s[k][month])]));
    });
  }
  return csvText(['output', 'mix', 'mix_title', 'month', ...SPREAD_COLUMNS], rows);
}
