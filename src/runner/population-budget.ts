/**
 * How many drawn populations a worker keeps. Every mix of a comparison, every point of a sweep
 * and every slider step of the explorer runs the same seeds, so the people of a seed are drawn
 * once per worker and copied for each run (copying is much cheaper than drawing). The pool keeps
 * a mirror of what each worker holds, to send runs of a seed to the worker that drew it; both
 * sides count with the same rule.
 */

/**
 * Bytes one drawn agent takes: the typed-array columns and index lists of models/population
 * (measured; a test holds this to the real figure).
 */
export const POPULATION_BYTES_PER_AGENT = 100;

/** How many populations of this size fit in a budget: at least one, so a seed is never drawn twice in a row. */
export function populationsThatFit(budgetBytes: number, agents: number): number {
  return Math.max(1, Math.floor(budgetBytes / (POPULATION_BYTES_PER_AGENT * Math.max(1, agents))));
}
