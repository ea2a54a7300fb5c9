/**
 * Output of the sweep command: one row (csv) or one point (json) per sweep point and `by` value,
 * in the design's order (every value of the swept lever for the first `by` value, then the next).
 * Numbers are printed as JavaScript prints them, so the same sweep always gives the same bytes.
 */
import { MODEL_VERSION, type OutputKey, type SweepRow } from '../../models/index';
import { csvText, jsonLine } from '../cli/format';

export interface SweepReport {
  readonly lever: string;
  readonly by: { readonly lever: string; readonly values: readonly number[] } | null;
  readonly output: OutputKey;
  readonly seeds: readonly number[];
  readonly rows: readonly SweepRow[];
}

function cell(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

/** Header (swept lever, `by` lever if any, output, median, p5, p95, mean) and one row per point. */
export function sweepCsv(report: SweepReport): string {
  const header = [report.lever, ...(report.by ? [report.by.lever] : []), 'output', 'median', 'p5', 'p95', 'mean'];
  const lines = [header.map(csvText).join(',')];
  for (const r of report.rows) {
    const levers = [cell(r.value), ...(report.by ? [cell(r.byValue ?? NaN)] : [])];
    lines.push([...levers, report.output, cell(r.median), cell(r.p5), cell(r.p95), cell(r.mean)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** One JSON object on one line: modelVersion, lever, by, output, seeds, points. */
export function sweepJson(report: SweepReport): string {
  return jsonLine({
    modelVersion: MODEL_VERSION,
    lever: report.lever,
    by: report.by ? { lever: report.by.lever, values: [...report.by.values] } : null,
    output: report.output,
    seeds: [...report.seeds],
    points: report.rows.map((r) => ({ value: r.value, byValue: r.byValue, median: r.median, p5: r.p5, p95: r.p95, mean: r.mean })),
  });
}
