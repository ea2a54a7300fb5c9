/**
 * A cache key for a run. A run is a pure function of its input and the model version, so equal
 * keys mean equal results and a cached result can be reused exactly. The key is a canonical JSON
 * text: defaults filled in (leaving a lever out and giving its default value are the same run),
 * object keys sorted at every depth (the order in which levers were set does not matter), and
 * only what the model reads kept (a timeline entry's note is dropped). The timeline keeps its
 * order, because later entries win where they overlap.
 *
 * Beside it, the population key of a run input: which drawn people a run starts from, so that
 * runs with equal population keys can copy one drawn population instead of drawing it again.
 */
import { defaultCalibration } from '../params/calibration';
import { defaultLevers } from '../params/levers';
import { populationKey } from '../population/init';
import { ROUTES } from '../routes';
import { leversAt, leversOnRoute } from '../schedule';
import { DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED, MODEL_VERSION, scheduleOf, type RunInput } from '../simulation';

/** JSON with object keys sorted at every depth; array order kept; undefined properties left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The deterministic cache key of a run: levers, levers aimed at routes, timeline, calibration, routes, agents, months, seed and model version. */
export function runCacheKey(input: RunInput, modelVersion: string = MODEL_VERSION): string {
  return canonicalJson({
    modelVersion,
    agents: input.agents ?? DEFAULT_AGENTS,
    months: input.months ?? DEFAULT_MONTHS,
    seed: input.seed ?? DEFAULT_SEED,
    levers: { ...defaultLevers(), ...input.levers },
    timeline: (input.timeline ?? []).map((e) => ({ lever: e.lever, value: e.value, fromMonth: e.fromMonth, toMonth: e.toMonth, route: e.route })),
    routeLevers: input.routeLevers ?? {},
    calibration: { ...defaultCalibration(), ...input.calibration },
    routes: input.routes ?? ROUTES,
  });
}

/**
 * The population key of a run input (population/init.ts `populationKey`, with the input's
 * defaults filled in): size, seed and the calibration constants that shape the people drawn.
 */
export function runPopulationKey(input: Pick<RunInput, 'agents' | 'seed' | 'calibration'>): string {
  return populationKey(input.agents ?? DEFAULT_AGENTS, input.seed ?? DEFAULT_SEED, { ...defaultCalibration(), ...input.calibration });
}

/**
 * Which runs can share their first months (run.ts, runBranches): equal keys mean the same size,
 * length, seed, calibration and routes, and the same levers in month 0 (so the same warm-up). How
 * many months after that they share depends on when their levers part.
 */
export function runBranchKey(input: RunInput): string {
  const schedule = scheduleOf(input);
  return canonicalJson({
    agents: input.agents ?? DEFAULT_AGENTS,
    months: input.months ?? DEFAULT_MONTHS,
    seed: input.seed ?? DEFAULT_SEED,
    calibration: { ...defaultCalibration(), ...input.calibration },
    routes: input.routes ?? ROUTES,
    month0: leversAt(schedule, 0),
    month0OnRoutes: schedule.routeIds.map((_, r) => leversOnRoute(schedule, 0, r)),
  });
}

