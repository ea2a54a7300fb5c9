/**
 * What the compare view's user controls: the mixes side by side (built-in scenarios, explorer
 * settings, imported scenario files), the ensemble (how many seeds, from which seed, how many
 * agents and months), the output and reference shown, and the sensitivity analyses' settings.
 * This is the whole state the autosave and the link hold; every figure follows from it.
 * Levers and outputs are never re-declared here: keys and ranges come from the model's tables.
 */
import { BROWSER_AGENTS_LIMIT, DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_WEIGHTS, LEVER_BY_KEY, maxFirstSeed, MONTHS_LIMIT, SEED_LIMIT, type IndexWeights, type OutputKey, type TimelineEntry } from '../../../models/index';
import type { Scenario } from '../../../scenarios/format';
import { i18n } from '../../shared/i18n/i18n';

export type MixSpec =
  | { readonly kind: 'preset'; readonly scenarioId: string }
  | {
      readonly kind: 'explorer';
      readonly scenarioId: string;
      /** Levers moved in the explorer, fixed for the whole run. */
      readonly overrides: Readonly<Record<string, number>>;
      /** The timeline in force when the user edited it in the explorer; absent for the scenario's own. */
      readonly timeline?: readonly TimelineEntry[];
    }
  | { readonly kind: 'file'; readonly scenario: Scenario };

export interface Mix {
  /** Stable within a setup ("m1", "m2", …): the reference and the sensitivity base point at it. */
  readonly id: string;
  /** Colour, line and marker slot, 0 to MAX_MIXES − 1, kept when other mixes are removed. */
  readonly slot: number;
  readonly spec: MixSpec;
}

export interface SweepSettings {
  readonly lever: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  /** A second lever held at one to three values, or null. */
  readonly byLever: string | null;
  readonly byValues: readonly number[];
  readonly output: OutputKey;
}

export interface GridSettings {
  readonly xLever: string;
  readonly yLever: string;
  /** Values per axis, each lever over its whole range. */
  readonly steps: number;
  readonly output: OutputKey;
}

export interface TornadoSettings {
  /** How far each lever moves down and up. */
  readonly step: number;
  readonly output: OutputKey;
}

export interface SensitivitySettings {
  /** The mix the analyses start from (a mix id), or null for the first mix. */
  readonly baseId: string | null;
  readonly agents: number;
  readonly seeds: number;
  readonly sweep: SweepSettings;
  readonly grid: GridSettings;
  readonly tornado: TornadoSettings;
}

export type CompareTab = 'mixes' | 'sensitivity';

export interface CompareSetup {
  readonly mixes: readonly Mix[];
  /** The mix every other is compared with, or null for the first mix. */
  readonly referenceId: string | null;
  readonly seeds: number;
  readonly firstSeed: number;
  readonly agents: number;
  readonly months: number;
  /** The output of the month-by-month chart. */
  readonly output: OutputKey;
  readonly tab: CompareTab;
  readonly sensitivity: SensitivitySettings;
  /**
   * The weights the two indices are read with ("What counts as security?"), when the user set
   * others than the model's defaults; absent: the defaults. They change no run: the robustness
   * line recomputes the indices from the terms the runs already hold.
   */
  readonly weights?: IndexWeights;
}

/** The weights a setup reads the indices with. */
export const setupWeights = (setup: Pick<CompareSetup, 'weights'>): IndexWeights => setup.weights ?? DEFAULT_WEIGHTS;

export interface WholeLimit {
  readonly min: number;
  readonly max: number;
  readonly what: string;
}

export const MIN_MIXES = 2;
export const MAX_MIXES = 6;

/**
 * Limits of the whole-number settings. Seeds: fewer than five give no meaningful 5–95% range.
 * The first seed, agents and months are the model's run limits (models/limits.ts: agents as in
 * the explorer); an ensemble's last seed must be a seed too (see firstSeedProblem).
 */
export const COMPARE_LIMITS = {
  seeds: { min: 5, max: 100, what: 'compare:limits.seeds' },
  firstSeed: { min: SEED_LIMIT.min, max: SEED_LIMIT.max, what: 'compare:limits.firstSeed' },
  agents: { min: BROWSER_AGENTS_LIMIT.min, max: BROWSER_AGENTS_LIMIT.max, what: 'compare:limits.agents' },
  months: { min: MONTHS_LIMIT.min, max: MONTHS_LIMIT.max, what: 'compare:limits.months' },
  sensitivitySeeds: { min: 3, max: 100, what: 'compare:limits.sensitivitySeeds' },
  sensitivityAgents: { min: BROWSER_AGENTS_LIMIT.min, max: BROWSER_AGENTS_LIMIT.max, what: 'compare:limits.sensitivityAgents' },
  sweepSteps: { min: 2, max: 21, what: 'compare:limits.sweepSteps' },
  gridSteps: { min: 2, max: 11, what: 'compare:limits.gridSteps' },
} as const satisfies Record<string, WholeLimit>;

/** How far the tornado moves each lever, in lever units (levers run from 0 to 1). */
export const TORNADO_STEP_LIMITS = { min: 0.05, max: 0.5 } as const;

/**
 * Defaults. The comparison uses the model's full size; the sensitivity analyses run many more
 * runs, so they use fewer agents and seeds by default and each finishes in a few seconds.
 */
export const DEFAULT_SEEDS = 20;
export const DEFAULT_FIRST_SEED = 1;
export const DEFAULT_SENSITIVITY_AGENTS = 20_000;
export const DEFAULT_SENSITIVITY_SEEDS = 10;
export const DEFAULT_MIX_IDS = ['baseline', 'human-security-mix'] as const;

function range(key: string): { min: number; max: number } {
  const spec = LEVER_BY_KEY.get(key);
  return spec ? { min: spec.min, max: spec.max } : { min: 0, max: 1 };
}

export function defaultSensitivity(): SensitivitySettings {
  const enforcement = range('enforcement.intensity');
  return {
    baseId: null,
    agents: DEFAULT_SENSITIVITY_AGENTS,
    seeds: DEFAULT_SENSITIVITY_SEEDS,
    sweep: { lever: 'enforcement.intensity', from: enforcement.min, to: enforcement.max, steps: 6, byLever: 'insecurity.level', byValues: [0.3, 0.6, 0.9], output: 'smugglingDemand' },
    grid: { xLever: 'regularPathways.availability', yLever: 'enforcement.intensity', steps: 5, output: 'deathsMissing' },
    tornado: { step: 0.2, output: 'deathsMissing' },
  };
}

export function defaultSetup(): CompareSetup {
  return {
    mixes: DEFAULT_MIX_IDS.map((scenarioId, i) => ({ id: `m${i + 1}`, slot: i, spec: { kind: 'preset', scenarioId } })),
    referenceId: null,
    seeds: DEFAULT_SEEDS,
    firstSeed: DEFAULT_FIRST_SEED,
    agents: DEFAULT_AGENTS,
    months: DEFAULT_MONTHS,
    output: 'smugglingDemand',
    tab: 'mixes',
    sensitivity: defaultSensitivity(),
  };
}

/**
 * The largest first seed of a setup: the comparison and the sensitivity analyses both count their
 * seeds up from it, and the last of them must still be a seed.
 */
export function firstSeedMax(setup: { readonly seeds: number; readonly sensitivity: { readonly seeds: number } }): number {
  return maxFirstSeed(Math.max(setup.seeds, setup.sensitivity.seeds));
}

/** Why a setup's first seed cannot be used with its numbers of seeds, or null when it can. */
export function firstSeedProblem(setup: Pick<CompareSetup, 'firstSeed' | 'seeds' | 'sensitivity'>): string | null {
  const max = firstSeedMax(setup);
  return setup.firstSeed <= max ? null : i18n.t('compare:decode.firstSeed', { max: SEED_LIMIT.max, max2: max });
}

/** The reference mix: the chosen one if it is still there, otherwise the first. */
export function referenceMix(setup: Pick<CompareSetup, 'mixes' | 'referenceId'>): Mix | undefined {
  return setup.mixes.find((m) => m.id === setup.referenceId) ?? setup.mixes[0];
}

/** The base of the sensitivity analyses: the chosen mix if it is still there, otherwise the first. */
export function sensitivityBase(setup: Pick<CompareSetup, 'mixes' | 'sensitivity'>): Mix | undefined {
  return setup.mixes.find((m) => m.id === setup.sensitivity.baseId) ?? setup.mixes[0];
}

/** A fresh id and the first free slot for a new mix. */
export function nextMixPlace(mixes: readonly Mix[]): { id: string; slot: number } {
  const used = new Set(mixes.map((m) => m.slot));
  let slot = 0;
  while (used.has(slot)) slot++;
  const numbers = mixes.map((m) => Number(/^m(\d+)$/.exec(m.id)?.[1] ?? 0));
  return { id: `m${Math.max(0, ...numbers) + 1}`, slot };
}
