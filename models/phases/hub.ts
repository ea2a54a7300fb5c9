/**
 * The transit country as a place where people wait. On a sea route, everyone who has reached the
 * coast and has no seat yet, and everyone stopped there — pulled back at sea or stopped on land
 * before sailing — is in the transit country. How long they stay is not set by a clock but by
 * three mechanisms: the seats the operators offer that month (journeys.ts), the money a stranded
 * person must find to pay for another crossing (savings, what they earn — often forced or
 * owed labour — and help from ties abroad), and the transit State's coast control, which stops
 * boats on land and sends their passengers back to wait (containment).
 *
 * Abuse accrues month by month while people wait, at a rate set by the conditions there: people
 * in detention face detention's rate; the others the route's rate, raised when the transit
 * country is crowded — many people waiting for few seats. Safeguards act on those conditions:
 * fewer people stopped are taken to detention, the detained are released sooner, and stranded
 * people can be evacuated. People leave by evacuation (a regular arrival), by going home, by
 * moving on out of the modelled routes — some of those abused while free to go give up the
 * crossing (onwardAfterAbuseShare), so whatever lengthens the wait or worsens the conditions
 * pushes people on — or by paying for another crossing.
 */
import type { Calibration } from '../params/calibration';
import type { Agents } from '../population/schema';
import { addMonthInState, Code, CODE_STRIDE, State, Trait, TRAIT_STRIDE } from '../population/schema';
import { draw, drawK } from '../rng';
import { enterState, hireSmuggler } from './choice';
import type { JourneyContext } from './journeys';
import type { MonthCounters } from './counters';
import { containmentChance } from './patrols';

/** Share of the full fee paid for another crossing from the transit country (the sea leg). */
export const CROSSING_ONLY_FEE_SHARE = 0.5;

/** Draw numbers (k) of a stranded person's events, and of a departure stopped on land. */
const SLOT_RELEASE = 9;
const SLOT_ONWARD = 10;
const SLOT_PREVENTED = 11;
const SLOT_PREVENTED_DETENTION = 12;
/** Cohort ids of the containment count draws (apart from journeys.ts's 0–299), and their events. */
const COHORT_CONTAINMENT = 300;
const EVENT_PREVENTED = 0;
const EVENT_PREVENTED_DETENTION = 1;

/** Per-month rates of the transit country that do not depend on the person. */
export interface HubRates {
  readonly protectionAfterInterception: number;
  readonly release: number;
  readonly evacuation: number;
  /** Chance that a person pulled back or stopped on the coast is taken to detention. */
  readonly detentionOnReturn: number;
  /** Per route: monthly chance of abuse for someone waiting there and not detained. */
  readonly waitingAbuse: Float64Array;
}

/**
 * This month's conditions on each route: the route's abuse rate raised by crowding — the people
 * there at the start of last month's journeys (world.routes[r].hubAgents) against the seats the
 * operators offer this month. c ÷ (1 + c) with c = people ÷ seats is people ÷ (people + seats).
 */
export function hubConditions(out: Float64Array, ctx: JourneyContext, cal: Calibration): void {
  const { setup, world, weight } = ctx;
  setup.routes.forEach((route, r) => {
    if (!route.sea) {
      out[r] = route.abusePerMonth;
      return;
    }
    let seats = 0;
    for (const g of setup.routeMethods[r]) seats += world.methods[g].seatsPeople;
    const people = world.routes[r].hubAgents * weight;
    const crowding = people > 0 ? people / (people + seats) : 0;
    out[r] = Math.min(1, route.abusePerMonth * (1 + cal.hubCrowdingAbuseGain * crowding));
  });
}

/** A month of abuse risk; returns whether it happened (ransom and extortion take savings). */
export function suffer(a: Agents, i: number, chance: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters): boolean {
  if (draw(ctx.abuseKey, i, ctx.month) < chance) {
    c.abuse++;
    a.traits[i * TRAIT_STRIDE + Trait.Savings] *= 1 - cal.ransomShareOfSavings;
    return true;
  }
  return false;
}

/**
 * A month stranded in the transit country. Detained people may be released; anyone may be
 * evacuated or go home; people not detained work, and pay for another crossing as soon as they can
 * afford the sea leg (the method paid for before if they can, else the cheapest) — then they wait
 * at the coast for a seat from this month.
 */
export function stepStranded(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: HubRates): void {
  addMonthInState(a, i);
  const ci = i * CODE_STRIDE;
  const r = a.codes[ci + Code.Route];
  const abused = suffer(a, i, a.codes[ci + Code.Detained] ? cal.detentionAbusePerMonth : rates.waitingAbuse[r], ctx, cal, c);
  if (abused) c.hubAbuse++;
  if (a.codes[ci + Code.Detained] && drawK(ctx.strandedKey, i, ctx.month, SLOT_RELEASE) < rates.release) a.codes[ci + Code.Detained] = 0;
  const u = draw(ctx.strandedKey, i, ctx.month);
  if (u < rates.evacuation) {
    c.regularArrivals++;
    enterState(a, i, State.ArrivedRegular);
    return;
  }
  if (u < rates.evacuation + cal.strandedReturnHomePerMonth) {
    c.returns++;
    enterState(a, i, State.Returned);
    return;
  }
  if (a.codes[ci + Code.Detained]) return;
  // Abused while free to go: some give up the crossing and move on (its own draw, so the events
  // above keep their numbers when this share changes).
  if (abused && drawK(ctx.strandedKey, i, ctx.month, SLOT_ONWARD) < cal.onwardAfterAbuseShare) {
    c.movedOn++;
    enterState(a, i, State.MovedOn);
    return;
  }
  const at = i * TRAIT_STRIDE;
  a.traits[at + Trait.Savings] += cal.hubEarningsPerMonthUsd;
  const budget = a.traits[at + Trait.Savings] + a.traits[at + Trait.Ties] * cal.diasporaSupportUsd;
  const own = ctx.setup.routeMethods[r];
  let g = a.codes[ci + Code.Method];
  let fee = CROSSING_ONLY_FEE_SHARE * ctx.world.methods[g].feeUsd;
  if (fee > budget) {
    for (const h of own) {
      const f = CROSSING_ONLY_FEE_SHARE * ctx.world.methods[h].feeUsd;
      if (f < fee) {
        fee = f;
        g = h;
      }
    }
  }
  if (budget < fee) return;
  hireSmuggler(a, i, r, g, fee, c);
  // At the coast already: waiting for a seat from this month.
  a.codes[ci + Code.MonthsInState] = ctx.setup.routes[r].transitMonths;
  c.readyToCross[g]++;
  ctx.buffers.ready[g].push(i);
}

/**
 * Coast control on route r, on the people about to leave this month (`departing`, by method, after
 * the seats were filled): the stopped are taken off the boats, back into the transit country —
 * into detention unless safeguards keep them out of it — and must pay again. Their seats were used
 * and the boats seized. Writes the number stopped per method into `prevented` (agents).
 */
export function preventDepartures(a: Agents, r: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: HubRates, prevented: Float64Array): void {
  const { setup, buffers: b, policy } = ctx;
  const own = setup.routeMethods[r];
  for (const g of own) prevented[g] = 0;
  if (!(policy.containment[r] > 0)) return;
  let visible = 0;
  for (const g of own) visible += setup.methods[g].pullbackVisibility * b.departing[g].count * ctx.weight;
  const p = containmentChance(r, visible, policy, cal);
  if (!(p > 0)) return;
  const key = ctx.crossingKey;
  for (const g of own) {
    const dep = b.departing[g];
    const cohort = COHORT_CONTAINMENT + setup.methodSlot[g];
    const stopped = b.scratch.select(dep.items, 0, dep.count, setup.methods[g].pullbackVisibility * p, key, ctx.month, SLOT_PREVENTED, cohort, EVENT_PREVENTED);
    if (stopped === 0) continue;
    const held = b.scratch.select(dep.items, 0, stopped, rates.detentionOnReturn, key, ctx.month, SLOT_PREVENTED_DETENTION, cohort, EVENT_PREVENTED_DETENTION);
    for (let k = 0; k < stopped; k++) {
      const i = dep.items[k];
      c.prevented[g]++;
      enterState(a, i, State.Stranded);
      a.codes[i * CODE_STRIDE + Code.Detained] = k < held ? 1 : 0;
    }
    // Keep only those who sail.
    dep.items.copyWithin(0, stopped, dep.count);
    dep.count -= stopped;
    prevented[g] = stopped;
  }
}
