/**
 * From the explorer's settings to the model's input, with the same meaning as the command line's
 * `--set`: a lever the user moved is fixed for the whole run (the model's withFixedLevers: it
 * replaces the scenario's starting value and the scenario's timeline entries for it are dropped).
 * So a run in the browser and `npm run simulate -- --scenario … --set …` with the same seed give
 * the same numbers.
 */
import { AIMABLE_LEVER_KEYS, compileSchedule, fixAimedLever, LEVERS, ROUTE_IDS, withFixedLevers, type RouteId, type RunInput } from '../../../models/index';
import { scenarioRoutes, scenarioToRunInput } from '../../../scenarios/scenario-run';
import type { Scenario } from '../../../scenarios/format';
import { aimOf, type ExplorerSettings } from './settings';
import { effectiveTimeline, type TimelineChange } from './timeline';

export function buildRunInput(scenario: Scenario, settings: ExplorerSettings): RunInput {
  const base = { ...scenarioToRunInput(scenario), timeline: settingsTimeline(scenario, settings) };
  const forAll: Record<string, number> = {};
  const aimed: [string, RouteId, number][] = [];
  for (const [key, value] of Object.entries(settings.overrides)) {
    const route = aimOf(settings, key);
    if (route === undefined) forAll[key] = value;
    else aimed.push([key, route, value]);
  }
  // A moved slider fixes its lever on every route: values the scenario aims at one route give way too.
  let input = withFixedLevers(base, forAll);
  // An aimed slider fixes its lever on its route alone (as `--set KEY@ROUTE=V`).
  const routeIds = scenarioRoutes(scenario).map((r) => r.id);
  for (const [key, route, value] of aimed) input = fixAimedLever(input, key, route, value, routeIds);
  return {
    ...input,
    agents: settings.agents,
    months: settings.months,
    seed: settings.seed,
  };
}

/**
 * The timeline of the user's settings before moved sliders drop their levers' entries: the
 * scenario's own, or the user's edited list after the scenario's starting values.
 */
export function settingsTimeline(scenario: Pick<Scenario, 'timeline'>, settings: Pick<ExplorerSettings, 'timeline'>): readonly TimelineChange[] {
  return effectiveTimeline(scenario.timeline, settings.timeline);
}

/** The baseline for the comparison: the scenario as loaded, with the same seed and size. */
export function buildBaselineInput(scenario: Scenario, settings: ExplorerSettings): RunInput {
  return buildRunInput(scenario, { ...settings, overrides: {}, aims: undefined, timeline: undefined });
}

/** Every lever's value in force at month 0 (timeline entries from month 0 included), in table order. */
export function leversAtStart(input: RunInput): Record<string, number> {
  const schedule = compileSchedule(input.levers ?? {}, input.timeline ?? [], 1);
  const out: Record<string, number> = {};
  for (const spec of LEVERS) out[spec.key] = schedule.values.get(spec.key)?.[0] ?? spec.defaultValue;
  return out;
}

/** Each aimable lever's value in force at month 0 on each route, where it differs from its value for all routes. */
export function routeLeversAtStart(input: RunInput): Partial<Record<RouteId, Record<string, number>>> {
  const schedule = compileSchedule(input.levers ?? {}, input.timeline ?? [], 1, ROUTE_IDS, input.routeLevers);
  const out: Partial<Record<RouteId, Record<string, number>>> = {};
  for (const key of AIMABLE_LEVER_KEYS) {
    const all = schedule.values.get(key as never)?.[0];
    schedule.routeValues.get(key as never)?.forEach((values, r) => {
      if (values[0] !== all) (out[schedule.routeIds[r]] ??= {})[key] = values[0];
    });
  }
  return out;
}

/** A change the scenario makes to a lever during the run. */
export interface LeverChange {
  readonly value: number;
  /** First month (0-based) of the change. */
  readonly fromMonth: number;
  /** First month it no longer applies, if it ends. */
  readonly toMonth?: number;
  readonly note?: string;
  /** The route it is aimed at; absent = every route. */
  readonly route?: RouteId;
}

/** Per lever, the changes a timeline makes after month 0, in the order of the months. */
export function timelineLevers(source: Pick<Scenario, 'timeline'> | readonly TimelineChange[]): ReadonlyMap<string, readonly LeverChange[]> {
  const timeline = 'timeline' in source ? source.timeline : source;
  const out = new Map<string, LeverChange[]>();
  for (const e of timeline) {
    if (e.fromMonth === 0 && e.toMonth === undefined) continue; // part of the starting value
    const list = out.get(e.lever) ?? [];
    list.push({ value: e.value, fromMonth: e.fromMonth, toMonth: e.toMonth, note: e.note, ...(e.route !== undefined ? { route: e.route } : {}) });
    out.set(e.lever, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.fromMonth - b.fromMonth);
  return out;
}
