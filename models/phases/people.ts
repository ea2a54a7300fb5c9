/**
 * Phase 2 — aspiration and capability, for everyone not travelling. Each person's insecurity
 * index is their exposure to each of the seven dimensions times the regional level, weighted
 * (fear-related dimensions weigh most), plus ties abroad. A logistic curve turns it into a monthly
 * hazard of deciding to leave. Instead of a draw per person per month, each person carries an
 * exponential threshold and the hazard accumulates until it crosses it — the same distribution of
 * decision times, one draw per decision. Because the hazard only changes when regional levels
 * move, the month the threshold is crossed is computed in advance and the person is skipped until
 * then, filed on a calendar under that month (and refiled whenever the hazards are refreshed).
 * Capability is what they can spend: savings, eroded by economic insecurity, raised by matured
 * development and by help from ties abroad, and — under acute fear — by borrowing.
 *
 * The same pass runs the regular queue (served places, patience running out) and the trapped
 * (who save and may give up the idea).
 */
import type { Calibration } from '../params/calibration';
import type { Agents } from '../population/schema';
import { NEVER, State, UNSCHEDULED } from '../population/schema';
import { visit, type DecisionCalendar } from '../population/lists';
import { ensurePersonal } from '../population/init';
import { draw, exponentialOf } from '../rng';
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
  /** Random keys of the decision threshold and of service in the queue. */
  readonly aspirationKey: number;
  readonly queueKey: number;
  /** Random key of the population, for people's own attributes drawn at their first decision. */
  readonly populationKey: number;
}

/** How often a trapped person reviews whether a journey has become affordable, in months. */
export const TRAPPED_REVIEW_MONTHS = 4;

/** Months a trapped person keeps the wish to leave, on average, before giving it up. */
export const TRAPPED_MEAN_MONTHS = 24;

export function budgetOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration, urgency = urgencyOf(a, i, ctx)): number {
  const econ = Math.min(1, ctx.economicLevel * a.exposure0[i]);
  // People in fear for their lives sell what they have and borrow (often from the smugglers).
  const borrowing = cal.urgentBorrowingUsd * Math.min(1, urgency);
  return a.savingsUsd[i] * ctx.incomeFactor * (1 - cal.economicCapabilityLoss * econ) + a.ties[i] * cal.diasporaSupportUsd + borrowing;
}

/** Effective monthly hazard for someone at home: returned people also carry the re-attempt hazard. */
function effectiveHazard(base: number, state: number, returnedHazard: number): number {
  return state === State.Returned && returnedHazard > base ? returnedHazard : base;
}

/** Month in which a threshold accumulated from month `from` (inclusive) is reached at hazard h. */
function dueMonth(from: number, threshold: number, h: number): number {
  if (!(h > 0)) return NEVER;
  const m = from - 1 + Math.max(1, Math.ceil(threshold / h));
  return m < UNSCHEDULED ? m : NEVER;
}

/**
 * Recompute every person's monthly hazard of deciding to leave from the current regional levels,
 * move the decision month of everyone at home to match, and refile the calendar. Called before
 * the people pass of month t, only when the levels have moved by more than the hazard table's
 * resolution. Thresholds carry over exactly: what was accumulated at the old hazard in months
 * before t is subtracted, and the rest is accumulated at the new hazard from month t.
 */
export function refreshHazards(
  a: Agents,
  calendar: DecisionCalendar,
  t: number,
  coef: Float64Array,
  table: Float64Array,
  tableScale: number,
  tiesWeight: number,
  returnedHazard: number,
): void {
  const n = a.count;
  const e0 = a.exposure0, e1 = a.exposure1, e2 = a.exposure2, e3 = a.exposure3;
  const e4 = a.exposure4, e5 = a.exposure5, e6 = a.exposure6;
  const k0 = coef[0], k1 = coef[1], k2 = coef[2], k3 = coef[3], k4 = coef[4], k5 = coef[5], k6 = coef[6];
  const { ties, hazard, state, decisionMonth, hazardThreshold, scheduledFrom } = a;
  const last = table.length - 1;
  const HOME = State.Home, RETURNED = State.Returned;
  calendar.clear();
  for (let i = 0; i < n; i++) {
    const index = k0 * e0[i] + k1 * e1[i] + k2 * e2[i] + k3 * e3[i] + k4 * e4[i] + k5 * e5[i] + k6 * e6[i] + tiesWeight * ties[i];
    const slot = (index * tableScale) | 0;
    const newHazard = table[slot > last ? last : slot];
    const s = state[i];
    if ((s === HOME || s === RETURNED) && decisionMonth[i] !== UNSCHEDULED) {
      const oldH = effectiveHazard(hazard[i], s, returnedHazard);
      const remaining = Math.max(0, hazardThreshold[i] - oldH * (t - scheduledFrom[i]));
      hazardThreshold[i] = remaining;
      scheduledFrom[i] = t;
      decisionMonth[i] = dueMonth(t, remaining, effectiveHazard(newHazard, s, returnedHazard));
      calendar.add(i, decisionMonth[i]);
    }
    hazard[i] = newHazard;
  }
}

/**
 * The people pass of month t, in four steps, each visiting only the people it concerns:
 * 1. people who have just come home get their next decision scheduled on the calendar;
 * 2. the trapped save, may give up, and now and then check what they can afford;
 * 3. the regular queue is served and impatient people leave it;
 * 4. people whose decision falls due this month decide whether and how to leave.
 * People who change state in one step are handled by the others from next month.
 */
export function runPeople(a: Agents, calendar: DecisionCalendar, t: number, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  const { state, hazard, hazardSum, hazardThreshold, monthsInState, decisionMonth, scheduledFrom } = a;
  const returnedHazard = ctx.returnedHazard;
  const HOME = State.Home, RETURNED = State.Returned;
  const dueNow: number[] = [];

  // 1. Schedule the next decision of everyone who came home, accumulating from this month.
  const fresh = a.unscheduled;
  for (let k = 0; k < fresh.count; k++) {
    const i = fresh.items[k];
    const s = state[i];
    if ((s !== HOME && s !== RETURNED) || decisionMonth[i] !== UNSCHEDULED) continue;
    const threshold = exponentialOf(draw(ctx.aspirationKey, i, t));
    hazardThreshold[i] = threshold;
    scheduledFrom[i] = t;
    const due = dueMonth(t, threshold, effectiveHazard(hazard[i], s, returnedHazard));
    decisionMonth[i] = due;
    if (due === t) dueNow.push(i);
    else calendar.add(i, due);
  }
  fresh.count = 0;

  // 2. The trapped.
  visit(a.trapped, state, State.Trapped, (i) => {
    a.savingsUsd[i] += cal.savingsPerMonthUsd;
    const sum = hazardSum[i] + ctx.giveUpHazard;
    if (sum >= hazardThreshold[i]) {
      enterState(a, i, State.Home);
      return;
    }
    hazardSum[i] = sum;
    // Each reviews their options every few months, on their own cycle, rather than all at once
    // the month a fee dips: a route they can now afford, or a regular pathway newly open to them.
    if ((i + t) % TRAPPED_REVIEW_MONTHS !== 0) return;
    const budget = budgetOf(a, i, ctx, cal);
    const eligible = a.eligibilityRank[i] < ctx.choice.eligibleShare && budget >= cal.regularCostUsd;
    if (budget >= ctx.cheapestFeeUsd || eligible) decide(a, i, true, ctx, cal, c);
  });

  // 3. The regular queue.
  visit(a.queue, state, State.WaitingRegular, (i) => {
    const m = monthsInState[i] + 1;
    monthsInState[i] = m;
    c.queueLength++;
    if (m >= ctx.processingMonths) {
      c.queueReady++;
      if (draw(ctx.queueKey, i, t) < ctx.serveChance) {
        a.savingsUsd[i] = Math.max(0, a.savingsUsd[i] - cal.regularCostUsd);
        enterState(a, i, State.ArrivedRegular);
        c.regularArrivals++;
        return;
      }
    }
    if (m > patienceOf(a, i, ctx, cal)) decide(a, i, false, ctx, cal, c);
  });

  // 4. Decisions falling due: those scheduled for this month just now, then the calendar's.
  const decideIfDue = (i: number) => {
    const s = state[i];
    if ((s !== HOME && s !== RETURNED) || decisionMonth[i] !== t) return; // stale entry
    c.decisions++;
    decide(a, i, true, ctx, cal, c);
  };
  // (An indexed loop: the list is usually empty, and an iterator over it left the optimised code
  // without type feedback for the months it is not, so V8 threw that code away again and again.)
  for (let k = 0; k < dueNow.length; k++) decideIfDue(dueNow[k]);
  calendar.forEachDue(t, decideIfDue);
}

/** Urgency: the person's fear-related insecurity (personal, community, political), about 0–1. */
function urgencyOf(a: Agents, i: number, ctx: PeopleContext): number {
  const k = ctx.fearCoef;
  return k[4] * a.exposure4[i] + k[5] * a.exposure5[i] + k[6] * a.exposure6[i];
}

/** Acute fear shortens patience in the regular queue. */
function patienceOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration, urgency = urgencyOf(a, i, ctx)): number {
  return a.patienceMonths[i] * (1 - cal.fearPatienceCut * Math.min(1, urgency));
}

function decide(a: Agents, i: number, allowRegular: boolean, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  // Savings, eligibility, knowledge and patience are read from here on: draw them if not yet drawn.
  ensurePersonal(a, i, ctx.populationKey, cal);
  // (Urgency once: budget, patience and the choice all depend on it.)
  const urgency = urgencyOf(a, i, ctx);
  chooseChannel(a, i, budgetOf(a, i, ctx, cal, urgency), urgency, patienceOf(a, i, ctx, cal, urgency), allowRegular, ctx.choice, c);
}
