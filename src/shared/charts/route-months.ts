/**
 * One route's months for the chart of a route over time: a declared per-route output
 * (ROUTE_OUTPUTS), or departures split by crossing method, for the user's run and the baseline.
 * Pure; the component memoises it. Months are numbered from 1 for people. The methods' line
 * styles live here too: the legend and the lazily loaded plot both need them.
 */
import { ROUTE_OUTPUTS, type RouteOutputKey, type RouteSeries, type RunResult } from '../../../models/index';
import { OKABE_ITO } from './chart-theme';

/** What the picker offers: the outputs a student asks about first, then departures by method. */
export const ROUTE_SERIES_CHOICES = ['attempts', 'departuresByMethod', 'arrivals', 'deathsMissing', 'interceptions', 'pullbacks', 'feeUsd', 'operators', 'capacity', 'vessels'] as const;
export type RouteSeriesChoice = (typeof ROUTE_SERIES_CHOICES)[number];

export const BY_METHOD = 'departuresByMethod' as const;

/** The declared output a choice draws (departures for the split by method). */
export function outputOf(choice: RouteSeriesChoice): (typeof ROUTE_OUTPUTS)[number] {
  const key: RouteOutputKey = choice === BY_METHOD ? 'departures' : choice;
  return ROUTE_OUTPUTS.find((o) => o.key === key)!;
}

/** A row per month: `current`/`baseline`, or `m<i>`/`b<i>` for method i when split by method. */
export type RouteMonthRow = { readonly month: number } & Readonly<Record<string, number | undefined>>;

export interface RouteMonthData {
  readonly rows: RouteMonthRow[];
  /** The lines drawn, in order: their data keys and, for methods, the method id. */
  readonly lines: readonly { readonly current: string; readonly baseline: string; readonly method?: string }[];
}

export function routeSeriesOf(run: RunResult | null, route: string): RouteSeries | undefined {
  return run?.routes.find((r) => r.route === route);
}

export function routeMonthData(current: RunResult, baseline: RunResult | null, route: string, choice: RouteSeriesChoice): RouteMonthData {
  const cur = routeSeriesOf(current, route);
  const base = routeSeriesOf(baseline, route);
  if (!cur) return { rows: [], lines: [] };
  const key = outputOf(choice).key;
  if (choice === BY_METHOD) {
    const lines = cur.methods.map((m, i) => ({ current: `m${i}`, baseline: `b${i}`, method: m.id }));
    const rows = cur.months.map((rec, t) => {
      const row: Record<string, number | undefined> & { month: number } = { month: rec.month + 1 };
      rec.byMethod.forEach((m, i) => (row[`m${i}`] = m[key]));
      base?.months[t]?.byMethod.forEach((m, i) => (row[`b${i}`] = m[key]));
      return row;
    });
    return { rows, lines };
  }
  const rows = cur.months.map((rec, t) => {
    const b = base?.months[t];
    return b ? { month: rec.month + 1, current: rec[key], baseline: b[key] } : { month: rec.month + 1, current: rec[key] };
  });
  return { rows, lines: [{ current: 'current', baseline: 'baseline' }] };
}

/** Methods in order: colour and dash together, so they are told apart without colour. */
export const METHOD_STYLES = [
  { colour: OKABE_ITO.blue, dash: undefined },
  { colour: OKABE_ITO.vermillion, dash: '8 3' },
  { colour: OKABE_ITO.bluishGreen, dash: '2 2' },
] as const;
