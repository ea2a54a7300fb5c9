/**
 * Co-option by the transit State's coast control (`transit.containment`, operators.ts): the coast
 * control takes over the route's operators with the most capacity until the smuggling capacity it
 * has taken matches its own capacity to stop departures; they stop smuggling while it lasts. Means
 * over five seeds; nothing here fixes how many operators remain: that follows from the market.
 */
import { describe, expect, it } from 'vitest';
import { makeOperatorPool } from '../../models/world';
import { coopt, orderByCapacity } from '../../models/phases/operators';
import type { RunInput, RunResult } from '../../models/index';
import { meanOver } from './helpers';

type Input = Omit<RunInput, 'seed'>;

/** Mean over months [from, to) of a route's monthly level (operators in business, seats offered). */
const level = (route: string, key: 'operators' | 'capacity', from = 24, to = 120) => (r: RunResult) => {
  const months = r.routes.find((s) => s.route === route)!.months.slice(from, to);
  return months.reduce((s, m) => s + m[key], 0) / months.length;
};

const none: Input = {};
const aimed = (x: number): Input => ({ routeLevers: { desertSea: { 'transit.containment': x } } });

describe('co-option of operators by coast control', () => {
  it('takes whole operators, the largest first, until their capacity reaches its own', () => {
    const pool = makeOperatorPool(5);
    pool.capacity.set([100, 500, 300, 500, 200]);
    orderByCapacity(pool);
    expect(Array.from(pool.byCapacity)).toEqual([1, 3, 2, 4, 0]);
    coopt(pool, 0);
    expect(Array.from(pool.coopted)).toEqual([0, 0, 0, 0, 0]);
    coopt(pool, 600); // the second largest is needed to pass 600, the third is not
    expect(Array.from(pool.coopted)).toEqual([0, 1, 0, 1, 0]);
    coopt(pool, 1000);
    expect(Array.from(pool.coopted)).toEqual([0, 1, 0, 1, 0]);
    coopt(pool, 1e9);
    expect(Array.from(pool.coopted)).toEqual([1, 1, 1, 1, 1]);
  });

  it('shrinks the smuggling business on the route it is aimed at, not on the others', () => {
    const ops = (input: Input, route: string) => meanOver(input, level(route, 'operators'));
    const seats = (input: Input, route: string) => meanOver(input, level(route, 'capacity'));
    // The largest operators go first, so the seats fall further than the number of operators.
    expect(ops(aimed(1), 'desertSea')).toBeLessThan(0.9 * ops(none, 'desertSea'));
    expect(seats(aimed(1), 'desertSea')).toBeLessThan(0.75 * seats(none, 'desertSea'));
    // The other sea route keeps its operators (it may gain some of the demand the long route sheds).
    expect(ops(aimed(1), 'shortSea')).toBeGreaterThan(0.95 * ops(none, 'shortSea'));
  });

  it('takes more of the business the stronger it is: half containment lies between none and full', () => {
    const seats = (x: number) => meanOver(aimed(x), level('desertSea', 'capacity'));
    const [s0, s5, s1] = [seats(0), seats(0.5), seats(1)];
    expect(s5).toBeLessThan(s0);
    expect(s1).toBeLessThan(s5);
  });

  it('lasts only while coast control does: when it ends, operators come back as the business pays', () => {
    const ended: Input = {
      routeLevers: { desertSea: { 'transit.containment': 1 } },
      timeline: [{ lever: 'transit.containment', value: 0, fromMonth: 60, route: 'desertSea' }],
    };
    const during = meanOver(ended, level('desertSea', 'operators', 36, 60));
    const after = meanOver(ended, level('desertSea', 'operators', 96, 120));
    expect(after).toBeGreaterThan(1.2 * during);
    expect(after).toBeGreaterThan(0.8 * meanOver(none, level('desertSea', 'operators', 96, 120)));
  });
});
