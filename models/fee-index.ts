/**
 * The fixed-mix fee index (a Laspeyres price index): the posted fee of every crossing method,
 * weighted by a fixed mix — the baseline scenario's shares of hires by route and method. The mean
 * fee paid moves when people switch to dearer or cheaper routes and methods; this index moves only
 * when fees move, so the two side by side tell a change of price from a change of mix.
 *
 * The weights were measured on the baseline scenario (100,000 agents, seeds 1–5, hires summed over
 * the ten years) at model version 2.0.0 and rounded to three decimals;
 * `scripts/model/fee-index-weights.ts` measures them again, and a test fails when the declared
 * weights drift more than a few points from the model's baseline. They are only weights of an
 * index: changing them changes no run.
 */
import type { MethodSpec } from './methods';
import { methodKey } from './methods';

export const FEE_INDEX_WEIGHTS: Readonly<Record<string, number>> = {
  'shortSea.crewedBoat': 0.094,
  'shortSea.inflatable': 0.098,
  'shortSea.inflatableAnyWeather': 0.126,
  'desertSea.woodenBoat': 0.226,
  'desertSea.inflatable': 0.192,
  'desertSea.inflatableAnyWeather': 0.256,
  'air.genuineDocs': 0.002,
  'air.forgedDocs': 0.006,
};

/** The run's weights, one per method (0 for a method without a declared weight), renormalised over the methods the run has. */
export function feeIndexWeights(methods: readonly MethodSpec[]): Float64Array {
  const w = Float64Array.from(methods.map((m) => FEE_INDEX_WEIGHTS[methodKey(m)] ?? 0));
  const total = w.reduce((s, x) => s + x, 0);
  if (total > 0) for (let g = 0; g < w.length; g++) w[g] /= total;
  else w.fill(methods.length ? 1 / methods.length : 0);
  return w;
}
