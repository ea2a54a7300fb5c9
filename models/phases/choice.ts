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
import { Code, CODE_STRIDE, State, Trait, TRAIT_STRIDE, UNSCHEDULED } from '../population/schema';
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
  /** Scratch space for the logit: each method's utility (NaN when not affordable), plus one slot for waiting. */
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
/**
 * Relative margin of the race's skip test (raceLowerBound): the exact time (exp and log here are
 * accurate to a few units in the last place, about 1e-15) is certainly above the bound times
 * (1 − 1e-12), so an option whose bound exceeds the best time by this margin cannot win.
 */
const RACE_BOUND_MARGIN = 1e-9;

/**
 * A cheap lower bound on an option's time in the race, exponentialOf(u) ÷ exp(v), with no exp or
 * log: −ln(1 − u) ≥ u, and e^x ≥ (1 + x/8)^8 for x = −v ≥ −8 (0 otherwise, a bound that never
 * skips). It only lets the race skip options that could not have won, so who chooses what is
 * exactly as if every option's time were computed.
 */
function raceLowerBound(u: number, v: number): number {
  const x = -v;
  if (!(x >= -8)) return 0;
  const y = 1 + x / 8;
  const y2 = y * y;
  const y4 = y2 * y2;
  return u * (y4 * y4);
}

/** Per candidate of the race (each method, then waiting): its draw and its lower bound. */
let raceDraws = new Float64Array(16);
let raceBounds = new Float64Array(16);

/**
 * The winner of the exponential race among the affordable options (utilities in ctx.scratch, NaN
 * when not affordable) and waiting (utility `waitUtility`, slot `options`), given the person's
 * base hash: the method whose time exponentialOf(u) ÷ exp(utility) is smallest, or −1 for
 * waiting; equal times go to waiting, then to the lower method, and an option whose weight
 * exp(utility) is 0 never wins. Only candidates that could still win get their exp and log: the
 * one with the lowest bound (raceLowerBound) first, then the others in order while their bound
 * does not exceed the best time so far. The result is the same as computing every time.
 */
export function race(ctx: ChoiceContext, base: number, waitUtility: number): number {
  const options = ctx.fees.length;
  const utility = ctx.scratch;
  if (raceDraws.length <= options) {
    raceDraws = new Float64Array(2 * options + 2);
    raceBounds = new Float64Array(2 * options + 2);
  }
  const draws = raceDraws;
  const bounds = raceBounds;
  utility[options] = waitUtility;
  // Bounds of every candidate, and the one with the lowest (waiting on equal bounds).
  let first = options;
  draws[options] = drawOf(base, options);
  bounds[options] = raceLowerBound(draws[options], waitUtility);
  for (let g = 0; g < options; g++) {
    const v = utility[g];
    if (v !== v) continue; // not affordable (or no utility)
    const u = drawOf(base, g);
    draws[g] = u;
    bounds[g] = raceLowerBound(u, v);
    if (bounds[g] < bounds[first]) first = g;
  }
  let best = Infinity;
  let chosen = -2; // none yet
  // The candidate with the lowest bound, then waiting and the options in order.
  for (let step = -1; step <= options; step++) {
    const k = step < 0 ? first : step === 0 ? options : step - 1;
    if (step >= 0 && k === first) continue;
    const v = utility[k];
    if (v !== v) continue;
    // A candidate whose time certainly exceeds the best so far cannot win: skip its exp and log.
    if (bounds[k] > best * (1 + RACE_BOUND_MARGIN)) continue;
    const w = exp(v);
    const time = exponentialOf(draws[k]) / w;
    if (k === options) {
      // Waiting has no weight test; a time that is not a number (weight 0 and draw 0) makes it win.
      if (time !== time) return -1;
    } else if (!(w > 0)) continue;
    // Ties: waiting (slot `options`) before any method, methods by index.
    const rank = k === options ? -1 : k;
    const rankBest = chosen === options ? -1 : chosen;
    if (chosen === -2 || time < best || (time === best && rank < rankBest)) {
      best = time;
      chosen = k;
    }
  }
  return chosen === options ? -1 : chosen;
}

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
  const eligible = allowRegular && a.traits[i * TRAIT_STRIDE + Trait.EligibilityRank] < ctx.eligibleShare && budgetUsd >= cal.regularCostUsd;
  if (eligible && ctx.expectedWaitMonths <= patienceMonths) {
    enterState(a, i, State.WaitingRegular);
    return;
  }
  const options = ctx.fees.length;
  const known = a.traits[i * TRAIT_STRIDE + Trait.RiskKnowledge];
  const knowledge = known + (1 - known) * ctx.campaigns;
  const riskWeight = cal.choiceRiskWeight * Math.max(0, 1 - URGENCY_RISK_DISCOUNT * urgency);
  // First the utility of each option the person can afford (NaN marks the others); its weight,
  // exp(utility), is computed below only for options that could still win the race.
  let affordable = 0;
  for (let g = 0; g < options; g++) {
    const fee = ctx.fees[g];
    if (fee > budgetUsd) {
      ctx.scratch[g] = Number.NaN;
      continue;
    }
    affordable++;
    const death = knowledge * ctx.knownDeath[g] + (1 - knowledge) * ctx.naiveDeath[g];
    const stopped = ctx.knownInterception[g];
    ctx.scratch[g] =
      -cal.choiceFeeWeight * (fee / budgetUsd) -
      riskWeight * death * 100 -
      cal.choiceInterceptionWeight * stopped -
      UTILITY_PER_TRANSIT_MONTH * ctx.transitMonths[g];
  }
  if (affordable === 0) {
    if (eligible) enterState(a, i, State.WaitingRegular);
    else enterTrapped(a, i, ctx.trappedKey, ctx.month);
    return;
  }
  // An exponential race: each option draws its own number, keyed to (person, month, option), and
  // the smallest number over weight wins — exactly the logit's probabilities (weight ÷ total). A
  // policy that changes some options' weights moves people only to or from those options; one
  // number read against the running sum of weights (as before model 2.4.1) moved people between
  // options the policy did not touch, whenever an option listed before them changed weight.
  const chosen = race(ctx, hashBase(ctx.choiceKey, i, ctx.month), cal.choiceWaitUtility - cal.choiceUrgencyWeight * urgency);
  if (chosen >= 0) {
    hireSmuggler(a, i, ctx.methodRoute[chosen], chosen, ctx.fees[chosen], counters);
    return;
  }
  // Chose to wait: back home (or back in the queue), with a new decision scheduled next month.
  if (eligible) enterState(a, i, State.WaitingRegular);
  else enterState(a, i, a.codes[i * CODE_STRIDE + Code.State] === State.Returned ? State.Returned : State.Home);
}

export function enterState(a: Agents, i: number, s: number): void {
  const ci = i * CODE_STRIDE;
  const old = a.codes[ci + Code.State];
  a.stateCounts[old]--;
  a.stateCounts[s]++;
  a.codes[ci + Code.State] = s;
  a.codes[ci + Code.MonthsInState] = 0;
  // File the person on the list of the phase that will look after them next.
  if (s === State.Home || s === State.Returned) {
    a.codes[ci + Code.DecisionMonth] = UNSCHEDULED;
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
  a.traits[i * TRAIT_STRIDE + Trait.HazardSum] = 0;
  // The threshold of giving up the idea of leaving.
  a.traits[i * TRAIT_STRIDE + Trait.HazardThreshold] = exponentialOf(draw(key, i, month));
}

/** Hire a smuggler for method g (global index) of route r. */
export function hireSmuggler(a: Agents, i: number, r: number, g: number, feeUsd: number, counters: MonthCounters): void {
  const savings = i * TRAIT_STRIDE + Trait.Savings;
  a.traits[savings] = Math.max(0, a.traits[savings] - feeUsd);
  const ci = i * CODE_STRIDE;
  a.codes[ci + Code.Route] = r;
  a.codes[ci + Code.Method] = g;
  a.codes[ci + Code.Detained] = 0;
  const attempts = a.codes[ci + Code.Attempts];
  if (attempts > 0) counters.repeatHires[g] += 1;
  if (attempts < 255) a.codes[ci + Code.Attempts] = attempts + 1;
  counters.hires[g] += 1;
  counters.feesPaidUsd[g] += feeUsd;
  enterState(a, i, State.InTransit);
}
