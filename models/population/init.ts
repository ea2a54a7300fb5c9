/**
 * Initialisation: draws every person's attributes from the `population` stream. Nothing here
 * depends on levers, so two policy mixes run with the same seed start from the same people.
 */
import type { Calibration } from '../params/calibration';
import { normal, type Stream } from '../rng';
import { push } from './lists';
import { allocateAgents, EXPOSURE_COLUMNS, State, UNSCHEDULED, type Agents } from './schema';

/** Ties abroad, for those who have them, range from weak to strong. */
const WEAKEST_TIES = 0.2;
/** Most people know little of the real risk (a skewed draw); ties abroad add knowledge. */
const BASE_KNOWLEDGE_MAX = 0.6;
const TIES_KNOWLEDGE_MAX = 0.4;
/** Patience varies from half to one and a half times the mean. */
const PATIENCE_MIN_SHARE = 0.5;

export function initialiseAgents(count: number, cal: Calibration, rng: Stream): Agents {
  const a = allocateAgents(count);
  const spread = cal.exposureSpread;
  for (let i = 0; i < count; i++) {
    a.state[i] = State.Home;
    for (const col of EXPOSURE_COLUMNS) a[col][i] = 1 - spread + 2 * spread * rng();
    a.savingsUsd[i] = cal.resourcesMedianUsd * Math.exp(cal.resourcesLogSd * normal(rng));
    // Ties abroad: a share has them, with a strength spread over (0, 1].
    a.ties[i] = rng() < cal.tiesAbroadShare ? WEAKEST_TIES + (1 - WEAKEST_TIES) * rng() : 0;
    a.eligibilityRank[i] = rng();
    // Knowledge of real risk: low on average, better with ties abroad.
    a.riskKnowledge[i] = Math.min(1, BASE_KNOWLEDGE_MAX * rng() * rng() + TIES_KNOWLEDGE_MAX * a.ties[i] * rng());
    a.patienceMonths[i] = cal.regularPatienceMonths * (PATIENCE_MIN_SHARE + rng());
    a.decisionMonth[i] = UNSCHEDULED;
    push(a.unscheduled, i);
  }
  return a;
}
