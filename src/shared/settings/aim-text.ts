/**
 * Why a lever cannot be aimed at a route, in the interface language: the model's rule
 * (models/aim.ts, `aimProblem`) worded for people, naming the lever, the route given and the
 * routes allowed. Shared by the link's lever keys (`enforcement.pullbacks@shortSea=0.8`), the
 * link's timeline and the timeline editor.
 */
import { AIMABLE_LEVERS, AIMABLE_LEVER_KEYS, aimableRoutes, ROUTES, type RouteSpec } from '../../../models/index';
import { i18n } from '../i18n/i18n';

const leverLabel = (key: string) => i18n.t(`model:levers.${key}.label`);
const routeNames = (ids: readonly string[]) => ids.map((id) => `${id} (${i18n.t(`model:routes.${id}`)})`).join(', ');

/** The problem with aiming `lever` at `route` among `routes`, or null when it can be aimed there. */
export function aimProblemText(lever: string, route: string, routes: readonly Pick<RouteSpec, 'id' | 'sea'>[] = ROUTES): string | null {
  const spec = AIMABLE_LEVERS[lever];
  if (!spec) return i18n.t('common:notices.aimNotAimable', { label: leverLabel(lever), levers: AIMABLE_LEVER_KEYS.join(', ') });
  const found = routes.find((r) => r.id === route);
  if (!found) return i18n.t('common:notices.aimUnknownRoute', { route: route.slice(0, 40), routes: routeNames(aimableRoutes(lever, routes)) });
  if (spec.seaOnly && !found.sea) return i18n.t('common:notices.aimSeaOnly', { label: leverLabel(lever), route, routes: routeNames(aimableRoutes(lever, routes)) });
  return null;
}
