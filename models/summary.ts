/**
 * The run summary: flows summed over the run, stocks and levels at the last month, rates
 * recomputed from the totals (not averaged from monthly rates), the indices averaged over months,
 * and one entry per route.
 */
import { OUTPUTS, type MonthRecord, type OutputKey, type RouteSummary, type RunSummary } from './outputs';
import type { RouteSpec } from './routes';
import type { MonthCounters } from './phases/counters';

export interface RouteTotals {
  readonly attempts: Float64Array;
  readonly arrivals: Float64Array;
  readonly deaths: Float64Array;
  readonly interceptions: Float64Array;
  readonly ended: Float64Array;
}

export function makeRouteTotals(n: number): RouteTotals {
  const z = () => new Float64Array(n);
  return { attempts: z(), arrivals: z(), deaths: z(), interceptions: z(), ended: z() };
}

export function addRouteTotals(t: RouteTotals, c: MonthCounters): void {
  for (let r = 0; r < t.attempts.length; r++) {
    t.attempts[r] += c.hires[r];
    t.arrivals[r] += c.arrivals[r];
    t.deaths[r] += c.deaths[r];
    t.interceptions[r] += c.interceptions[r];
    t.ended[r] += c.ended[r];
  }
}

export function summarise(months: readonly MonthRecord[], totals: RouteTotals, routes: readonly RouteSpec[], weight: number): RunSummary {
  const out = {} as Record<OutputKey, number>;
  const last = months[months.length - 1];
  for (const o of OUTPUTS) {
    const k = o.key as OutputKey;
    if (o.kind === 'flow') out[k] = months.reduce((s, m) => s + m[k], 0);
    else if (o.kind === 'index') out[k] = months.length ? months.reduce((s, m) => s + m[k], 0) / months.length : 0;
    else out[k] = last ? last[k] : 0;
  }
  out.deathRatePerAttempt = out.journeysEnded > 0 ? out.deathsMissing / out.journeysEnded : 0;
  out.meanFeeUsd = out.smugglingDemand > 0 ? out.smugglerRevenueUsd / out.smugglingDemand : last ? last.meanFeeUsd : 0;
  const byRoute: RouteSummary[] = routes.map((route, r) => ({
    route: route.id,
    label: route.label,
    attempts: totals.attempts[r] * weight,
    arrivals: totals.arrivals[r] * weight,
    deathsMissing: totals.deaths[r] * weight,
    interceptions: totals.interceptions[r] * weight,
    deathRatePerAttempt: totals.ended[r] > 0 ? totals.deaths[r] / totals.ended[r] : 0,
  }));
  return { ...out, byRoute };
}
