/**
 * Policy with an address: which levers can be aimed at one route, and where. Enforcement and
 * rescue are assets sent somewhere; aiming a lever at a route sets its value there alone (other
 * routes keep the value set for all). Instruments that work at sea (pull-backs, vessel
 * destruction, rescue) can be aimed only at routes with a sea crossing. Other levers — pathways,
 * insecurity, root causes, information, safeguards, cooperation — concern the origin region or the
 * States' relations and act on every route at once.
 *
 * In a key, `@` joins a lever to a route: `enforcement.pullbacks@shortSea`.
 */
import type { RouteSpec } from './routes';

export const AIMABLE_LEVERS: Readonly<Record<string, { readonly seaOnly: boolean }>> = {
  'enforcement.intensity': { seaOnly: false },
  'enforcement.interdiction': { seaOnly: false },
  'enforcement.prosecution': { seaOnly: false },
  'enforcement.vesselDestruction': { seaOnly: true },
  'enforcement.pullbacks': { seaOnly: true },
  'transit.containment': { seaOnly: true },
  'searchAndRescue.capacity': { seaOnly: true },
};

export const AIMABLE_LEVER_KEYS: readonly string[] = Object.keys(AIMABLE_LEVERS);

/** Joins a lever key and a route id. */
export const AIM_SEPARATOR = '@';

/** `lever@route` → its parts (route undefined when the key is not aimed). */
export function splitAimedKey(text: string): { lever: string; route?: string } {
  const at = text.indexOf(AIM_SEPARATOR);
  return at < 0 ? { lever: text } : { lever: text.slice(0, at), route: text.slice(at + 1) };
}

/** The route ids among `routes` that a lever can be aimed at (empty when it cannot be aimed). */
export function aimableRoutes(lever: string, routes: readonly Pick<RouteSpec, 'id' | 'sea'>[]): string[] {
  const spec = AIMABLE_LEVERS[lever];
  if (!spec) return [];
  return routes.filter((r) => r.sea || !spec.seaOnly).map((r) => r.id);
}

/**
 * Why a lever cannot be aimed at a route of `routes`, or null when it can. The message names the
 * lever, the route and what is allowed.
 */
export function aimProblem(lever: string, routeId: string, routes: readonly Pick<RouteSpec, 'id' | 'sea'>[]): string | null {
  const spec = AIMABLE_LEVERS[lever];
  if (!spec) return `${lever} cannot be aimed at a route; levers that can: ${AIMABLE_LEVER_KEYS.join(', ')}`;
  const route = routes.find((r) => r.id === routeId);
  if (!route) return `unknown route ${JSON.stringify(routeId)}; routes: ${routes.map((r) => r.id).join(', ')}`;
  if (spec.seaOnly && !route.sea) return `${lever} acts only at sea and ${routeId} has no sea crossing; sea routes: ${aimableRoutes(lever, routes).join(', ')}`;
  return null;
}
