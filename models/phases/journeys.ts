/**
 * Phase 4 — journeys. People travelling with a smuggler face abuse each month (the route's rate:
 * time in transit is what exposes them). On a land leg they may be stopped by desert patrols at
 * its end and may die on the way, more often on the remote track that operators take when patrols
 * make the usual road costly. At the coast they wait for a seat on the method they paid for; when
 * it has none for a while, the operator sends them on another method of the route that has seats.
 * The departures of each method then meet what the route's assets do this month (patrols.ts):
 * pull-back, interception, death at sea (in distress and not rescued in time), or arrival.
 *
 * Before the boats sail, the transit State's coast control may stop some of them on land
 * (containment). People stopped on land or pulled back at sea return to the transit country, to
 * detention unless safeguards keep them out of it (the chance of detention is one minus the
 * safeguards lever). What happens to people while they wait there — abuse from the conditions,
 * release, evacuation, going home, paying again — is in hub.ts.
 *
 * Outcomes that many people face alike in one month are decided by cohort (cohort.ts): the
 * count drawn at random for the cohort (binomial), the people with the smallest personal numbers.
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import { LAND_TRACKS } from '../methods';
import type { Agents } from '../population/schema';
import { addMonthInState, Code, CODE_STRIDE, State } from '../population/schema';
import { GrowableList } from '../population/lists';
import type { Policy } from '../policy';
import type { RouteSpec } from '../routes';
import type { World } from '../world';
import { enterState } from './choice';
import { CohortScratch } from './cohort';
import { hasLandLeg, landLossPerStop } from './costs';
import type { MonthCounters } from './counters';
import { crossingChances, landStopChances, makeChances, type CrossingChances } from './patrols';
import { hubConditions, preventDepartures, stepStranded, suffer, type HubRates } from './hub';

export { CROSSING_ONLY_FEE_SHARE } from './hub';

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
const SLOT_DETENTION = 10;
/** The cohort count event of detention on return (0–2 are the crossing's other events). */
const EVENT_DETENTION = 3;
/** Offsets that keep the cohorts' count draws apart: departures, crossings, land checks. */
const COHORT_DEPARTURE = 0;
const COHORT_CROSSING = 100;
const COHORT_LAND_STOP = 200;


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
  /** Per method: agents stopped on the coast before sailing this month (containment). */
  readonly prevented: Float64Array;
  /** Per route: agents in the transit country this month (at the coast or stranded), counted as they are visited. */
  readonly hubCount: Float64Array;
  /** Per route: this month's abuse chance for people waiting in the transit country (hub.ts). */
  readonly waitingAbuse: Float64Array;
  readonly chances: CrossingChances;
  readonly scratch: CohortScratch;
  /** The route's people at sea this month, and those on its land leg, with their chance of death. */
  readonly atSea = new ChanceList();
  readonly onLand = new ChanceList();

  /** `deathKey`: the random key of the run's death process (cohort.ts). */
  constructor(routeCount: number, methodCount: number, deathKey: number) {
    this.scratch = new CohortScratch(deathKey);
    const lists = (n: number) => Array.from({ length: n }, () => new GrowableList());
    this.landCheck = lists(routeCount);
    this.landMove = lists(routeCount);
    this.ready = lists(methodCount);
    this.departing = lists(methodCount);
    this.departuresPeople = new Float64Array(methodCount);
    this.prevented = new Float64Array(methodCount);
    this.hubCount = new Float64Array(routeCount);
    this.waitingAbuse = new Float64Array(routeCount);
    this.chances = makeChances(methodCount);
  }
}

/** People with a chance each, kept between months. */
export class ChanceList {
  items = new Int32Array(256);
  chances = new Float64Array(256);
  count = 0;

  push(i: number, chance: number): void {
    if (this.count === this.items.length) {
      const items = new Int32Array(this.count * 2);
      const chances = new Float64Array(this.count * 2);
      items.set(this.items);
      chances.set(this.chances);
      this.items = items;
      this.chances = chances;
    }
    this.chances[this.count] = chance;
    this.items[this.count++] = i;
  }

  clear(): void {
    this.count = 0;
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

export function runJourneys(a: Agents, ctx: JourneyContext, cal: Calibration, c: MonthCounters): void {
  const { setup, buffers: b, policy } = ctx;
  hubConditions(b.waitingAbuse, ctx, cal);
  const rates: HubRates = {
    protectionAfterInterception: cal.protectionClaimShare * policy.safeguards,
    release: cal.detentionReleasePerMonth + (cal.detentionReleaseAtFullSafeguards - cal.detentionReleasePerMonth) * policy.safeguards,
    evacuation: cal.transitProtectionPerMonth * policy.safeguards,
    detentionOnReturn: 1 - policy.safeguards,
    waitingAbuse: b.waitingAbuse,
  };
  b.hubCount.fill(0);
  for (const l of b.landCheck) l.clear();
  for (const l of b.landMove) l.clear();
  for (const l of b.ready) l.clear();
  for (const l of b.departing) l.clear();

  // Pass 1: everyone travelling or stranded, in the order they set off.
  const codes = a.codes;
  const list = a.travellers;
  const items = list.items;
  const count = list.count;
  for (let k = 0; k < count; k++) {
    const i = items[k];
    const s = codes[i * CODE_STRIDE + Code.State];
    if (s === State.InTransit) stepInTransit(a, i, ctx, cal, c, rates);
    else if (s === State.Stranded) {
      b.hubCount[codes[i * CODE_STRIDE + Code.Route]]++;
      stepStranded(a, i, ctx, cal, c, rates);
    }
  }
  // The crowd that sets next month's conditions.
  setup.routes.forEach((_, r) => (ctx.world.routes[r].hubAgents = b.hubCount[r]));

  // The land legs: desert patrols at the end of the leg, then deaths on the way.
  setup.routes.forEach((route, r) => {
    if (hasLandLeg(route)) landLeg(a, r, route, ctx, cal, c);
  });

  // Departures, then the crossings, route by route.
  setup.routes.forEach((route, r) => {
    const own = setup.routeMethods[r];
    boardDepartures(a, own, route, ctx, cal, c);
    preventDepartures(a, r, ctx, cal, c, rates, b.prevented);
    for (const g of own) b.departuresPeople[g] = b.departing[g].count * ctx.weight;
    b.atSea.clear();
    crossingChances(b.chances, r, route, own, setup.methods, b.departuresPeople, policy, ctx.world.roughShare, cal);
    for (const g of own) {
      // Boats stopped on the coast are seized: a loss on every such trip.
      const loaded = b.departing[g].count + b.prevented[g];
      const seized = loaded > 0 ? b.prevented[g] / loaded : 0;
      ctx.world.methods[g].vesselLossPerTrip = seized + (1 - seized) * b.chances.vesselLoss[g];
      ctx.world.methods[g].crewArrestPerTrip = b.chances.crewArrest[g];
      cross(a, g, ctx, c, rates);
      // The operators' seats used this month: those who sailed and those stopped on the coast.
      b.departuresPeople[g] = loaded * ctx.weight;
    }
    seaDeaths(a, ctx, c);
  });

  // Keep only those still travelling or stranded on the list.
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const i = items[k];
    const s = codes[i * CODE_STRIDE + Code.State];
    if (s === State.InTransit || s === State.Stranded) items[kept++] = i;
  }
  // People who hired a smuggler again from the transit country stay on the list where they were.
  list.count = kept;
}

function stepInTransit(a: Agents, i: number, ctx: JourneyContext, cal: Calibration, c: MonthCounters, rates: HubRates): void {
  const r = a.codes[i * CODE_STRIDE + Code.Route];
  const route = ctx.setup.routes[r];
  const m = addMonthInState(a, i);
  const b = ctx.buffers;
  // At the coast of a sea route: waiting in the transit country, under its conditions.
  if (route.sea && m > route.transitMonths) {
    b.hubCount[r]++;
    if (suffer(a, i, rates.waitingAbuse[r], ctx, cal, c)) c.hubAbuse++;
  } else suffer(a, i, route.abusePerMonth, ctx, cal, c);
  if (m < route.transitMonths) {
    b.landMove[r].push(i);
    if (m === route.transitMonths - 1) b.landCheck[r].push(i);
    return;
  }
  const g = a.codes[i * CODE_STRIDE + Code.Method];
  c.readyToCross[g]++;
  b.ready[g].push(i);
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
    const g = a.codes[i * CODE_STRIDE + Code.Method];
    c.interceptions[g]++;
    c.ended[g]++;
    c.returns++;
    enterState(a, i, State.Returned);
  }
  // Deaths on the way, among those still travelling.
  const move = b.landMove[r];
  const pDeath = route.landDeathPerMonth * (1 - rs.remoteShare + rs.remoteShare * REMOTE.deathMultiple);
  const onLand = b.onLand;
  onLand.clear();
  for (let k = 0; k < move.count; k++) if (a.codes[move.items[k] * CODE_STRIDE + Code.State] === State.InTransit) onLand.push(move.items[k], pDeath);
  const dead = b.scratch.selectDeaths(onLand.items, onLand.count, onLand.chances, ctx.landKey, ctx.month, SLOT_LAND_DEATH);
  for (let k = 0; k < dead; k++) {
    c.landDeaths[a.codes[onLand.items[k] * CODE_STRIDE + Code.Method]]++;
    die(a, onLand.items[k], c);
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
    const going = b.scratch.fill(ready.items, 0, ready.count, share, ctx.departureKey, ctx.month, SLOT_DEPARTURE, COHORT_DEPARTURE + ctx.setup.methodSlot[g], 0);
    for (let k = 0; k < going; k++) b.departing[g].push(ready.items[k]);
    boarded[j] = going;
    spare[j] = Math.max(0, seats - going);
  });
  own.forEach((g, j) => {
    const ready = b.ready[g];
    for (let k = boarded[j]; k < ready.count; k++) {
      const i = ready.items[k];
      if (a.codes[i * CODE_STRIDE + Code.MonthsInState] - route.transitMonths < cal.substituteAfterMonths) continue;
      let best = -1;
      for (let h = 0; h < own.length; h++) if (h !== j && spare[h] >= 1 && (best < 0 || spare[h] > spare[best])) best = h;
      if (best < 0) return;
      spare[best]--;
      const g2 = own[best];
      c.readyToCross[g]--;
      c.readyToCross[g2]++;
      a.codes[i * CODE_STRIDE + Code.Method] = g2;
      b.departing[g2].push(i);
    }
  });
}

/**
 * The crossing of one method's departures this month up to the open sea, event by event, each
 * decided by cohort: pull-backs, detention on return, interception, protection. Those left at sea
 * are added to the route's list of people at sea (`atSea`, with their chance of death).
 */
function cross(a: Agents, g: number, ctx: JourneyContext, c: MonthCounters, rates: HubRates): void {
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
    a.codes[i * CODE_STRIDE + Code.Detained] = k < held ? 1 : 0;
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
  // At sea: people in distress whom no rescue reaches in time may die.
  const pDeath = ch.distress[g] * (1 - ch.rescue[g]) * ch.fatality[g];
  for (let k = from; k < n; k++) b.atSea.push(items[k], pDeath);
}

/**
 * Death at sea, for everyone of route r at sea this month (all its methods together, each person
 * with their method's chance): one count for the route, so that when a policy moves people from
 * one method to another the luck of the crossing is not drawn twice. Everyone else arrives
 * (rescued, escorted or on their own).
 */
function seaDeaths(a: Agents, ctx: JourneyContext, c: MonthCounters): void {
  const sea = ctx.buffers.atSea;
  const n = sea.count;
  if (n === 0) return;
  const dead = ctx.buffers.scratch.selectDeaths(sea.items, n, sea.chances, ctx.crossingKey, ctx.month, SLOT_FATALITY);
  for (let k = 0; k < n; k++) {
    const i = sea.items[k];
    if (k < dead) die(a, i, c);
    else {
      const g = a.codes[i * CODE_STRIDE + Code.Method];
      c.arrivals[g]++;
      c.ended[g]++;
      enterState(a, i, State.ArrivedIrregular);
    }
  }
}

function die(a: Agents, i: number, c: MonthCounters): void {
  const g = a.codes[i * CODE_STRIDE + Code.Method];
  c.deaths[g]++;
  c.ended[g]++;
  enterState(a, i, State.DeadMissing);
}
