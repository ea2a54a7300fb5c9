/**
 * Shaping a run's records for the charts. Pure functions of the results, memoised by the
 * components. Months are numbered from 0 in the model and from 1 for people.
 */
import { OUTPUT_BY_KEY, type MonthRecord, type OutputSpec, type OutputKey, type RouteSummary, type RunResult } from '../../../models/index';
import { MONTHS_PER_YEAR } from './chart-theme';

export interface SeriesRow {
  readonly month: number;
  readonly current: number;
  readonly baseline?: number;
}

export function monthlySeries(current: RunResult, baseline: RunResult | null, key: OutputKey): SeriesRow[] {
  return current.months.map((m, i) => {
    const b = baseline?.months[i];
    return b ? { month: m.month + 1, current: m[key], baseline: b[key] } : { month: m.month + 1, current: m[key] };
  });
}

/**
 * How a month-by-month chart shows an output: each month; a trailing 12-month average (each month
 * with the eleven before it, fewer at the start); or one value per year, drawn at the year's last
 * month. One month of one seed is noisy (the death rate per attempt swings between 0 and several
 * per cent), and a policy's effect is easier to see over a year.
 */
export const SERIES_VIEWS = ['month', 'smoothed', 'year'] as const;
export type SeriesView = (typeof SERIES_VIEWS)[number];

/**
 * An output over a span of months: a rate as the ratio of its parts' sums (deaths over the span ÷
 * journeys ended in it), everything else as the mean month (a flow stays "per month").
 */
export function spanValue(months: readonly MonthRecord[], key: OutputKey): number {
  const ratio = (OUTPUT_BY_KEY.get(key) as OutputSpec | undefined)?.ratio;
  if (ratio) {
    const sum = (k: string) => months.reduce((s, m) => s + m[k as OutputKey], 0);
    const denominator = sum(ratio.denominator);
    return denominator > 0 ? sum(ratio.numerator) / denominator : 0;
  }
  return months.reduce((s, m) => s + m[key], 0) / months.length;
}

/** Rows of one output in a view: month by month, trailing 12-month averages, or one row per (possibly partial) year. */
export function viewSeries(current: RunResult, baseline: RunResult | null, key: OutputKey, view: SeriesView): SeriesRow[] {
  if (view === 'month') return monthlySeries(current, baseline, key);
  const span = (months: readonly MonthRecord[], end: number) =>
    view === 'smoothed' ? months.slice(Math.max(0, end - MONTHS_PER_YEAR), end) : months.slice(end - (((end - 1) % MONTHS_PER_YEAR) + 1), end);
  const ends = view === 'smoothed' ? current.months.map((_, i) => i + 1) : current.months.map((_, i) => i + 1).filter((n) => n % MONTHS_PER_YEAR === 0 || n === current.months.length);
  return ends.map((end) => {
    const row = { month: end, current: spanValue(span(current.months, end), key) };
    return baseline && baseline.months.length >= end ? { ...row, baseline: spanValue(span(baseline.months, end), key) } : row;
  });
}

export interface PlanePoint {
  /** State-security index, 0–100. */
  readonly x: number;
  /** Human-security index, 0–100. */
  readonly y: number;
  /** 1-based year; 0 for the run's mean. */
  readonly year: number;
}

/** Yearly means of the two indices (a last, partial year included), in order. */
export function yearlyIndexPath(months: readonly MonthRecord[]): PlanePoint[] {
  const out: PlanePoint[] = [];
  for (let start = 0; start < months.length; start += MONTHS_PER_YEAR) {
    const year = months.slice(start, start + MONTHS_PER_YEAR);
    const mean = (k: 'stateSecurityIndex' | 'humanSecurityIndex') => year.reduce((s, m) => s + m[k], 0) / year.length;
    out.push({ x: mean('stateSecurityIndex'), y: mean('humanSecurityIndex'), year: start / MONTHS_PER_YEAR + 1 });
  }
  return out;
}

/** The run's position on the plane: the mean of the monthly indices (the run summary). */
export function runMeanPoint(result: RunResult): PlanePoint {
  return { x: result.summary.stateSecurityIndex, y: result.summary.humanSecurityIndex, year: 0 };
}

/** Rows of the chosen output keys per month. */
export function monthlyColumns<K extends OutputKey>(months: readonly MonthRecord[], keys: readonly K[]): ({ month: number } & Record<K, number>)[] {
  return months.map((m) => {
    const row = { month: m.month + 1 } as { month: number } & Record<K, number>;
    for (const k of keys) (row as Record<string, number>)[k] = m[k];
    return row;
  });
}

export type RouteMetric = 'attempts' | 'arrivals' | 'deathsMissing' | 'deathRatePerAttempt';

export interface RouteRow {
  readonly route: string;
  readonly label: string;
  readonly current: number;
  readonly baseline?: number;
}

export function routeRows(current: readonly RouteSummary[], baseline: readonly RouteSummary[] | null, metric: RouteMetric): RouteRow[] {
  return current.map((r) => {
    const b = baseline?.find((x) => x.route === r.route);
    return b ? { route: r.route, label: r.label, current: r[metric], baseline: b[metric] } : { route: r.route, label: r.label, current: r[metric] };
  });
}

/** Two lists of flat rows with the same values (so a chart can skip redrawing). */
export function sameRows<T extends object>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const ra = a[i] as Record<string, unknown>;
    const rb = b[i] as Record<string, unknown>;
    const keys = Object.keys(ra);
    if (keys.length !== Object.keys(rb).length) return false;
    for (const k of keys) if (!Object.is(ra[k], rb[k])) return false;
  }
  return true;
}

/** Words joined into lines of at most `maxChars` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The plane's usual extent: an index is 100 at no harm and 0 when the harms equal their references. */
export const PLANE_TOP = 100;
/** The plane's tick spacing; a domain extended below 0 moves by whole steps of it. */
export const PLANE_STEP = 25;

/**
 * One domain and tick list per bottom, handed out again and again (callers must not change them):
 * Recharts compares an axis's props by reference, and new arrays of the same numbers at every run
 * made it recompute both axes and everything drawn on them at each result of a drag.
 */
const planeAxes = new Map<number, { readonly domain: [number, number]; readonly ticks: number[] }>();

/**
 * The plane's domain, the same on both axes (the plane stays square): 0 to 100, extended below 0
 * in steps of PLANE_STEP when a point needs it. The indices are uncapped, so harm beyond the
 * reference values gives a score below 0, and a fixed 0–100 plane would hide that point.
 */
export function planeDomain(points: Iterable<{ readonly x: number; readonly y: number }>): { readonly domain: [number, number]; readonly ticks: number[] } {
  let low = 0;
  for (const p of points) {
    if (Number.isFinite(p.x)) low = Math.min(low, p.x);
    if (Number.isFinite(p.y)) low = Math.min(low, p.y);
  }
  const bottom = low < 0 ? Math.floor(low / PLANE_STEP) * PLANE_STEP : 0;
  let axes = planeAxes.get(bottom);
  if (!axes) {
    const ticks: number[] = [];
    for (let v = bottom; v <= PLANE_TOP; v += PLANE_STEP) ticks.push(v);
    axes = { domain: [bottom, PLANE_TOP], ticks };
    planeAxes.set(bottom, axes);
  }
  return axes;
}
