/**
 * The three first experiments the explorer offers a first-time visitor: the module's two answers
 * to smuggling, alone and together. Each one moves named levers as a user would (one setLever per
 * lever), so the link, the autosave and "Reset all" treat the moves like any others. The values
 * are those the built-in scenarios use for the same policies, so that a student who later loads
 * "State security only" or "Human-security mix" recognises the move:
 * - enforcement surge: intensity and interdiction at 0.9, the surge of "State security only";
 * - open regular pathways: availability at 0.7, as in the "Human-security mix".
 */
import { LEVER_BY_KEY } from '../../../../models/index';

export const EXPERIMENT_IDS = ['surge', 'pathways', 'both'] as const;
export type ExperimentId = (typeof EXPERIMENT_IDS)[number];

const SURGE = { 'enforcement.intensity': 0.9, 'enforcement.interdiction': 0.9 } as const;
const PATHWAYS = { 'regularPathways.availability': 0.7 } as const;

export const EXPERIMENTS: Readonly<Record<ExperimentId, Readonly<Record<string, number>>>> = {
  surge: SURGE,
  pathways: PATHWAYS,
  both: { ...SURGE, ...PATHWAYS },
};

/** Every lever some experiment moves. */
const ALL_KEYS = [...new Set(EXPERIMENT_IDS.flatMap((id) => Object.keys(EXPERIMENTS[id])))];

export type ExperimentMove = { readonly type: 'setLever'; readonly key: string; readonly value: number } | { readonly type: 'resetLever'; readonly key: string };

/**
 * What trying an experiment does to the levers: its own levers set to its values, and the levers
 * only another experiment moves set back to the scenario's value, so that trying "pathways" after
 * "surge" shows pathways alone rather than both. Levers no experiment names are left as they are.
 */
export function experimentMoves(id: ExperimentId): ExperimentMove[] {
  const own = EXPERIMENTS[id];
  const resets: ExperimentMove[] = ALL_KEYS.filter((key) => !(key in own)).map((key) => ({ type: 'resetLever', key }));
  const sets: ExperimentMove[] = Object.entries(own).map(([key, value]) => ({ type: 'setLever', key, value }));
  return [...resets, ...sets];
}

/** The experiment the levers show now, if their values are exactly one experiment's. */
export function currentExperiment(values: Readonly<Record<string, number>>, overrides: Readonly<Record<string, number>>): ExperimentId | undefined {
  return EXPERIMENT_IDS.find((id) => {
    const own = EXPERIMENTS[id];
    const matchesOwn = Object.entries(own).every(([key, value]) => Math.abs((values[key] ?? Number.NaN) - value) < (LEVER_BY_KEY.get(key)?.step ?? 0.01) / 2);
    const othersUntouched = ALL_KEYS.every((key) => key in own || !Object.prototype.hasOwnProperty.call(overrides, key));
    return matchesOwn && othersUntouched;
  });
}
