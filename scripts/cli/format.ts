/**
 * Machine-readable output (JSON, JSON Lines, CSV) and the number and column formatting shared by
 * the human-readable tables. Nothing here depends on the locale or the clock, so the same
 * results always give the same bytes.
 */
import { OUTPUTS, OUTPUT_KEYS, ROUTE_OUTPUT_KEYS, type MonthRecord, type OutputSpec, type RouteOutputKey, type RouteSeries, type RunResult, type RunSummary } from '../../models/index';

/** The object printed by `--format json` for one run, keys in a fixed order. */
export interface RunRecord {
  readonly modelVersion: string;
  readonly seed: number;
  readonly levers: Record<string, number>;
  readonly months: Record<string, number>[];
  readonly summary: Record<string, unknown>;
  /** Per route, month by month (ROUTE_OUTPUTS), with each crossing method's figures. */
  readonly routes: Record<string, unknown>[];
}

function orderedMonth(m: MonthRecord): Record<string, number> {
  const out: Record<string, number> = { month: m.month };
  for (const key of OUTPUT_KEYS) out[key] = m[key];
  return out;
}

function orderedSummary(s: RunSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of OUTPUT_KEYS) out[key] = s[key];
  out.byRoute = s.byRoute.map((r) => ({
    route: r.route,
    label: r.label,
    attempts: r.attempts,
    departures: r.departures,
    arrivals: r.arrivals,
    deathsMissing: r.deathsMissing,
    interceptions: r.interceptions,
    pullbacks: r.pullbacks,
    deathRatePerAttempt: r.deathRatePerAttempt,
    meanFeeUsd: r.meanFeeUsd,
  }));
  return out;
}

function orderedFigures(m: Readonly<Record<RouteOutputKey, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of ROUTE_OUTPUT_KEYS) out[key] = m[key];
  return out;
}

/** A route's series in a fixed key order: route, label, methods, months (each with byMethod in the route's method order). */
export function orderedRoute(series: RouteSeries): Record<string, unknown> {
  return {
    route: series.route,
    label: series.label,
    methods: series.methods.map((m) => ({ id: m.id, label: m.label })),
    months: series.months.map((m) => ({ month: m.month, ...orderedFigures(m), byMethod: m.byMethod.map(orderedFigures) })),
  };
}

/** Build the JSON record of a run; `levers` are the values in force in month 0. */
export function runRecord(result: RunResult, levers: Record<string, number>): RunRecord {
  return {
    modelVersion: result.modelVersion,
    seed: result.seed,
    levers: { ...levers },
    months: result.months.map(orderedMonth),
    summary: orderedSummary(result.summary),
    routes: result.routes.map(orderedRoute),
  };
}

/** One compact JSON value and a newline (a JSON Lines line). */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Numbers as JavaScript prints them; non-finite values (never expected) as empty cells. */
function csvNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

/** Quote a CSV text cell only when it needs it (RFC 4180). */
export function csvText(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Monthly outputs as CSV: a header row (month, then every output key in OUTPUTS order) and a row
 * per month. With several runs a leading `seed` column tells them apart.
 */
export function monthsCsv(results: readonly RunResult[], withSeed: boolean): string {
  const header = [...(withSeed ? ['seed'] : []), 'month', ...OUTPUT_KEYS];
  const lines = [header.join(',')];
  for (const r of results) {
    for (const m of r.months) {
      const cells = [...(withSeed ? [String(r.seed)] : []), String(m.month), ...OUTPUT_KEYS.map((k) => csvNumber(m[k]))];
      lines.push(cells.join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The method column's value on a route's own row (its totals over methods). */
export const ALL_METHODS = 'all';

/**
 * Per route and crossing method, month by month, as CSV in long form: a header (month, route,
 * method, then every ROUTE_OUTPUTS key) and, for each month and route, a row of the route's
 * figures (method `all`) followed by a row per method. With several runs a leading `seed` column
 * tells them apart.
 */
export function routesCsv(results: readonly RunResult[], withSeed: boolean): string {
  const header = [...(withSeed ? ['seed'] : []), 'month', 'route', 'method', ...ROUTE_OUTPUT_KEYS];
  const lines = [header.join(',')];
  for (const r of results) {
    const lead = withSeed ? [String(r.seed)] : [];
    const months = r.routes.length ? r.routes[0].months.length : 0;
    for (let k = 0; k < months; k++) {
      for (const series of r.routes) {
        const m = series.months[k];
        lines.push([...lead, String(m.month), series.route, ALL_METHODS, ...ROUTE_OUTPUT_KEYS.map((key) => csvNumber(m[key]))].join(','));
        series.methods.forEach((method, j) => {
          lines.push([...lead, String(m.month), series.route, method.id, ...ROUTE_OUTPUT_KEYS.map((key) => csvNumber(m.byMethod[j][key]))].join(','));
        });
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Digits grouped by thousands with commas, independent of the machine's locale. */
export function groupDigits(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

/** The unit of a run total: a monthly flow summed over the run loses its "/month". */
export function totalUnit(spec: OutputSpec): string {
  return spec.kind === 'flow' ? spec.unit.replace(/\/month$/, '') : spec.unit;
}

/**
 * A summary value for people, as [number, unit]: grouped counts, percentages for shares, one
 * decimal for the 0–100 indices and three for 0–1 levels.
 */
export function valueParts(spec: OutputSpec, value: number): [string, string] {
  if (!Number.isFinite(value)) return ['n/a', ''];
  if (spec.kind === 'rate') return [`${(value * 100).toFixed(2)}%`, ''];
  if (spec.kind === 'index') return [value.toFixed(1), ''];
  if (spec.kind === 'term') return [value.toFixed(3), `(${spec.unit})`];
  if (spec.unit.includes('0–1')) return [value.toFixed(3), `(${spec.unit})`];
  return [groupDigits(value), totalUnit(spec)];
}

/** `valueParts` as one string. */
export function formatValue(spec: OutputSpec, value: number): string {
  const [num, unit] = valueParts(spec, value);
  return unit ? `${num} ${unit}` : num;
}

export const OUTPUT_BY_KEY: ReadonlyMap<string, OutputSpec> = new Map(OUTPUTS.map((o) => [o.key, o]));

export type Align = 'left' | 'right';

/** Lay out rows as aligned columns separated by two spaces; no trailing spaces. */
export function columns(rows: readonly (readonly string[])[], align: readonly Align[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      (
        indent +
        row
          .map((cell, i) => {
            const pad = ' '.repeat(widths[i] - [...cell].length);
            return (align[i] ?? 'left') === 'right' ? pad + cell : cell + pad;
          })
          .join('  ')
      ).trimEnd(),
    )
    .join('\n');
}
