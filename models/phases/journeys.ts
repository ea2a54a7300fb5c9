/**
 * Phase 4 — journeys. People travelling with a smuggler face abuse each month (the route's rate:
 * time in transit is what exposes them). On a land leg they may be stopped by desert patrols at
 * its end and may die on the way, more often on the remote track that operators take when patrols
 * make the usual road costly. At the coast they wait for a seat on the method they paid for; when
 * it has none for a while, the operator sends them on another method of the route that has seats.
 * The departures of each method then meet what the route's assets do this month (patrols.ts):
 * pull-back, interception, death at sea (in distress and not rescued in time), or arrival.
 *
 * People pulled back return to the transit country, to detention unless safeguards keep them out
 * of it (the chance of detention is one minus the safeguards lever); each month detained people
 * may be released (more often with protection safeguards) and then face the route's abuse rate
 * instead of detention's. Stranded people may be evacuated (with safeguards), go home, or pay for
 * another crossing.
 *
 * Outcomes that many people face alike in one month are decided by cohort (cohort.ts): the
 * expected number rounded at random, the people with the smallest personal numbers.
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import { LAND_TRACKS } from '../methods';
import type { Agents } from '../population/schema';
import { State } from '../population/schema';
import { GrowableList } from '../population/lists';
import type { Policy } from '../policy';
import { draw, drawK } from '../rng';
import type { RouteSpec } from '../routes';
import type { World } from '../world';
import { enterState, hireSmuggler } from './choice';
import { CohortScratch } from './cohort';
import { hasLandLeg, landLossPerStop } from './costs';
import type { MonthCounters } from './counters';
import { crossingChances, landStopChances, makeChances, type CrossingChances } from './patrols';

/** Share of the full fee paid for another crossing from the transit country (the sea leg). */
export const CROSSING_ONLY_FEE_SHARE = 0.5;

/** The remote, unescorted land track (declared in methods.ts). */
const REMOTE = LAND_TRACKS[1];

/** Draw numbers (k) of a person's crossing events. */
const SLOT_PULLBACK = 0;
const SLOT_INTERCEPTION = 1;
const SLOT_PROTECTION = 2;
const SLOT_FATALITY = 5;
const SLOT_LAND_STOP = 6;
const SLOT_LAND_DEATH = 7;
const SLOT_DEPARTURE = 8;
const SLOT_RELEASE = 9;
const SLOT_DETENTION = 10;
/** The cohort rounding event of detention on return (below cohort.ts's events per cohort; 0–2 and 5 are the crossing's). */
const EVENT_DETENTION = 3;
/** Offsets that keep the cohorts' rounding draws apart: departures, crossings, land checks, land deaths. */
const COHORT_DEPARTURE = 0;
const COHORT_CROSSING = 100;
const COHORT_LAND_STOP = 200;
const COHORT_LAND_DEATH = 300;

export interface JourneySetup {
  readonly routes: readonly RouteSpec[];
  readonly methods: readonly MethodSpec[];
  readonly routeMethods: readonly (readonly number[])[];
  /** Stable ids (across runs with other route lists) of each route and method, for cohort draws. */
  readonly routeSlot: readonly number[];
  readonly methodSlot: readonly number[];
}

/** Per-month working space, kept between months. */
export class JourneyBuffers {
  readonly landCheck: GrowableList[];
  readonly landMove: GrowableList[];
  readonly ready: GrowableList[];
  readonly departing: GrowableList[];
  readonly departuresPeople: Float64Array;
  readonly chances: CrossingChances;
  readonly scratch = new CohortScratch();

  constructor(routeCount: number, methodCount: number) {
    const lists = (n: number) => Array.from({ length: n }, () => new GrowableList());
    this.landCheck = lists(routeCount);
    this.landMove = lists(routeCount);
    this.ready = lists(methodCount);
    this.departing = lists(methodCount);
    this.departuresPeople = new Float64Array(methodCount);
    this.chances = makeChances(methodCount);
  }
}

export interface JourneyContext {
  readonly setup: JourneySetup;
  readonly buffers: JourneyBuffers;
  readonly world: World;
  readonly policy: Policy;
  /** People per agent. */
  readonly weight: number;
  /** Random keys of each kind of event, and the month (internal clock) they are drawn for. */
  readonly abuseKey: number;
  readonly landKey: number;
  readonly departureKey: number;
  readonly crossingKey: number;
  readonly strandedKey: number;
  readonly month: number;
}

/** Per-month rates that do not depend on the route. */
interface TransitRates {
  readonly protectionAfterInterception: number;
  readonly release: number;
  readonly evacuation: number;
  /** Chance that a person pulled back is taken to detention. */
  readonly detentionOnReturn: number;
}

export function runJourneys(a: Agents, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const { setup, buffers: b, policy } = ctx;
  const rates: TransitRates = {
    protectionAfterInterception: cal.protectionClaimShare * policy.safeguards,
    release: cal.detentionReleasePerMonth + (cal.detentionReleaseAtFullSafeguards - cal.detentionReleasePerMonth) * policy.safeguards,
    evacuation: cal.transitProtectionPerMonth * policy.safeguards,
    detentionOnReturn: 1 - policy.safeguards,
  };
  for (const l of b.landCheck) l.clear();
  for (const l of b.landMove) l.clear();
  for (const l of b.ready) l.clear();
  for (const l of b.departing) l.clear();

  // Pass 1: everyone travelling or stranded, in the order they set off.
  const state = a.state;
  const list = a.travellers;
  const items = list.items;
  const count = list.count;
  for (let k = 0; k < count; k++) {
    const i = items[k];
    if (state[i] === State.InTransit) stepInTransit(a, i, ctx, cal, c);
    else if (state[i] === State.Stranded) stepStranded(a, i, ctx, cal, c, rates);
  }

  // The land legs: desert patrols at the end of the leg, then deaths on the way.
  setup.routes.forEach((route, r) => {
    if (hasLandLeg(route)) landLeg(a, r, route, ctx, cal, c);
  });

  // Departures, then the crossings, route by route.
  setup.routes.forEach((route, r) => {
    const own = setup.routeMethods[r];
    boardDepartures(a, own, route, ctx, cal, c);
    for (const g of own) b.departuresPeople[g] = b.departing[g].count * ctx.weight;
    crossingChances(b.chances, r, route, own, setup.methods, b.departuresPeople, policy, ctx.world.roughShare, cal);
    for (const g of own) {
      ctx.world.methods[g].vesselLossPerTrip = b.chances.vesselLoss[g];
      ctx.world.methods[g].crewArrestPerTrip = b.chances.crewArrest[g];
      cross(a, g, ctx, c, rates);
    }
  });

  // Keep only those still travelling or stranded on the list.
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const i = items[k];
    const s = state[i];
    if (s === State.InTransit || s === State.Stranded) items[kept++] = i;
  }
  // People who hired a smuggler again from the transit country stay on the list where they were.
  list.count = kept;
}

function tick(a: Agents, i: number): number {
  const m = a.monthsInState[i] + 1;
  a.monthsInState[i] = m > 65535 ? 65535 : m;
  return m;
}

function suffer(a: Agents, i: number, chance: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  if (draw(ctx.abuseKey, i, ctx.month) < chance) {
    c.abuse++;
    a.savingsUsd[i] *= 1 - cal.ransomShareOfSavings;
  }
}

function stepInTransit(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const r = a.route[i];
  const route = ctx.setup.routes[r];
  const m = tick(a, i);
  suffer(a, i, route.abusePerMonth, ctx, cal, c);
  const b = ctx.buffers;
  if (m < route.transitMonths) {
    b.landMove[r].push(i);
    if (m === route.transitMonths - 1) b.landCheck[r].push(i);
    return;
  }
  const g = a.method[i];
  c.readyToCross[g]++;
  b.ready[g].push(i);
}

function stepStranded(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: TransitRates): void {
  tick(a, i);
  const r = a.route[i];
  const route = ctx.setup.routes[r];
  suffer(a, i, a.detained[i] ? cal.detentionAbusePerMonth : route.abusePerMonth, ctx, cal, c);
  if (a.detained[i] && drawK(ctx.strandedKey, i, ctx.month, SLOT_RELEASE) < rates.release) a.detained[i] = 0;
  const u = draw(ctx.strandedKey, i, ctx.month);
  if (u < rates.evacuation) {
    c.regularArrivals++;
    enterState(a, i, State.ArrivedRegular);
  } else if (u < rates.evacuation + cal.strandedReturnHomePerMonth) {
    c.returns++;
    enterState(a, i, State.Returned);
  } else if (u < rates.evacuation + cal.strandedReturnHomePerMonth + cal.strandedReattemptPerMonth) {
    // Another crossing on the same route: the method paid for before if it is affordable, else the cheapest.
    const budget = a.savingsUsd[i] + a.ties[i] * cal.diasporaSupportUsd;
    const own = ctx.setup.routeMethods[r];
    let g = a.method[i];
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
    if (budget >= fee) {
      a.detained[i] = 0;
      hireSmuggler(a, i, r, g, fee, c);
      // Straight to the coast: ready to cross next month.
      a.monthsInState[i] = Math.max(0, route.transitMonths - 1);
    }
  }
}

function landLeg(a: Agents, r: number, route: RouteSpec, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const b = ctx.buffers;
  const rs = ctx.world.routes[r];
  const slot = ctx.setup.routeSlot[r];
  // Desert patrols, at the end of the land leg.
  const check = b.landCheck[r];
  landStopChances(rs, route, r, check.count * ctx.weight, ctx.policy, cal);
  rs.landLossConvoyUsd = rs.landStopConvoy * landLossPerStop(cal);
  rs.landLossRemoteUsd = rs.landStopRemote * landLossPerStop(cal);
  const pStop = (1 - rs.remoteShare) * rs.landStopConvoy + rs.remoteShare * rs.landStopRemote;
  const stopped = b.scratch.select(check.items, 0, check.count, pStop, ctx.landKey, ctx.month, SLOT_LAND_STOP, COHORT_LAND_STOP + slot, 0);
  for (let k = 0; k < stopped; k++) {
    const i = check.items[k];
    const g = a.method[i];
    c.interceptions[g]++;
    c.ended[g]++;
    c.returns++;
    enterState(a, i, State.Returned);
  }
  // Deaths on the way, among those still travelling.
  const move = b.landMove[r];
  let n = 0;
  for (let k = 0; k < move.count; k++) if (a.state[move.items[k]] === State.InTransit) move.items[n++] = move.items[k];
  const pDeath = route.landDeathPerMonth * (1 - rs.remoteShare + rs.remoteShare * REMOTE.deathMultiple);
  const dead = b.scratch.select(move.items, 0, n, pDeath, ctx.landKey, ctx.month, SLOT_LAND_DEATH, COHORT_LAND_DEATH + slot, 0);
  for (let k = 0; k < dead; k++) {
    c.landDeaths[a.method[move.items[k]]]++;
    die(a, move.items[k], c);
  }
}

/**
 * Seats: each method's ready passengers get its seats (chosen at random among them when seats are
 * short). Those who have waited `substituteAfterMonths` without a seat are then put on another
 * method of the route with seats to spare.
 */
function boardDepartures(a: Agents, own: readonly number[], route: RouteSpec, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const b = ctx.buffers;
  const spare = own.map(() => 0);
  const boarded = own.map(() => 0);
  own.forEach((g, j) => {
    const ready = b.ready[g];
    const seats = ctx.world.methods[g].seatsPeople / ctx.weight;
    const share = ready.count > 0 ? Math.min(1, seats / ready.count) : 0;
    const going = b.scratch.select(ready.items, 0, ready.count, share, ctx.departureKey, ctx.month, SLOT_DEPARTURE, COHORT_DEPARTURE + ctx.setup.methodSlot[g], 0);
    for (let k = 0; k < going; k++) b.departing[g].push(ready.items[k]);
    boarded[j] = going;
    spare[j] = Math.max(0, seats - going);
  });
  own.forEach((g, j) => {
    const ready = b.ready[g];
    for (let k = boarded[j]; k < ready.count; k++) {
      const i = ready.items[k];
      if (a.monthsInState[i] - route.transitMonths < cal.substituteAfterMonths) continue;
      let best = -1;
      for (let h = 0; h < own.length; h++) if (h !== j && spare[h] >= 1 && (best < 0 || spare[h] > spare[best])) best = h;
      if (best < 0) return;
      spare[best]--;
      const g2 = own[best];
      c.readyToCross[g]--;
      c.readyToCross[g2]++;
      a.method[i] = g2;
      b.departing[g2].push(i);
    }
  });
}

/** The crossing of one method's departures this month, event by event, each decided by cohort. */
function cross(a: Agents, g: number, ctx: JourneyContext, c: MonthCounters, rates: TransitRates): void {
  const b = ctx.buffers;
  const ch = b.chances;
  const dep = b.departing[g];
  const items = dep.items;
  const n = dep.count;
  c.departures[g] += n;
  if (n === 0) return;
  const key = ctx.crossingKey;
  const month = ctx.month;
  const cohort = COHORT_CROSSING + ctx.setup.methodSlot[g];
  const sel = (from: number, size: number, p: number, slot: number) => b.scratch.select(items, from, size, p, key, month, slot, cohort, slot);

  // Pulled back to the transit country: into detention, unless safeguards (screening and access to
  // protection on disembarkation) keep them out of it.
  const pulled = sel(0, n, ch.pullback[g], SLOT_PULLBACK);
  // Decided by cohort like the crossing's events: the detained come first among the pulled back.
  const held = b.scratch.select(items, 0, pulled, rates.detentionOnReturn, key, month, SLOT_DETENTION, cohort, EVENT_DETENTION);
  for (let k = 0; k < pulled; k++) {
    const i = items[k];
    c.interceptions[g]++;
    c.pullbacks[g]++;
    c.ended[g]++;
    enterState(a, i, State.Stranded);
    a.detained[i] = k < held ? 1 : 0;
  }
  // Stopped by the destination: protection for some, return to the origin for the others.
  let from = pulled;
  const stopped = sel(from, n - from, ch.interception[g], SLOT_INTERCEPTION);
  const protectedCount = sel(from, stopped, rates.protectionAfterInterception, SLOT_PROTECTION);
  for (let k = from; k < from + stopped; k++) {
    const i = items[k];
    c.interceptions[g]++;
    c.ended[g]++;
    if (k < from + protectedCount) {
      c.arrivals[g]++;
      enterState(a, i, State.ArrivedIrregular);
    } else {
      c.returns++;
      enterState(a, i, State.Returned);
    }
  }
  from += stopped;
  // At sea: people in distress whom no rescue reaches in time may die; everyone else arrives
  // (rescued, escorted or on their own). One event, so one rounding, per method and month.
  const pDeath = ch.distress[g] * (1 - ch.rescue[g]) * ch.fatality[g];
  const dead = sel(from, n - from, pDeath, SLOT_FATALITY);
  for (let k = from; k < n; k++) {
    const i = items[k];
    if (k < from + dead) die(a, i, c);
    else {
      c.arrivals[g]++;
      c.ended[g]++;
      enterState(a, i, State.ArrivedIrregular);
    }
  }
}

function die(a: Agents, i: number, c: MonthCounters): void {
  const g = a.method[i];
  c.deaths[g]++;
  c.ended[g]++;
  enterState(a, i, State.DeadMissing);
}
