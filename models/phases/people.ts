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
  /** Same for the fear-related dimensions only, normalised to give urgency in ~[0, 1]. */
  readonly fearCoef: Float64Array;
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

// State codes as plain constants: the hot loop compares numbers, not object properties.
const HOME = State.Home;
const RETURNED = State.Returned;
const TRAPPED = State.Trapped;
const WAITING = State.WaitingRegular;

/** Months a trapped person keeps the wish to leave, on average, before giving it up. */
export const TRAPPED_MEAN_MONTHS = 24;

export function budgetOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration): number {
  const econ = Math.min(1, ctx.economicLevel * a.exposure0[i]);
  return a.savingsUsd[i] * ctx.incomeFactor * (1 - cal.economicCapabilityLoss * econ) + a.ties[i] * cal.diasporaSupportUsd;
}

/**
 * Recompute every person's monthly hazard of deciding to leave from the current regional levels.
 * Called only when the levels have moved by more than the table's resolution, so a steady context
 * costs one pass, not one per month.
 */
export function refreshHazards(a: Agents, coef: Float64Array, table: Float64Array, tableScale: number, tiesWeight: number): void {
  const n = a.count;
  const e0 = a.exposure0, e1 = a.exposure1, e2 = a.exposure2, e3 = a.exposure3;
  const e4 = a.exposure4, e5 = a.exposure5, e6 = a.exposure6;
  const k0 = coef[0], k1 = coef[1], k2 = coef[2], k3 = coef[3], k4 = coef[4], k5 = coef[5], k6 = coef[6];
  const { ties, hazard } = a;
  const last = table.length - 1;
  for (let i = 0; i < n; i++) {
    const index = k0 * e0[i] + k1 * e1[i] + k2 * e2[i] + k3 * e3[i] + k4 * e4[i] + k5 * e5[i] + k6 * e6[i] + tiesWeight * ties[i];
    const slot = (index * tableScale) | 0;
    hazard[i] = table[slot > last ? last : slot];
  }
}

export function runPeople(a: Agents, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  const n = a.count;
  const { state, hazard, hazardSum, hazardThreshold, monthsInState } = a;
  const returnedHazard = ctx.returnedHazard;
  for (let i = 0; i < n; i++) {
    const s = state[i];
    if (s === HOME || s === RETURNED) {
      let h = hazard[i];
      if (s === RETURNED && returnedHazard > h) h = returnedHazard;
      const sum = hazardSum[i] + h;
      if (sum < hazardThreshold[i]) {
        hazardSum[i] = sum;
        continue;
      }
      hazardSum[i] = 0;
      hazardThreshold[i] = exponential(ctx.aspiration);
      c.decisions++;
      decide(a, i, true, ctx, cal, c);
    } else if (s === TRAPPED) {
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
    } else if (s === WAITING) {
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
      if (m > patienceOf(a, i, ctx, cal)) decide(a, i, false, ctx, cal, c);
    }
  }
}

/** Urgency: the person's fear-related insecurity (personal, community, political), about 0–1. */
function urgencyOf(a: Agents, i: number, ctx: PeopleContext): number {
  const k = ctx.fearCoef;
  return k[4] * a.exposure4[i] + k[5] * a.exposure5[i] + k[6] * a.exposure6[i];
}

/** Acute fear shortens patience in the regular queue. */
function patienceOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration): number {
  return a.patienceMonths[i] * (1 - cal.fearPatienceCut * Math.min(1, urgencyOf(a, i, ctx)));
}

function decide(a: Agents, i: number, allowRegular: boolean, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  chooseChannel(a, i, budgetOf(a, i, ctx, cal), urgencyOf(a, i, ctx), patienceOf(a, i, ctx, cal), allowRegular, ctx.choice, ctx.choiceRng, c);
}
