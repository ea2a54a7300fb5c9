/**
 * Phase 2 — aspiration and capability, for everyone not travelling. Each person's insecurity
 * index is their exposure to each of the seven dimensions times the regional level, weighted
 * (fear-related dimensions weigh most), plus ties abroad. A logistic curve turns it into a monthly
 * hazard of deciding to leave. Instead of a draw per person per month, each person carries an
 * exponential threshold and the hazard accumulates until it crosses it — the same distribution of
 * decision times, one draw per decision. Capability is what they can spend: savings, eroded by
 * economic insecurity, raised by matured development and by help from ties abroad.
 *
 * The same pass runs the regular queue (served places, patience running out), the trapped (who
 * save and may give up the idea).
 */
import type { Calibration } from '../params/calibration';
import type { Agents } from '../population/schema';
import { State } from '../population/schema';
import { exponential, type Stream } from '../rng';
import { chooseChannel, enterState, type ChoiceContext } from './choice';
import type { MonthCounters } from './counters';

export interface PeopleContext {
  readonly choice: ChoiceContext;
  /** weight × regional level per dimension (7). */
  readonly coef: Float64Array;
  /** Same for the fear-related dimensions only, normalised to give urgency in ~[0, 1]. */
  readonly fearCoef: Float64Array;
  /** Hazard lookup: index → monthly hazard. */
  readonly hazardTable: Float64Array;
  readonly hazardTableScale: number;
  readonly returnedHazard: number;
  readonly giveUpHazard: number;
  /** Multiplier on savings from matured development. */
  readonly incomeFactor: number;
  /** Economic insecurity regional level, for the capability loss. */
  readonly economicLevel: number;
  readonly cheapestFeeUsd: number;
  readonly processingMonths: number;
  /** Chance that a queued person past processing time gets a place this month. */
  readonly serveChance: number;
  readonly aspiration: Stream;
  readonly choiceRng: Stream;
  readonly queueRng: Stream;
}

/** Months a trapped person keeps the wish to leave, on average, before giving it up. */
export const TRAPPED_MEAN_MONTHS = 24;

export function budgetOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration): number {
  const econ = Math.min(1, ctx.economicLevel * a.exposure0[i]);
  return a.savingsUsd[i] * ctx.incomeFactor * (1 - cal.economicCapabilityLoss * econ) + a.ties[i] * cal.diasporaSupportUsd;
}

export function runPeople(a: Agents, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  const n = a.count;
  const { state, hazardSum, hazardThreshold, monthsInState } = a;
  const e0 = a.exposure0, e1 = a.exposure1, e2 = a.exposure2, e3 = a.exposure3;
  const e4 = a.exposure4, e5 = a.exposure5, e6 = a.exposure6;
  const k = ctx.coef;
  const k0 = k[0], k1 = k[1], k2 = k[2], k3 = k[3], k4 = k[4], k5 = k[5], k6 = k[6];
  const tiesW = cal.aspirationTiesWeight;
  const table = ctx.hazardTable;
  const scale = ctx.hazardTableScale;
  const last = table.length - 1;
  const ties = a.ties;
  for (let i = 0; i < n; i++) {
    const s = state[i];
    if (s === State.Home || s === State.Returned) {
      const index = k0 * e0[i] + k1 * e1[i] + k2 * e2[i] + k3 * e3[i] + k4 * e4[i] + k5 * e5[i] + k6 * e6[i] + tiesW * ties[i];
      let slot = (index * scale) | 0;
      if (slot > last) slot = last;
      let h = table[slot];
      if (s === State.Returned && ctx.returnedHazard > h) h = ctx.returnedHazard;
      const sum = hazardSum[i] + h;
      if (sum < hazardThreshold[i]) {
        hazardSum[i] = sum;
        continue;
      }
      hazardSum[i] = 0;
      hazardThreshold[i] = exponential(ctx.aspiration);
      c.decisions++;
      decide(a, i, true, ctx, cal, c);
    } else if (s === State.Trapped) {
      a.savingsUsd[i] += cal.savingsPerMonthUsd;
      const sum = hazardSum[i] + ctx.giveUpHazard;
      if (sum >= hazardThreshold[i]) {
        hazardSum[i] = 0;
        hazardThreshold[i] = exponential(ctx.aspiration);
        enterState(a, i, State.Home);
        continue;
      }
      hazardSum[i] = sum;
      if (budgetOf(a, i, ctx, cal) >= ctx.cheapestFeeUsd) decide(a, i, true, ctx, cal, c);
    } else if (s === State.WaitingRegular) {
      const m = monthsInState[i] + 1;
      monthsInState[i] = m;
      c.queueLength++;
      if (m >= ctx.processingMonths) {
        c.queueReady++;
        if (ctx.queueRng() < ctx.serveChance) {
          enterState(a, i, State.ArrivedRegular);
          c.regularArrivals++;
          continue;
        }
      }
      if (m > a.patienceMonths[i]) decide(a, i, false, ctx, cal, c);
    }
  }
}

function decide(a: Agents, i: number, allowRegular: boolean, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  const k = ctx.fearCoef;
  const urgency = k[4] * a.exposure4[i] + k[5] * a.exposure5[i] + k[6] * a.exposure6[i];
  chooseChannel(a, i, budgetOf(a, i, ctx, cal), urgency, allowRegular, ctx.choice, ctx.choiceRng, c);
}
