/**
 * Invariants over many random lever settings and timelines (fast-check): everyone is accounted
 * for in exactly one state every month, no count is negative or NaN, rates are shares and the
 * indices stay within 0–100.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalibration, HUMAN_SECURITY_INDEX, indexFromRecord, LEVER_KEYS, OUTPUTS, Simulation, STATE_COUNT, STATE_SECURITY_INDEX, type MonthRecord } from '../../models/index';
import { Code, codeOf } from '../../models/population/schema';

const AGENTS = 1500;
const MONTHS = 36;
const population = defaultCalibration().populationPeople;

const leversArb = fc.record(Object.fromEntries(LEVER_KEYS.map((k) => [k, fc.double({ min: 0, max: 1, noNaN: true })])));
const timelineArb = fc.array(
  fc.record({
    lever: fc.constantFrom(...LEVER_KEYS),
    value: fc.double({ min: 0, max: 1, noNaN: true }),
    fromMonth: fc.integer({ min: 0, max: MONTHS - 1 }),
  }),
  { maxLength: 4 },
);

/**
 * Everyone the run has represented, in people: the stocks, less the young adults who have come of
 * age in the place of those who left (population/renewal.ts), counted in the running totals.
 */
function stocks(m: MonthRecord, sim: Simulation): number {
  const renewed = sim.agents.renewedFrom.reduce((a, b) => a + b, 0) * sim.weight;
  return m.atHome + m.trappedPopulation + m.regularQueue + m.inTransit + m.arrivedRegularTotal + m.arrivedIrregularTotal + m.deadMissingTotal + m.movedOnTotal - renewed;
}

describe('model invariants', () => {
  it('accounts for everyone, keeps counts finite and non-negative and indices within 0–100', () => {
    fc.assert(
      fc.property(leversArb, timelineArb, fc.integer({ min: 0, max: 1000 }), (levers, timeline, seed) => {
        const sim = new Simulation({ levers, timeline, seed, agents: AGENTS, months: MONTHS });
        // The month's checks as plain comparisons, gathered and asserted in one expect per month:
        // vitest's expect per comparison (about 40 a month, 36 months, 60 runs) cost about as much
        // CPU as the runs themselves. A failure lists every broken invariant of the first bad month.
        let month = 0;
        while (!sim.done) {
          const m = sim.step();
          month++;
          const broken: string[] = [];
          const must = (ok: boolean, what: string) => void (ok || broken.push(what));
          // Every agent is in exactly one state: the kept counts match a recount of the state codes.
          const recount = new Int32Array(STATE_COUNT);
          for (let i = 0; i < sim.agents.count; i++) recount[codeOf(sim.agents, i, Code.State)]++;
          must(recount.every((n, k) => n === sim.agents.stateCounts[k]), `state counts ${Array.from(sim.agents.stateCounts).join(',')} differ from a recount ${recount.join(',')}`);
          must(recount.reduce((a, b) => a + b, 0) === AGENTS, `a recount of ${recount.reduce((a, b) => a + b, 0)} agents, not ${AGENTS}`);
          // …and the reported stocks add up to the whole population, in people.
          must(Math.abs(stocks(m, sim) - population) < 1e-6 * population, `stocks ${stocks(m, sim)} people, not ${population}`);
          for (const o of OUTPUTS) {
            const v = m[o.key];
            must(Number.isFinite(v), `${o.key} finite (${v})`);
            must(v >= 0, `${o.key} ≥ 0 (${v})`);
          }
          const atMost = (a: keyof MonthRecord, b: keyof MonthRecord | number) => must(m[a] <= (typeof b === 'number' ? b : m[b]), `${a} ≤ ${b} (${m[a]} > ${typeof b === 'number' ? b : m[b]})`);
          atMost('deathRatePerAttempt', 1);
          atMost('vesselQuality', 1);
          atMost('humanSecurityIndex', 100);
          atMost('stateSecurityIndex', 100);
          atMost('stranded', 'inTransit');
          atMost('detained', 'stranded');
          atMost('stranded', 'transitHub');
          atMost('transitHub', 'inTransit');
          atMost('repeatAttempts', 'smugglingDemand');
          atMost('pullbacks', 'interceptions');
          atMost('hubAbuseIncidents', 'abuseIncidents');
          expect(broken, `month ${month}`).toEqual([]);
        }
        const s = sim.result().summary;
        // The indices are uncapped below (more harm always counts) but never above "no harm".
        expect(s.humanSecurityIndex).toBeLessThanOrEqual(100);
        const routeAttempts = s.byRoute.reduce((a, r) => a + r.attempts, 0);
        expect(Math.abs(routeAttempts - s.smugglingDemand)).toBeLessThan(1e-6 * Math.max(1, s.smugglingDemand));
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it('holds at every corner of the lever space (all levers at 0, all at 1)', () => {
    for (const v of [0, 1]) {
      const levers = Object.fromEntries(LEVER_KEYS.map((k) => [k, v]));
      const r = new Simulation({ levers, agents: 3000, months: 60 });
      while (!r.done) {
        const m = r.step();
        expect(Math.abs(stocks(m, r) - population)).toBeLessThan(1e-6 * population);
        // Uncapped terms: the index is whatever its formula gives, and never above "no harm".
        expect(m.humanSecurityIndex).toBeCloseTo(indexFromRecord(HUMAN_SECURITY_INDEX, m), 9);
        expect(m.stateSecurityIndex).toBeCloseTo(indexFromRecord(STATE_SECURITY_INDEX, m), 9);
        expect(m.humanSecurityIndex).toBeLessThanOrEqual(100);
        expect(m.stateSecurityIndex).toBeLessThanOrEqual(100);
      }
    }
  });
});
