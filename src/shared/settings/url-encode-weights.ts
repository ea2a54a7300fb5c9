/**
 * Writing index weights into a link (`index.<term>=W`, only those that differ from the
 * scenario's); url-weights.ts reads them back. Apart from the decoder so that writing the
 * address does not load zod.
 */
import { termWeight, WEIGHT_KEY_PREFIX, WEIGHT_TERMS } from '../../../scenarios/index-weights';
import type { IndexWeights } from '../../../models/index';

export const weightKey = (term: string) => `${WEIGHT_KEY_PREFIX}${term}`;

/** Writes the weights that differ from the scenario's into the query. */
export function encodeWeights(params: URLSearchParams, weights: IndexWeights, base: IndexWeights): void {
  for (const term of WEIGHT_TERMS) {
    const w = termWeight(weights, term);
    if (w !== termWeight(base, term)) params.set(weightKey(term), String(w));
  }
}
