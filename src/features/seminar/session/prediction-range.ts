/**
 * What a prediction may be: each output's plausible range in a round's units, declared once from
 * the output's kind and unit, and the grid of values a short decision code can carry.
 *
 * A count of people (or incidents) in a round — per year for flows, on average for stocks —
 * cannot exceed the largest population the model can represent (the calibration's upper bound
 * on "People represented"), so a prediction of 1e300 is refused rather than recorded. Indices
 * run up to 100 (below 0 only far past their references), terms up to 1000 × their reference, rates and 0–1 levels 0–1, prices up to a fee no smuggler has ever asked.
 */
import { CALIBRATION, OUTPUT_BY_KEY, type OutputSpec } from '../../../../models/index';

export interface PredictionRange {
  readonly min: number;
  readonly max: number;
}

/** Largest fee, in USD, worth predicting: several times the dearest route's base fee (models/routes.ts), which scarcity can multiply. */
const MAX_PLAUSIBLE_PRICE_USD = 100_000;

export function rangeOfSpec(spec: OutputSpec): PredictionRange {
  switch (spec.kind) {
    case 'index':
      // Never above 100 ("no harm"); its terms are uncapped, so a mix far worse than the
      // references can score below 0 (a prediction of -1000 or less is not plausible).
      return { min: -1000, max: 100 };
    case 'term':
      // A harm as a multiple of its reference value: more than a thousand times is not plausible.
      return { min: 0, max: 1000 };
    case 'rate':
      return { min: 0, max: 1 };
    case 'price':
      return { min: 0, max: MAX_PLAUSIBLE_PRICE_USD };
    case 'level':
      return spec.unit.includes('0–1') ? { min: 0, max: 1 } : { min: 0, max: CALIBRATION.populationPeople.max };
    case 'flow':
      // Money flows scale with fees: a year of every represented person paying the largest fee.
      return { min: 0, max: spec.unit.startsWith('USD') ? CALIBRATION.populationPeople.max * MAX_PLAUSIBLE_PRICE_USD : CALIBRATION.populationPeople.max };
    case 'stock':
      return { min: 0, max: CALIBRATION.populationPeople.max };
  }
}

/** The plausible range of an output's round figure, or null for an output the model does not have. */
export function predictionRange(output: string): PredictionRange | null {
  const spec = OUTPUT_BY_KEY.get(output);
  return spec ? rangeOfSpec(spec) : null;
}

export function withinRange(output: string, value: number): boolean {
  const range = predictionRange(output);
  return range !== null && Number.isFinite(value) && value >= range.min && value <= range.max;
}

/**
 * The values a short code carries: 0, and every number with three significant digits from 0.01
 * to 999,000,000 (m × 10^e with m in 100–999 and e in −4…6). A prediction off this grid (four
 * significant digits, say) still travels, in a long code.
 */
const MANTISSAS = 900;
const MIN_EXPONENT = -4;
const EXPONENTS = 11;
export const PREDICTION_GRID_SIZE = 1 + MANTISSAS * EXPONENTS;

/** The value's place on the grid, or null if it is not on it. */
export function predictionGridIndex(value: number): number | null {
  if (value === 0) return 0;
  if (!(value > 0) || !Number.isFinite(value)) return null;
  for (let e = 0; e < EXPONENTS; e++) {
    const m = Math.round(value / 10 ** (e + MIN_EXPONENT));
    if (m >= 100 && m <= 999 && gridValue(1 + e * MANTISSAS + (m - 100)) === value) return 1 + e * MANTISSAS + (m - 100);
  }
  return null;
}

/** The value at a place on the grid (computed the same way in every browser: a decimal string read back). */
export function gridValue(index: number): number {
  if (index === 0) return 0;
  const e = Math.floor((index - 1) / MANTISSAS) + MIN_EXPONENT;
  const m = ((index - 1) % MANTISSAS) + 100;
  return Number(`${m}e${e}`);
}
