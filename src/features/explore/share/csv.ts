/**
 * Monthly outputs as CSV, byte for byte as the command line writes them (`--format csv`): a
 * header (month, then every output key in the model's order) and one row per month, numbers as
 * JavaScript prints them. A unit test holds the two to the same bytes.
 */
import { OUTPUT_KEYS, ROUTE_OUTPUT_KEYS, type RunResult } from '../../../../models/index';

function cell(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

export function monthsCsv(result: RunResult): string {
  const lines = [['month', ...OUTPUT_KEYS].join(',')];
  for (const m of result.months) lines.push([String(m.month), ...OUTPUT_KEYS.map((k) => cell(m[k]))].join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * Per route and crossing method, month by month, byte for byte as the command line writes them
 * (`--by-route --format csv`): month, route, method (`all` for the route's own row), then every
 * per-route output key.
 */
export function routesCsv(result: RunResult): string {
  const lines = [['month', 'route', 'method', ...ROUTE_OUTPUT_KEYS].join(',')];
  const months = result.routes.length ? result.routes[0].months.length : 0;
  for (let k = 0; k < months; k++) {
    for (const series of result.routes) {
      const m = series.months[k];
      lines.push([String(m.month), series.route, 'all', ...ROUTE_OUTPUT_KEYS.map((key) => cell(m[key]))].join(','));
      series.methods.forEach((method, j) => lines.push([String(m.month), series.route, method.id, ...ROUTE_OUTPUT_KEYS.map((key) => cell(m.byMethod[j][key]))].join(',')));
    }
  }
  return `${lines.join('\n')}\n`;
}
