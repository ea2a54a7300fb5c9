/**
 * Monthly outputs as CSV, byte for byte as the command line writes them (`--format csv`): a
 * header (month, then every output key in the model's order) and one row per month, numbers as
 * JavaScript prints them. A unit test holds the two to the same bytes.
 */
import { OUTPUT_KEYS, type RunResult } from '../../../../models/index';

function cell(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

export function monthsCsv(result: RunResult): string {
  const lines = [['month', ...OUTPUT_KEYS].join(',')];
  for (const m of result.months) lines.push([String(m.month), ...OUTPUT_KEYS.map((k) => cell(m[k]))].join(','));
  return `${lines.join('\n')}\n`;
}
