/**
 * Fixing a lever on one route for the whole run (the command line's `--set KEY@ROUTE=V`): its value
 * on that route is V in every month, whatever the timeline says, while the other routes keep what
 * the scenario gives them. Timeline entries for the lever aimed at that route are dropped, and
 * entries for all routes are split into one entry per other route, so they still act there. A
 * lever fixed for all routes (`--set KEY=V`) also loses its values aimed at single routes.
 */
import type { RouteId } from './routes';
import type { RouteLevers, TimelineEntry } from './schedule';

interface AimableInput<E extends TimelineEntry> {
  readonly levers?: Readonly<Record<string, number>>;
  readonly routeLevers?: RouteLevers;
  readonly timeline?: readonly E[];
}

/** Fix `lever` at `value` on route `route` of `routeIds` for the whole run. */
export function fixAimedLever<E extends TimelineEntry, I extends AimableInput<E>>(input: I, lever: string, route: RouteId, value: number, routeIds: readonly RouteId[]): I {
  const timeline: E[] = [];
  for (const e of input.timeline ?? []) {
    if (e.lever !== lever) {
      timeline.push(e);
    } else if (e.route === undefined) {
      for (const id of routeIds) if (id !== route) timeline.push({ ...e, route: id });
    } else if (e.route !== route) {
      timeline.push(e);
    }
  }
  const routeLevers = { ...input.routeLevers, [route]: { ...input.routeLevers?.[route], [lever]: value } };
  return { ...input, routeLevers, ...(input.timeline ? { timeline } : {}) };
}

/** The route levers without the values of `levers` (fixed for all routes). */
export function withoutAimed(routeLevers: RouteLevers | undefined, levers: Iterable<string>): RouteLevers | undefined {
  if (!routeLevers) return undefined;
  const drop = new Set(levers);
  return Object.fromEntries(Object.entries(routeLevers).map(([id, l]) => [id, Object.fromEntries(Object.entries(l ?? {}).filter(([k]) => !drop.has(k)))]));
}
