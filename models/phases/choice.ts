/**
 * Phase 3 — channel choice, for a person who has decided to leave. If they are eligible for a
 * regular pathway and the expected wait fits their patience, they join the queue. Otherwise they
 * weigh each way of crossing they can afford — a route and a method on it, since a seat on a
 * safer boat has its own price — against waiting at home, in a multinomial logit on the fee (as a
 * share of what they have), *perceived* death risk, perceived chance of being stopped and travel
 * time; fear-related insecurity (urgency) makes waiting less attractive and risk matter less.
 * Someone who can afford nothing and is not eligible is trapped.
 */
import type { Calibration } from '../params/calibration';
import type { Agents } from '../population/schema';
import { State, UNSCHEDULED } from '../population/schema';
import { push } from '../population/lists';
import { draw, drawOf, exponentialOf, hashBase } from '../rng';
import type { MonthCounters } from './counters';
import { exp } from '../portable-math';

export interface ChoiceContext {
  readonly cal: Calibration;
  readonly eligibleShare: number;
  readonly expectedWaitMonths: number;
  /** Per crossing method (route and method): the posted fee. */
  readonly fees: Float64Array;
  /** Death risk per journey an informed person expects (community memory), per method. */
  readonly knownDeath: Float64Array;
  /** Death risk an uninformed person expects, per method. */
  readonly naiveDeath: Float64Array;
  readonly knownInterception: Float64Array;
  /** Months to the crossing of each method's route. */
  readonly transitMonths: Float64Array;
  /** Route index of each method. */
  readonly methodRoute: Uint8Array;
  /** Extra knowledge from information campaigns, 0–1. */
  readonly campaigns: number;
  /** Scratch space for the logit, one slot per method plus one for waiting. */
  readonly scratch: Float64Array;
  /** Random keys of the choice and of the threshold of giving up, and the month (internal clock) they are drawn for. */
  readonly choiceKey: number;
  readonly trappedKey: number;
  readonly month: number;
}

/** Per-month utility of travel time (a month on the road is costly). */
const UTILITY_PER_TRANSIT_MONTH = 0.05;
/** At the highest urgency, perceived risk weighs this much less (people fleeing accept danger). */
const URGENCY_RISK_DISCOUNT = 0.6;

export function chooseChannel(
  a: Agents,
  i: number,
  budgetUsd: number,
  urgency: number,
  patienceMonths: number,
  allowRegular: boolean,
  ctx: ChoiceContext,
  counters: MonthCounters,
): void {
  const cal = ctx.cal;
  const eligible = allowRegular && a.eligibilityRank[i] < ctx.eligibleShare && budgetUsd >= cal.regularCostUsd;
  if (eligible && ctx.expectedWaitMonths <= patienceMonths) {
    enterState(a, i, State.WaitingRegular);
    return;
  }
  const options = ctx.fees.length;
  const knowledge = a.riskKnowledge[i] + (1 - a.riskKnowledge[i]) * ctx.campaigns;
  const riskWeight = cal.choiceRiskWeight * Math.max(0, 1 - URGENCY_RISK_DISCOUNT * urgency);
  let affordable = 0;
  for (let g = 0; g < options; g++) {
    const fee = ctx.fees[g];
    if (fee > budgetUsd) {
      ctx.scratch[g] = 0;
      continue;
    }
    affordable++;
    const death = knowledge * ctx.knownDeath[g] + (1 - knowledge) * ctx.naiveDeath[g];
    const stopped = ctx.knownInterception[g];
    const v =
      -cal.choiceFeeWeight * (fee / budgetUsd) -
      riskWeight * death * 100 -
      cal.choiceInterceptionWeight * stopped -
      UTILITY_PER_TRANSIT_MONTH * ctx.transitMonths[g];
    const w = exp(v);
    ctx.scratch[g] = w;
  }
  if (affordable === 0) {
    if (eligible) enterState(a, i, State.WaitingRegular);
    else enterTrapped(a, i, ctx.trappedKey, ctx.month);
    return;
  }
  const waitWeight = exp(cal.choiceWaitUtility - cal.choiceUrgencyWeight * urgency);
  // An exponential race: each option draws its own number, keyed to (person, month, option), and
  // the smallest number over weight wins — exactly the logit's probabilities (weight ÷ total). A
  // policy that changes some options' weights moves people only to or from those options; one
  // number read against the running sum of weights (as before model 2.4.1) moved people between
  // options the policy did not touch, whenever an option listed before them changed weight.
  const base = hashBase(ctx.choiceKey, i, ctx.month);
  let best = exponentialOf(drawOf(base, options)) / waitWeight;
  let chosen = -1;
  for (let g = 0; g < options; g++) {
    const w = ctx.scratch[g];
    if (!(w > 0)) continue;
    const time = exponentialOf(drawOf(base, g)) / w;
    if (time < best) {
      best = time;
      chosen = g;
    }
  }
  if (chosen >= 0) {
    hireSmuggler(a, i, ctx.methodRoute[chosen], chosen, ctx.fees[chosen], counters);
    return;
  }
  // Chose to wait: back home (or back in the queue), with a new decision scheduled next month.
  if (eligible) enterState(a, i, State.WaitingRegular);
  else enterState(a, i, a.state[i] === State.Returned ? State.Returned : State.Home);
}

export function enterState(a: Agents, i: number, s: number): void {
  const old = a.state[i];
  a.stateCounts[old]--;
  a.stateCounts[s]++;
  a.state[i] = s;
  a.monthsInState[i] = 0;
  // File the person on the list of the phase that will look after them next.
  if (s === State.Home || s === State.Returned) {
    a.decisionMonth[i] = UNSCHEDULED;
    push(a.unscheduled, i);
  } else if (s === State.Trapped) {
    if (old !== State.Trapped) push(a.trapped, i);
  } else if (s === State.WaitingRegular) {
    if (old !== State.WaitingRegular) push(a.queue, i);
  } else if ((s === State.InTransit || s === State.Stranded) && old !== State.InTransit && old !== State.Stranded) {
    push(a.travellers, i);
  } else if (s === State.ArrivedRegular || s === State.ArrivedIrregular || s === State.DeadMissing || s === State.MovedOn) {
    push(a.leavers, i);
  }
}

export function enterTrapped(a: Agents, i: number, key: number, month: number): void {
  enterState(a, i, State.Trapped);
  a.hazardSum[i] = 0;
  // The threshold of giving up the idea of leaving.
  a.hazardThreshold[i] = exponentialOf(draw(key, i, month));
}

/** Hire a smuggler for method g (global index) of route r. */
export function hireSmuggler(a: Agents, i: number, r: number, g: number, feeUsd: number, counters: MonthCounters): void {
  a.savingsUsd[i] = Math.max(0, a.savingsUsd[i] - feeUsd);
  a.route[i] = r;
  a.method[i] = g;
  a.detained[i] = 0;
  if (a.attempts[i] > 0) counters.repeatHires[g] += 1;
  if (a.attempts[i] < 255) a.attempts[i]++;
  counters.hires[g] += 1;
  counters.feesPaidUsd[g] += feeUsd;
  enterState(a, i, State.InTransit);
}
