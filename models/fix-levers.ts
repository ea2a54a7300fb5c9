/**
 * The rule that makes a run in the browser match `simulate --set`: a lever the user moves is
 * fixed for the whole run. Its value replaces the scenario's starting value, and the scenario's
 * timeline entries for that lever are dropped, so the value set is the value in force in every
 * month — on every route: values the scenario aims at single routes give way too. The explorer's
 * sliders, the command line's `--set`, the lecture tours' lever changes, the Compare view's mixes
 * and every point of a sweep, grid or tornado all use this one rule. (Fixing a lever on one route
 * only is fix-aimed.ts.)
 */
import type { LeverSettings } from './params/levers';
import { withoutAimed } from './fix-aimed';
import type { RouteLevers } from './schedule';

/** The timeline without the entries of the fixed levers (entries of other levers keep their order). */
export function fixLevers<E extends { readonly lever: string }>(timeline: readonly E[], fixed: LeverSettings): E[] {
  const keys = new Set(Object.keys(fixed));
  return timeline.filter((e) => !keys.has(e.lever));
}

interface LeversAndTimeline<E> {
  readonly levers?: LeverSettings;
  readonly routeLevers?: RouteLevers;
  readonly timeline?: readonly E[];
}

/**
 * The input (a run input, a scenario, …) with the fixed levers applied: their values replace the
 * starting values and their timeline entries are dropped. Everything else is kept as it is.
 */
export function withFixedLevers<E extends { readonly lever: string }, I extends LeversAndTimeline<E>>(input: I, fixed: LeverSettings): I {
  return {
    ...input,
    levers: { ...input.levers, ...fixed },
    ...(input.timeline ? { timeline: fixLevers(input.timeline, fixed) } : {}),
    ...(input.routeLevers ? { routeLevers: withoutAimed(input.routeLevers, Object.keys(fixed)) } : {}),
  };
}
