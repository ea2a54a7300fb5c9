/**
 * What the explorer's user controls: a scenario, the levers they moved away from it, and the size
 * of the run (seed, agents, months). This is the whole state a link or the autosave holds; every
 * figure on the page follows from it. Levers are never re-declared here: their keys, ranges and
 * steps come from the model's parameter table.
 */
import { BROWSER_AGENTS_LIMIT, MONTHS_LIMIT, SEED_LIMIT, type LeverSpec, type ParamSpec } from '../../../models/index';
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
   * The user's own list of dated lever changes (months 2 onwards), replacing the scenario's; absent
   * while the timeline is the scenario's own. The scenario's starting values (changes in month 1)
   * always stay. See timeline.ts.
   */
  readonly timeline?: readonly TimelineChange[];
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
  /** The scenario's own timeline of lever changes. */
  readonly timeline: readonly TimelineChange[];
  readonly months: number;
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

/** Every lever's value for the run: the scenario's month-0 values with the user's overrides on top. */
export function leverValues(ctx: SettingsContext, settings: ExplorerSettings): Record<string, number> {
  const start = findDefaults(ctx, settings.scenarioId).startLevers;
  const out: Record<string, number> = {};
  for (const spec of ctx.levers) out[spec.key] = settings.overrides[spec.key] ?? start[spec.key] ?? spec.defaultValue;
  return out;
}
