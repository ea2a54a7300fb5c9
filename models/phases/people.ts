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
import { Code, CODE_STRIDE, NEVER, State, Trait, TRAIT_STRIDE, UNSCHEDULED } from '../population/schema';
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
  const t = a.traits;
  const at = i * TRAIT_STRIDE;
  const econ = Math.min(1, ctx.economicLevel * t[at + Trait.Exposure0]);
  // People in fear for their lives sell what they have and borrow (often from the smugglers).
  const borrowing = cal.urgentBorrowingUsd * Math.min(1, urgency);
  return t[at + Trait.Savings] * ctx.incomeFactor * (1 - cal.economicCapabilityLoss * econ) + t[at + Trait.Ties] * cal.diasporaSupportUsd + borrowing;
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
  const k0 = coef[0], k1 = coef[1], k2 = coef[2], k3 = coef[3], k4 = coef[4], k5 = coef[5], k6 = coef[6];
  const { traits, codes } = a;
  const last = table.length - 1;
  const HOME = State.Home, RETURNED = State.Returned;
  calendar.clear();
  for (let i = 0; i < n; i++) {
    const at = i * TRAIT_STRIDE;
    const index =
      k0 * traits[at] + k1 * traits[at + 1] + k2 * traits[at + 2] + k3 * traits[at + 3] + k4 * traits[at + 4] + k5 * traits[at + 5] + k6 * traits[at + 6] + tiesWeight * traits[at + Trait.Ties];
    const slot = (index * tableScale) | 0;
    const newHazard = table[slot > last ? last : slot];
    const ci = i * CODE_STRIDE;
    const s = codes[ci + Code.State];
    if ((s === HOME || s === RETURNED) && codes[ci + Code.DecisionMonth] !== UNSCHEDULED) {
      const oldH = effectiveHazard(traits[at + Trait.Hazard], s, returnedHazard);
      const remaining = Math.max(0, traits[at + Trait.HazardThreshold] - oldH * (t - codes[ci + Code.ScheduledFrom]));
      traits[at + Trait.HazardThreshold] = remaining;
      codes[ci + Code.ScheduledFrom] = t;
      codes[ci + Code.DecisionMonth] = dueMonth(t, remaining, effectiveHazard(newHazard, s, returnedHazard));
      calendar.add(i, codes[ci + Code.DecisionMonth]);
    }
    traits[at + Trait.Hazard] = newHazard;
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
  const { codes, traits } = a;
  const returnedHazard = ctx.returnedHazard;
  const HOME = State.Home, RETURNED = State.Returned;
  const dueNow: number[] = [];

  // 1. Schedule the next decision of everyone who came home, accumulating from this month.
  const fresh = a.unscheduled;
  for (let k = 0; k < fresh.count; k++) {
    const i = fresh.items[k];
    const ci = i * CODE_STRIDE;
    const s = codes[ci + Code.State];
    if ((s !== HOME && s !== RETURNED) || codes[ci + Code.DecisionMonth] !== UNSCHEDULED) continue;
    const at = i * TRAIT_STRIDE;
    const threshold = exponentialOf(draw(ctx.aspirationKey, i, t));
    traits[at + Trait.HazardThreshold] = threshold;
    codes[ci + Code.ScheduledFrom] = t;
    const due = dueMonth(t, threshold, effectiveHazard(traits[at + Trait.Hazard], s, returnedHazard));
    codes[ci + Code.DecisionMonth] = due;
    if (due === t) dueNow.push(i);
    else calendar.add(i, due);
  }
  fresh.count = 0;

  // 2. The trapped.
  visit(a.trapped, codes, State.Trapped, (i) => {
    const at = i * TRAIT_STRIDE;
    traits[at + Trait.Savings] += cal.savingsPerMonthUsd;
    const sum = traits[at + Trait.HazardSum] + ctx.giveUpHazard;
    if (sum >= traits[at + Trait.HazardThreshold]) {
      enterState(a, i, State.Home);
      return;
    }
    traits[at + Trait.HazardSum] = sum;
    // Each reviews their options every few months, on their own cycle, rather than all at once
    // the month a fee dips: a route they can now afford, or a regular pathway newly open to them.
    if ((i + t) % TRAPPED_REVIEW_MONTHS !== 0) return;
    const budget = budgetOf(a, i, ctx, cal);
    const eligible = traits[at + Trait.EligibilityRank] < ctx.choice.eligibleShare && budget >= cal.regularCostUsd;
    if (budget >= ctx.cheapestFeeUsd || eligible) decide(a, i, true, ctx, cal, c);
  });

  // 3. The regular queue.
  visit(a.queue, codes, State.WaitingRegular, (i) => {
    const m = codes[i * CODE_STRIDE + Code.MonthsInState] + 1;
    codes[i * CODE_STRIDE + Code.MonthsInState] = m;
    c.queueLength++;
    if (m >= ctx.processingMonths) {
      c.queueReady++;
      if (draw(ctx.queueKey, i, t) < ctx.serveChance) {
        const at = i * TRAIT_STRIDE;
        traits[at + Trait.Savings] = Math.max(0, traits[at + Trait.Savings] - cal.regularCostUsd);
        enterState(a, i, State.ArrivedRegular);
        c.regularArrivals++;
        return;
      }
    }
    if (m > patienceOf(a, i, ctx, cal)) decide(a, i, false, ctx, cal, c);
  });

  // 4. Decisions falling due: those scheduled for this month just now, then the calendar's.
  const decideIfDue = (i: number) => {
    const ci = i * CODE_STRIDE;
    const s = codes[ci + Code.State];
    if ((s !== HOME && s !== RETURNED) || codes[ci + Code.DecisionMonth] !== t) return; // stale entry
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
  const at = i * TRAIT_STRIDE;
  return k[4] * a.traits[at + Trait.Exposure4] + k[5] * a.traits[at + Trait.Exposure5] + k[6] * a.traits[at + Trait.Exposure6];
}

/** Acute fear shortens patience in the regular queue. */
function patienceOf(a: Agents, i: number, ctx: PeopleContext, cal: Calibration, urgency = urgencyOf(a, i, ctx)): number {
  return a.traits[i * TRAIT_STRIDE + Trait.Patience] * (1 - cal.fearPatienceCut * Math.min(1, urgency));
}

function decide(a: Agents, i: number, allowRegular: boolean, ctx: PeopleContext, cal: Calibration, c: MonthCounters): void {
  // Savings, eligibility, knowledge and patience are read from here on: draw them if not yet drawn.
  ensurePersonal(a, i, ctx.populationKey, cal);
  // (Urgency once: budget, patience and the choice all depend on it.)
  const urgency = urgencyOf(a, i, ctx);
  chooseChannel(a, i, budgetOf(a, i, ctx, cal, urgency), urgency, patienceOf(a, i, ctx, cal, urgency), allowRegular, ctx.choice, c);
}
