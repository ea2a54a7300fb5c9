/**
 * What the explorer's user controls: a scenario, the levers they moved away from it, and the size
 * of the run (seed, agents, months). This is the whole state a link or the autosave holds; every
 * figure on the page follows from it. Levers are never re-declared here: their keys, ranges and
 * steps come from the model's parameter table.
 */
import { BROWSER_AGENTS_LIMIT, DEFAULT_WEIGHTS, MONTHS_LIMIT, SEED_LIMIT, type IndexWeights, type LeverSpec, type ParamSpec, type RouteId } from '../../../models/index';
import type { Reference } from './reference';
import type { SpreadSeeds } from './spread-seeds';
import type { TimelineChange } from './timeline';

export interface ExplorerSettings {
  readonly scenarioId: string;
  /**
   * Levers set to a value other than the scenario's value at month 0. Each one is fixed for the
   * whole run (the scenario's timeline entries for it are dropped), as `--set` does on the
   * command line. Keys are always lever keys from the model's table.
   */
  readonly overrides: Readonly<Record<string, number>>;
  /**
   * Moved levers aimed at one route (scenario format 2; the command line's `--set KEY@ROUTE=V`):
   * lever key → route. Such a lever is fixed at its override on that route alone, for the whole
   * run; the other routes keep what the scenario gives them. Only levers in the model's
   * AIMABLE_LEVERS, and only at routes they can act on; every key here is also in `overrides`.
   * Absent when no lever is aimed.
   */
  readonly aims?: Readonly<Record<string, RouteId>>;
  /**
   * The user's own list of dated lever changes (months 2 onwards), replacing the scenario's; absent
   * while the timeline is the scenario's own. The scenario's starting values (changes in month 1)
   * always stay. See timeline.ts.
   */
  readonly timeline?: readonly TimelineChange[];
  /**
   * The weights the two indices are read with, when the user set others than the scenario's
   * (scenarios/index-weights.ts). They change no run: the indices are recomputed from its terms.
   */
  readonly weights?: IndexWeights;
  /**
   * What the figures are compared with, when the user chose it (reference.ts); absent, the
   * scenario's default: the status quo for a policy scenario, the scenario as loaded for the
   * status quo itself.
   */
  readonly reference?: Reference;
  /**
   * How many seeds the headline is refined over, when the user chose other than the default
   * (spread-seeds.ts); 1 turns the background runs off. Changes no run of the user's settings.
   */
  readonly spreadSeeds?: SpreadSeeds;
  readonly seed: number;
  readonly agents: number;
  readonly months: number;
}

/** A whole-number setting's allowed range, in words people can act on. */
export interface WholeNumberLimit {
  readonly min: number;
  readonly max: number;
  /** The catalogue key of what is limited ("common:limits.seed": "the seed"). */
  readonly what: string;
}

/**
 * Limits of the run's size in the browser, with the words the page uses for them. The numbers and
 * their reasons are the model's (models/limits.ts): the browser's own, lower ceiling on agents,
 * and the same seeds and months as the command line and scenario files.
 */
export const RUN_LIMITS = {
  seed: { min: SEED_LIMIT.min, max: SEED_LIMIT.max, what: 'common:limits.seed' },
  agents: { min: BROWSER_AGENTS_LIMIT.min, max: BROWSER_AGENTS_LIMIT.max, what: 'common:limits.agents' },
  months: { min: MONTHS_LIMIT.min, max: MONTHS_LIMIT.max, what: 'common:limits.months' },
} as const satisfies Record<'seed' | 'agents' | 'months', WholeNumberLimit>;

/** What the decoder and the reducer need to know about a scenario. */
export interface ScenarioDefaults {
  readonly id: string;
  readonly title: string;
  /** Every lever's value in force at month 0 in this scenario. */
  readonly startLevers: Readonly<Record<string, number>>;
  /** The routes the scenario uses (all the model's routes when absent). */
  readonly routes?: readonly RouteId[];
  /** The aimable levers' values at month 0 on each route, where the scenario aims one at a route. */
  readonly routeStartLevers?: Readonly<Partial<Record<RouteId, Readonly<Record<string, number>>>>>;
  /** The scenario's own timeline of lever changes. */
  readonly timeline: readonly TimelineChange[];
  readonly months: number;
  /** The weights the scenario file reads the indices with (the model's defaults when absent). */
  readonly weights?: IndexWeights;
}

/** The model-side facts settings are checked against; passed in so that the codec stays pure. */
export interface SettingsContext {
  readonly levers: readonly LeverSpec[];
  readonly scenarios: readonly ScenarioDefaults[];
  readonly defaultScenarioId: string;
  readonly modelVersion: string;
  readonly defaultSeed: number;
  readonly defaultAgents: number;
}

/** Decimal places of a step such as 0.01 (→ 2). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  return Math.min(10, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** A lever value snapped to the lever's step and clamped to its range, without float dust. */
export function snapToStep(spec: Pick<ParamSpec, 'min' | 'max' | 'step'>, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  const steps = Math.round((clamped - spec.min) / spec.step);
  return Number((spec.min + steps * spec.step).toFixed(stepDecimals(spec.step)));
}

/** Two lever values that the slider cannot tell apart. */
export function sameLeverValue(spec: Pick<ParamSpec, 'step'>, a: number, b: number): boolean {
  return Math.abs(a - b) < spec.step / 2;
}

export function findDefaults(ctx: SettingsContext, scenarioId: string): ScenarioDefaults {
  return ctx.scenarios.find((s) => s.id === scenarioId) ?? ctx.scenarios.find((s) => s.id === ctx.defaultScenarioId) ?? ctx.scenarios[0];
}

/** The scenario as loaded: no lever moved, the default seed and size. */
export function defaultSettings(ctx: SettingsContext, scenarioId = ctx.defaultScenarioId): ExplorerSettings {
  const scenario = findDefaults(ctx, scenarioId);
  return { scenarioId: scenario.id, overrides: {}, seed: ctx.defaultSeed, agents: ctx.defaultAgents, months: scenario.months };
}

/** A lever's value at month 0 on `route` in the scenario (its value for all routes when not aimed there). */
export function routeStart(defaults: ScenarioDefaults, key: string, route: RouteId | undefined, fallback: number): number {
  const all = defaults.startLevers[key] ?? fallback;
  return route === undefined ? all : (defaults.routeStartLevers?.[route]?.[key] ?? all);
}

/** Each lever's scenario value at month 0, on its route for the levers aimed at one. */
export function startValues(defaults: ScenarioDefaults, aims: ExplorerSettings['aims']): Readonly<Record<string, number>> {
  if (!aims || Object.keys(aims).length === 0) return defaults.startLevers;
  const out = { ...defaults.startLevers };
  for (const [key, route] of Object.entries(aims)) out[key] = routeStart(defaults, key, route, out[key] ?? 0);
  return out;
}

/** The route a moved lever is aimed at, if any. */
export function aimOf(settings: Pick<ExplorerSettings, 'aims'>, key: string): RouteId | undefined {
  return settings.aims && Object.prototype.hasOwnProperty.call(settings.aims, key) ? settings.aims[key] : undefined;
}

/** Every lever's value for the run: the scenario's month-0 values with the user's overrides on top. */
export function leverValues(ctx: SettingsContext, settings: ExplorerSettings): Record<string, number> {
  const start = findDefaults(ctx, settings.scenarioId).startLevers;
  const out: Record<string, number> = {};
  for (const spec of ctx.levers) out[spec.key] = settings.overrides[spec.key] ?? start[spec.key] ?? spec.defaultValue;
  return out;
}

/** The weights the indices are read with: the user's, else the scenario's, else the model's defaults. */
export function weightsOf(ctx: SettingsContext, settings: Pick<ExplorerSettings, 'scenarioId' | 'weights'>): IndexWeights {
  return settings.weights ?? findDefaults(ctx, settings.scenarioId).weights ?? DEFAULT_WEIGHTS;
}
