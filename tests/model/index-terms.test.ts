/**
 * The indices' terms are what the ODD says they are, and none is capped: each is recomputed here
 * from the monthly outputs it is built on (12-month window, per year, ÷ its reference value), over
 * several seeds and two policy mixes, including a harsh one whose harms exceed the references.
 * More harm always scores worse: twice a month's deaths is a strictly lower human-security index.
 */
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION,
  DEFAULT_WEIGHTS,
  HUMAN_SECURITY_INDEX,
  reweighIndices,
  STATE_READINGS,
  stateReadingOf,
  indexFromRecord,
  ROUTES,
  runModel,
  STATE_SECURITY_INDEX,
  type MonthRecord,
} from '../../models/index';

const ref = (k: keyof typeof CALIBRATION) => CALIBRATION[k].defaultValue;
const WINDOW = 12;

/** A flow over the window ending at month i, as a yearly rate. */
function perYear(months: readonly MonthRecord[], i: number, key: keyof MonthRecord): number {
  const from = Math.max(0, i - WINDOW + 1);
  let s = 0;
  for (let m = from; m <= i; m++) s += months[m][key];
  return (s * 12) / (i - from + 1);
}

const MIXES = {
  baseline: {},
  // Heavy enforcement with high insecurity: many deaths, much abuse, many stranded.
  harsh: { 'enforcement.intensity': 1, 'enforcement.pullbacks': 1, 'insecurity.level': 1, 'protection.safeguards': 0, 'searchAndRescue.capacity': 0 },
};

describe('the terms of the two indices', () => {
  for (const [name, levers] of Object.entries(MIXES)) {
    for (const seed of [1, 2, 3]) {
      it(`are their documented formulas, uncapped (${name}, seed ${seed})`, () => {
        const r = runModel({ levers, agents: 4_000, months: 48, seed });
        r.months.forEach((m, i) => {
          expect(m.termDeaths).toBeCloseTo(perYear(r.months, i, 'deathsMissing') / ref('indexRefDeathsPerYear'), 9);
          expect(m.termAbuse).toBeCloseTo(perYear(r.months, i, 'abuseIncidents') / ref('indexRefAbusePerYear'), 9);
          expect(m.termStranded).toBeCloseTo(m.stranded / ref('indexRefPeopleHeld'), 12);
          expect(m.termTrapped).toBeCloseTo(m.trappedPopulation / ref('indexRefPeopleHeld'), 12);
          expect(m.termNoSafeChannel).toBeCloseTo(perYear(r.months, i, 'smugglingDemand') / ref('indexRefIrregularPerYear'), 9);
          expect(m.termOrigin).toBe(m.insecurityIndex);
          expect(m.termEntries).toBeCloseTo(perYear(r.months, i, 'irregularArrivals') / ref('indexRefIrregularPerYear'), 9);
          const arrivals = perYear(r.months, i, 'irregularArrivals') + perYear(r.months, i, 'regularArrivals');
          expect(m.termArrivals).toBeCloseTo(arrivals / ref('indexRefIrregularPerYear'), 9);
          expect(m.termMarket).toBeCloseTo(perYear(r.months, i, 'smugglerRevenueUsd') / ref('indexRefRevenueUsdPerYear'), 9);
          expect(m.termOperators).toBeCloseTo(m.smugglingOperators / (ref('operatorsPerRoute') * ROUTES.length), 12);
          expect(m.humanSecurityIndex).toBeCloseTo(indexFromRecord(HUMAN_SECURITY_INDEX, m), 9);
          expect(m.stateSecurityIndex).toBeCloseTo(indexFromRecord(STATE_SECURITY_INDEX, m), 9);
        });
      });
    }
  }

  it('count harm beyond the reference: a harsh mix has some term above 1, and its index is still its formula', () => {
    const r = runModel({ levers: MIXES.harsh, agents: 4_000, months: 48, seed: 1 });
    const maxTerm = Math.max(...r.months.flatMap((m) => HUMAN_SECURITY_INDEX.terms.map((t) => m[t.output])));
    expect(maxTerm).toBeGreaterThan(1);
  });

  it('score twice the deaths strictly worse, at any level of deaths', () => {
    const r = runModel({ agents: 4_000, months: 36, seed: 2 });
    for (const m of r.months.filter((x) => x.termDeaths > 0)) {
      let record: MonthRecord = m;
      for (let k = 0; k < 6; k++) {
        const doubled = { ...record, termDeaths: 2 * record.termDeaths };
        expect(indexFromRecord(HUMAN_SECURITY_INDEX, doubled)).toBeLessThan(indexFromRecord(HUMAN_SECURITY_INDEX, record));
        record = doubled;
      }
    }
  });

  it('are reweighed without a model run: the defaults give the model’s indices, a reading gives its own formula', () => {
    const r = runModel({ agents: 4_000, months: 36, seed: 3 });
    const same = reweighIndices(r.months, DEFAULT_WEIGHTS);
    r.months.forEach((m, i) => {
      expect(same.human[i]).toBeCloseTo(m.humanSecurityIndex, 9);
      expect(same.state[i]).toBeCloseTo(m.stateSecurityIndex, 9);
    });
    expect(same.humanMean).toBeCloseTo(r.summary.humanSecurityIndex, 9);
    const numbers = reweighIndices(r.months, { human: DEFAULT_WEIGHTS.human, state: STATE_READINGS.numbers });
    r.months.forEach((m, i) => expect(numbers.state[i]).toBeCloseTo(100 * (1 - m.termArrivals), 9));
    expect(stateReadingOf(DEFAULT_WEIGHTS.state)).toBe('control');
    expect(stateReadingOf({ entries: 0, uncontrolled: 0, arrivals: 3, market: 0, operators: 0 })).toBe('numbers');
    expect(stateReadingOf({ entries: 1, uncontrolled: 0, arrivals: 1, market: 0, operators: 0 })).toBeUndefined();
  });
});
