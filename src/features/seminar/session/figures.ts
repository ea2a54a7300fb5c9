/**
 * Which of the model's outputs a seminar talks about, and how a round's figure of each is read.
 * A round's figure is per year for flows (so rounds of different lengths compare) and the average
 * over the round's months for everything else — the same rule as `roundValue` in engine.ts.
 */
import { OUTPUT_BY_KEY, type OutputKey, type OutputSpec } from '../../../../models/index';
import { formatOutput } from '../../../shared/format';
import { i18n } from '../../../shared/i18n/i18n';

/** Shown on the reveal screen for each round: this round, the previous one, business as usual. */
export const ROUND_FIGURES: readonly OutputKey[] = [
  'smugglingDemand',
  'irregularArrivals',
  'regularArrivals',
  'deathsMissing',
  'deathRatePerAttempt',
  'abuseIncidents',
  'meanFeeUsd',
  'smugglerRevenueUsd',
  'trappedPopulation',
  'humanSecurityIndex',
  'stateSecurityIndex',
];

/** The debrief's outputs for the effect of each decision (counterfactual runs cost one run per decision). */
export const EFFECT_OUTPUTS: readonly OutputKey[] = ['smugglingDemand', 'deathsMissing', 'irregularArrivals', 'humanSecurityIndex', 'stateSecurityIndex'];

/** What a team may predict before the reveal: figures a student can reason about in round units. */
export const PREDICTION_OUTPUTS: readonly OutputKey[] = [
  'irregularArrivals',
  'deathsMissing',
  'smugglingDemand',
  'regularArrivals',
  'abuseIncidents',
  'trappedPopulation',
  'humanSecurityIndex',
  'stateSecurityIndex',
];

export function outputSpec(key: string): OutputSpec {
  const spec = OUTPUT_BY_KEY.get(key);
  if (!spec) throw new Error(`unknown output "${key}"`);
  return spec;
}

/** An output's name in the interface language. */
export const outputLabel = (key: string): string => (OUTPUT_BY_KEY.has(key) ? i18n.t(`model:outputs.${key}.label`) : key);

/** The unit of a round's figure, in words: "people a year", "share of journeys", "index 0–100". */
export function roundUnit(key: string): string {
  const spec = outputSpec(key);
  const t = (k: string, values?: Record<string, unknown>) => i18n.t(`seminar:units.${k}`, values);
  switch (spec.kind) {
    case 'flow':
      return t(`perYear.${spec.unit.replace('/month', '')}`);
    case 'rate':
      return t('rate');
    case 'price':
      return t('price');
    case 'index':
      return t('index');
    case 'stock':
    case 'level':
    case 'term':
      return t('average', { unit: i18n.t(`model:outputs.${key}.unit`) });
  }
}

/** A round's figure as people read it. */
export function formatRoundValue(key: string, value: number): string {
  return formatOutput(outputSpec(key), value);
}

/** "85,000", "85000", "85 000" and "1.5e4" are all numbers; "" and "abc" are not. */
export function parsePredictionValue(text: string): number | null {
  const clean = text.replace(/[\s,_]/g, '');
  if (clean === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(clean)) return null;
  const v = Number(clean);
  return Number.isFinite(v) && v >= 0 ? v : null;
}
