/**
 * The robustness of a ranking is what it says: the share it reports is the share a direct
 * recomputation finds (each weighting applied month by month to every run's records, averaged
 * over months and seeds, the two mixes compared), the leave-one-out and break-even figures agree
 * with the indices they summarise, and the module's central ranking — the human-security mix above
 * an enforcement surge on the human-security index — holds in at least 90% of weightings.
 */
import { describe, expect, it } from 'vitest';
import {
  HUMAN_SECURITY_INDEX,
  indexFromRecord,
  rankingRobustness,
  runModel,
  simplexWeights,
  STATE_SECURITY_INDEX,
  termMeans,
  type IndexDeclaration,
  type RunResult,
} from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';

const SEEDS = [1, 2, 3];
const runsOf = (id: string, months?: number): RunResult[] =>
  SEEDS.map((seed) => runModel({ ...scenarioToRunInput(findScenario(id)!), agents: 6_000, seed, ...(months ? { months } : {}) }));
// The scenarios' own ten years, for the module's ranking; five years for the recomputation, which
// applies every weighting to every month of every run.
const mix = runsOf('human-security-mix');
const surge = runsOf('state-security-only');
const mixShort = runsOf('human-security-mix', 60).slice(0, 2);
const surgeShort = runsOf('state-security-only', 60).slice(0, 2);
/** Fewer weightings for the leave-one-out recomputation (one set per term). */
const LOO_SAMPLES = 200;

/** The index for weights by name, straight from the monthly records: mean over months, then over seeds. */
function directIndex(index: IndexDeclaration, runs: readonly RunResult[], weights: Readonly<Record<string, number>>): number {
  const perRun = runs.map((r) => r.months.reduce((s, m) => s + indexFromRecord(index, m, weights), 0) / r.months.length);
  return perRun.reduce((s, v) => s + v, 0) / perRun.length;
}

const byName = (index: IndexDeclaration, w: ArrayLike<number>, skip = -1) => {
  const names = index.terms.map((t) => t.name).filter((_, i) => i !== skip);
  return Object.fromEntries(index.terms.map((t) => [t.name, 0]).concat(names.map((n, i) => [n, w[i]])));
};

describe('robustness of a ranking', () => {
  for (const index of [HUMAN_SECURITY_INDEX, STATE_SECURITY_INDEX] as IndexDeclaration[]) {
    it(`matches a direct recomputation on the ${index.label}`, () => {
      const [mix, surge] = [mixShort, surgeShort];
      const a = termMeans(index, mix.map((r) => r.summary));
      const b = termMeans(index, surge.map((r) => r.summary));
      const result = rankingRobustness(index, a, b);
      const loos = rankingRobustness(index, a, b, { samples: LOO_SAMPLES }).leaveOneOut;
      const vectors = simplexWeights(index.terms.length);
      expect(vectors).toHaveLength(1_000);
      for (const w of vectors) expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      const wins = vectors.filter((w) => directIndex(index, mix, byName(index, w)) > directIndex(index, surge, byName(index, w))).length;
      expect(result.aHigherShare).toBe(wins / vectors.length);

      expect(result.atDefaults.a).toBeCloseTo(directIndex(index, mix, byName(index, index.terms.map((t) => t.weight))), 9);
      expect(result.atDefaults.b).toBeCloseTo(directIndex(index, surge, byName(index, index.terms.map((t) => t.weight))), 9);

      index.terms.forEach((t, k) => {
        const loo = loos[k];
        const rest = simplexWeights(index.terms.length - 1, LOO_SAMPLES);
        const looWins = rest.filter((w) => directIndex(index, mix, byName(index, w, k)) > directIndex(index, surge, byName(index, w, k))).length;
        expect(loo.aHigherShare, t.name).toBe(looWins / rest.length);
        const flip = result.breakEven[k].flipsAt;
        if (flip === null) return;
        // Just above and just below the break-even weight, the ranking is on either side.
        for (const [x, aHigher] of [[flip + 0.01, result.breakEven[k].aHigherAbove], [flip - 0.01, !result.breakEven[k].aHigherAbove]] as const) {
          if (x <= 0 || x >= 1) continue;
          const others = index.terms.reduce((s, u, i) => (i === k ? s : s + u.weight), 0);
          const w = Object.fromEntries(index.terms.map((u, i) => [u.name, i === k ? x : ((1 - x) * u.weight) / others]));
          expect(directIndex(index, mix, w) > directIndex(index, surge, w), `${t.name} at ${x}`).toBe(aHigher);
        }
      });
    });
  }

  it('puts the human-security mix above the enforcement surge on the human-security index in at least 90% of weightings', () => {
    for (const seed of SEEDS) {
      const k = SEEDS.indexOf(seed);
      const r = rankingRobustness(HUMAN_SECURITY_INDEX, termMeans(HUMAN_SECURITY_INDEX, [mix[k].summary]), termMeans(HUMAN_SECURITY_INDEX, [surge[k].summary]));
      expect(r.aHigherShare, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is reproducible: same inputs, same figure; another generator seed, other weightings', () => {
    expect(simplexWeights(4, 10, 7)).toEqual(simplexWeights(4, 10, 7));
    expect(simplexWeights(4, 10, 7)).not.toEqual(simplexWeights(4, 10, 8));
  });
});
