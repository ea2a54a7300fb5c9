/**
 * Prices from supply and demand, each sign checked with everything else fixed, over five seeds:
 * a fall in one route's demand lowers its fees; a rise in the losses operators expect from
 * enforcement on a route raises its fees (even as demand for it falls); more regular places lower
 * fees on every route. Fees are the posted fees of the route's methods, averaged over the run.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES, type RunResult } from '../../models/index';
import { meanOf, runInputSeeds } from './helpers';

const DESERT = ROUTES.findIndex((r) => r.id === 'desertSea');
const SHORT = ROUTES.findIndex((r) => r.id === 'shortSea');

/** Mean posted fee of route r's methods (or of method j alone) over the run, mean over seeds. */
function posted(runs: RunResult[], r: number, j?: number): number {
  return meanOf(runs, (run) => {
    const months = run.routes[r].months;
    return months.reduce((s, m) => s + (j === undefined ? m.byMethod.reduce((a, x) => a + x.feeUsd, 0) / m.byMethod.length : m.byMethod[j].feeUsd), 0) / months.length;
  });
}
const attempts = (runs: RunResult[], r: number) => meanOf(runs, (run) => run.summary.byRoute[r].attempts);
const base = () => runInputSeeds({});

describe('fees clear the market', () => {
  it('a fall in one route’s demand lowers its fees, and the demand it sheds raises the other’s', () => {
    // The long route's sea becomes deadlier: people learn it and turn away; nothing in operators' costs changes.
    const deadlier = runInputSeeds({ routes: ROUTES.map((r) => (r.id === 'desertSea' ? { ...r, crossingDeathRisk: 2.5 * r.crossingDeathRisk } : r)) });
    expect(attempts(deadlier, DESERT)).toBeLessThan(0.97 * attempts(base(), DESERT));
    expect(posted(deadlier, DESERT)).toBeLessThan(0.98 * posted(base(), DESERT));
    expect(attempts(deadlier, SHORT)).toBeGreaterThan(attempts(base(), SHORT));
    expect(posted(deadlier, SHORT)).toBeGreaterThan(posted(base(), SHORT));
  });

  it('losses to enforcement on a route raise its fees, even as demand for it falls', () => {
    // Desert and sea patrols aimed at the long route: vehicles seized, crews arrested, remote tracks.
    const patrolled = runInputSeeds({ routeLevers: { desertSea: { 'enforcement.intensity': 0.9, 'enforcement.interdiction': 1 } } });
    expect(attempts(patrolled, DESERT)).toBeLessThan(attempts(base(), DESERT));
    const methods = base()[0].routes[DESERT].methods;
    methods.forEach((m, j) => expect(posted(patrolled, DESERT, j), m.id).toBeGreaterThan(1.03 * posted(base(), DESERT, j)));
    // Vessel destruction aimed at the long route: its reusable boats are lost faster and dearer to run.
    const destroyed = runInputSeeds({ routeLevers: { desertSea: { 'enforcement.vesselDestruction': 1 } } });
    const wooden = 0; // the route's first method: the seaworthy wooden boat
    expect(posted(destroyed, DESERT, wooden)).toBeGreaterThan(1.15 * posted(base(), DESERT, wooden));
  });

  it('more regular places lower fees on every route', () => {
    const pathways = runInputSeeds({ levers: { 'regularPathways.availability': 0.7 } });
    ROUTES.forEach((route, r) => expect(posted(pathways, r), route.id).toBeLessThan(0.95 * posted(base(), r)));
  });
});
