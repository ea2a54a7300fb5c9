/**
 * The run summary: flows summed over the run, stocks and levels at the last month, rates and the
 * mean fee recomputed from the totals (not averaged from monthly rates), the indices and their terms
 * averaged over months, and one entry per route, summed from the route's monthly series.
 */
import { OUTPUTS, type MonthRecord, type OutputKey, type RouteSeries, type RouteSummary, type RunSummary } from './outputs';

export function summarise(months: readonly MonthRecord[], routes: readonly RouteSeries[]): RunSummary {
  const out = {} as Record<OutputKey, number>;
  const last = months[months.length - 1];
  for (const o of OUTPUTS) {
    const k = o.key as OutputKey;
    if (o.kind === 'flow') out[k] = months.reduce((s, m) => s + m[k], 0);
    else if (o.kind === 'index' || o.kind === 'term') out[k] = months.length ? months.reduce((s, m) => s + m[k], 0) / months.length : 0;
    else out[k] = last ? last[k] : 0;
  }
  out.deathRatePerAttempt = out.journeysEnded > 0 ? out.deathsMissing / out.journeysEnded : 0;
  out.meanFeeUsd = out.smugglingDemand > 0 ? out.smugglerRevenueUsd / out.smugglingDemand : last ? last.meanFeeUsd : 0;
  const byRoute: RouteSummary[] = routes.map((series) => {
    const total = (k: 'attempts' | 'departures' | 'arrivals' | 'deathsMissing' | 'interceptions' | 'pullbacks' | 'journeysEnded' | 'revenueUsd') =>
      series.months.reduce((s, m) => s + m[k], 0);
    const attempts = total('attempts');
    const ended = total('journeysEnded');
    const lastMonth = series.months[series.months.length - 1];
    return {
      route: series.route,
      label: series.label,
      attempts,
      departures: total('departures'),
      arrivals: total('arrivals'),
      deathsMissing: total('deathsMissing'),
      interceptions: total('interceptions'),
      pullbacks: total('pullbacks'),
      deathRatePerAttempt: ended > 0 ? total('deathsMissing') / ended : 0,
      meanFeeUsd: attempts > 0 ? total('revenueUsd') / attempts : lastMonth ? lastMonth.feeUsd : 0,
    };
  });
  return { ...out, byRoute };
}
