/**
 * Initialisation: draws every person's attributes from the `population` stream. Nothing here
 * depends on levers, so two policy mixes run with the same seed start from the same people.
 */
import type { Calibration } from '../params/calibration';
import { exponential, normal, type Stream } from '../rng';
import { allocateAgents, EXPOSURE_COLUMNS, State, type Agents } from './schema';

export function initialiseAgents(count: number, cal: Calibration, rng: Stream): Agents {
  const a = allocateAgents(count);
  const spread = cal.exposureSpread;
  for (let i = 0; i < count; i++) {
    a.state[i] = State.Home;
    for (const col of EXPOSURE_COLUMNS) a[col][i] = 1 - spread + 2 * spread * rng();
    a.savingsUsd[i] = cal.resourcesMedianUsd * Math.exp(cal.resourcesLogSd * normal(rng));
    // Ties abroad: a share has them, with a strength spread over (0, 1].
    a.ties[i] = rng() < cal.tiesAbroadShare ? 0.2 + 0.8 * rng() : 0;
    a.eligibilityRank[i] = rng();
    // Knowledge of real risk: low on average, better with ties abroad.
    a.riskKnowledge[i] = Math.min(1, 0.6 * rng() * rng() + 0.4 * a.ties[i] * rng());
    a.patienceMonths[i] = cal.regularPatienceMonths * (0.5 + rng());
    a.hazardThreshold[i] = exponential(rng);
  }
  return a;
}
