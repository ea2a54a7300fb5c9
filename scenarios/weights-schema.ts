/**
 * How a written set of index weights is checked (zod): every term a number from 0 to WEIGHT_MAX,
 * no unknown term, and one positive weight per index. Kept apart from index-weights.ts, which
 * says what weights mean and is needed by the page's first screen, so that zod loads only where
 * something is decoded (a file, a link, a stored record).
 */
import { z } from 'zod';
import { hasPositive, HUMAN_TERMS, resolveWeights, STATE_TERMS, WEIGHT_MAX, WEIGHT_RANGE_TEXT } from './index-weights';

const weight = z.number({ error: `must be ${WEIGHT_RANGE_TEXT}` }).finite().min(0).max(WEIGHT_MAX);
const termsOf = <T extends string>(names: readonly T[]) => z.strictObject(Object.fromEntries(names.map((n) => [n, weight.optional()])) as Record<T, z.ZodOptional<typeof weight>>);

/** Weights as written in a file: either index may be left out, and any term within it. */
export const weightsSchema = z
  .strictObject({ human: termsOf(HUMAN_TERMS).optional(), state: termsOf(STATE_TERMS).optional() })
  .superRefine((w, ctx) => {
    const full = resolveWeights(w);
    for (const index of ['human', 'state'] as const) {
      if (!hasPositive(full[index])) ctx.addIssue({ code: 'custom', message: 'at least one term of the index must have a weight above 0', path: [index] });
    }
  });


export type WrittenWeights = z.infer<typeof weightsSchema>;
