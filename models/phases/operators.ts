/**
 * Phase 3a — the smuggling operators. Each route has a pool of operator cohorts, each standing for
 * operators of one type: a cost factor and a capacity, placed by stratified draws from the seed so
 * that every seed's pool spans the same distribution (a Latin-hypercube-like design: slot o takes
 * its cost from the o-th slice of the log-normal, jittered within it, and its capacity from a
 * slice picked by a seeded shuffle). Operators are cohorts rather than single agents so that the
 * market moves smoothly — a share of a cohort enters, leaves or is arrested, not all of it — and
 * two policy mixes run with the same seed face the same market except through the policy. Every
 * month, in this order:
 *
 * 0. co-option: where the transit State controls the coast (containment), it recruits the route's
 *    operators with the most capacity — the strongest militias — until the smuggling capacity it
 *    has taken over matches its own capacity to stop departures (containment × the capacity at
 *    full). A co-opted cohort stops smuggling as a loss-making one does (a share each month, its
 *    vessels sold back) and none of it starts again while it is co-opted; when containment ends or
 *    weakens, it is free to return if the business pays. The 2017 fall in departures from Libya is
 *    explained by such deals: militias that ran smuggling were paid to stop departures
 *    (docs/EVIDENCE.md#central-med-2017-break);
 * 1. arrests: with regional cooperation, prosecution reaches organisers: that share of each cohort
 *    in business goes to jail (and its vessels are seized), and returns to the pool of would-be
 *    operators after a while (without cooperation, arrests reach only drivers and crews: a cost of
 *    the crewed methods, see costs.ts);
 * 2. decisions, at the posted fees and the costs that last month's losses imply: each cohort
 *    compares the expected takings per seat of every method (margin times the share of the year's
 *    days its boats can sail) and moves its split of capacity part of the way towards a logit
 *    split that favours the best; a share of a cohort whose recent profit is negative stops, and a
 *    share of the would-be operators starts when the business would cover its fixed costs;
 *    operators with a land leg take whichever track is cheaper, losses to desert patrols included;
 * 3. vessels: operators buy reusable vessels from the route's limited pool up to what their split
 *    needs, and sell back what they no longer need;
 * 4. seats: what each operator can carry on each method this month (fewer sailing days for boats
 *    that wait for calm weather, and no more than its vessels can carry).
 *
 * After the journeys, `settleOperators` hands the month's departures of each method to its
 * operators, cheapest first (the market's marginal-cost logic), books their profit and removes the
 * vessels that were seized, destroyed or worn out.
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import type { Policy } from '../policy';
import { drawK, normalQuantile } from '../rng';
import type { RouteSpec } from '../routes';
import { METHOD_SLOTS, type OperatorPool, type World } from '../world';
import { arrestCostPerPassenger, landCost, vesselAndCrewCost } from './costs';
import { exp } from '../portable-math';

export interface OperatorsContext {
  readonly routes: readonly RouteSpec[];
  readonly methods: readonly MethodSpec[];
  /** Per route: the global indices of its methods. */
  readonly routeMethods: readonly (readonly number[])[];
  /** Per route: the base of its operators' ids in the random keys (stable whatever routes a run has). */
  readonly idBase: readonly number[];
  readonly key: number;
}

/** Slots between routes in operator ids: more than any pool may hold. */
export const OPERATOR_ID_STRIDE = 4096;
/** Draw numbers (k) of a cohort's attributes, drawn once. */
const K_COST = 10;
const K_SHUFFLE = 11;
const K_CAPACITY = 12;
/** A vessel pool this small has nothing to sell. */
const MIN_VESSELS_TO_BUY = 1;

/** Share of a month a method's boats can sail given the share of rough days (boats that wait for calm stay in port on rough days). */
export function sailingShare(route: RouteSpec, m: MethodSpec, roughShare: number): number {
  return route.sea ? 1 - roughShare * (1 - m.roughExposure) : 1;
}

/** The year's mean share of rough days: what operators plan their split on. */
function meanRoughShare(cal: Calibration): number {
  return (cal.roughShareWinter + cal.roughShareSummer) / 2;
}

/**
 * Draw each route's operator cohorts from the seed: cohort o's cost factor from the o-th of
 * `size` equal slices of the log-normal (jittered within the slice), its capacity from a slice
 * chosen by a seeded shuffle, so cost and capacity are independent.
 */
export function initialiseOperators(world: World, ctx: OperatorsContext, cal: Calibration): void {
  const costSd = cal.operatorCostSpread;
  const capSd = cal.operatorCapacitySpread;
  ctx.routes.forEach((route, r) => {
    const pool = world.routes[r].operators;
    const n = pool.size;
    const meanCapacity = (route.operatorCapacityPerMillion * cal.populationPeople) / 1e6;
    const slice = Array.from({ length: n }, (_, o) => o);
    for (let o = n - 1; o > 0; o--) {
      const k = Math.floor(drawK(ctx.key, ctx.idBase[r] + o, 0, K_SHUFFLE) * (o + 1));
      [slice[o], slice[k]] = [slice[k], slice[o]];
    }
    for (let o = 0; o < n; o++) {
      const id = ctx.idBase[r] + o;
      const zCost = normalQuantile((o + drawK(ctx.key, id, 0, K_COST)) / n);
      const zCap = normalQuantile((slice[o] + drawK(ctx.key, id, 0, K_CAPACITY)) / n);
      pool.costFactor[o] = exp(costSd * zCost);
      // Log-normal with the declared mean.
      pool.capacity[o] = meanCapacity * exp(capSd * zCap - (capSd * capSd) / 2);
    }
    orderByCapacity(pool);
  });
}

/** Fixed monthly cost of keeping a whole cohort in business (safe houses, retainers, bribes), whether or not anyone is carried. */
function fixedCost(pool: OperatorPool, o: number, route: RouteSpec, cal: Calibration): number {
  return cal.operatorFixedCostShare * pool.costFactor[o] * route.runningCostUsd * pool.capacity[o];
}

/** Set the starting fees and the operators in business before the warm-up: each method priced at a median operator's cost, and every cohort that would then profit fully in business. */
export function openMarkets(world: World, ctx: OperatorsContext, policy: Policy, cal: Calibration): void {
  ctx.routes.forEach((route, r) => {
    const rs = world.routes[r];
    for (const g of ctx.routeMethods[r]) {
      const ms = world.methods[g];
      ms.vesselLossPerTrip = 1 / cal.vesselWearTrips;
      ms.feeUsd = Math.abs(landCost(route, rs, 1)) + vesselAndCrewCost(ctx.methods[g], ms, cal);
    }
  });
  runOperators(world, ctx, policy, cal, true);
}

/** Reusable seats an operator's vessels allow a month (before the weather). */
function vesselSeats(pool: OperatorPool, o: number, route: RouteSpec, m: MethodSpec): number {
  return pool.vessels[o] * m.seatsPerVessel * route.vesselTripsPerMonth;
}

/**
 * The operators' month before the journeys. `opening` starts the market: every cohort that would
 * profit enters in full at once with the split it would choose, and nobody is arrested.
 */
export function runOperators(world: World, ctx: OperatorsContext, policy: Policy, cal: Calibration, opening = false): void {
  const { methods } = ctx;
  const plannedRough = meanRoughShare(cal);
  const { takings, desired, shared, fee, sailPlanned, sailNow } = scratch;
  for (let r = 0; r < ctx.routes.length; r++) {
    const route = ctx.routes[r];
    const rs = world.routes[r];
    const pool = rs.operators;
    const own = ctx.routeMethods[r];
    const n = own.length;
    rs.vesselPool = Math.min(route.vesselPool, rs.vesselPool + route.vesselPoolRefillPerMonth);
    const hazard = policy.prosecution[r] * policy.cooperation * cal.organiserArrestPerMonthAtFull;
    // What is the same for every cohort of the route this month, by method: vessel and crew cost,
    // posted fee, the share of the year's days its boats sail (planned) and of this month's.
    let reusable = -1;
    for (let j = 0; j < n; j++) {
      const g = own[j];
      const m = methods[g];
      shared[j] = vesselAndCrewCost(m, world.methods[g], cal);
      fee[j] = world.methods[g].feeUsd;
      sailPlanned[j] = sailingShare(route, m, plannedRough);
      sailNow[j] = sailingShare(route, m, world.roughShare);
      if (m.reusable) reusable = j;
      world.methods[g].seatsPeople = 0;
    }
    let remoteSeats = 0;
    let landSeats = 0;
    coopt(pool, policy.containment[r] * cal.containmentCapacityAtFull);

    for (let o = 0; o < pool.size; o++) {
      const base = o * METHOD_SLOTS;
      // 1. Arrests of organisers: a share of those in business to jail, their vessels seized; a
      // share of those in jail back among the would-be operators.
      if (!opening) {
        const released = pool.jailed[o] / cal.jailMonths;
        const arrested = pool.active[o] * hazard;
        if (pool.active[o] > 0) pool.vessels[o] *= 1 - hazard;
        pool.active[o] -= arrested;
        pool.jailed[o] += arrested - released;
      }
      // 2. Decisions at posted fees and expected costs: takings per unit of capacity by method,
      // and the logit split they call for.
      const signedLand = landCost(route, rs, pool.costFactor[o]);
      const own0 = Math.abs(signedLand) + arrestCostPerPassenger(hazard, pool.capacity[o], cal);
      const scale = cal.operatorMethodSpread * pool.costFactor[o] * route.runningCostUsd;
      // (The pool as earlier cohorts of the route have left it this month.)
      const canSailReusable = pool.vessels[o] >= MIN_VESSELS_TO_BUY || rs.vesselPool >= MIN_VESSELS_TO_BUY;
      let best = -Infinity;
      for (let j = 0; j < n; j++) {
        const cost = own0 + shared[j];
        pool.unitCost[base + j] = cost;
        takings[j] = j === reusable && !canSailReusable ? -Infinity : (fee[j] - cost) * sailPlanned[j];
        if (takings[j] > best) best = takings[j];
      }
      let total = 0;
      for (let j = 0; j < n; j++) {
        desired[j] = takings[j] === -Infinity ? 0 : exp((takings[j] - best) / scale);
        total += desired[j];
      }
      let expected = 0;
      for (let j = 0; j < n; j++) {
        desired[j] /= total;
        if (desired[j] > 0) expected += desired[j] * takings[j];
      }
      // Exit of a share of a loss-making cohort; entry of a share of the would-be operators when
      // the business would cover their fixed costs; the split moves towards the one now wanted.
      // A co-opted cohort winds its smuggling down as a loss-making one does, and none of it starts.
      const coopted = pool.coopted[o] === 1;
      const waiting = coopted ? 0 : Math.max(0, 1 - pool.active[o] - pool.jailed[o]);
      const worthIt = expected * pool.capacity[o] > fixedCost(pool, o, route, cal);
      const before = pool.active[o];
      if (before > 0 && (pool.profit[o] < 0 || coopted)) pool.active[o] -= cal.operatorExitPerMonth * before;
      if (worthIt && waiting > 0) pool.active[o] += opening ? waiting : cal.operatorEntryPerMonth * waiting;
      const adjust = before > 0 ? cal.operatorReconsiderPerMonth : 1;
      for (let j = 0; j < n; j++) pool.share[base + j] += adjust * (desired[j] - pool.share[base + j]);
      // 3. Vessels: bought when the split needs them and the pool has them; an operator keeps the
      // vessels it owns until it stops (they are worth nothing to it on land).
      let reusableCap = Infinity;
      if (reusable >= 0) {
        const m = methods[own[reusable]];
        const needed = (pool.active[o] * pool.capacity[o] * pool.share[base + reusable]) / (m.seatsPerVessel * route.vesselTripsPerMonth);
        if (pool.active[o] < before && before > 0) {
          // Those who stop sell their share of the vessels back.
          const sold = pool.vessels[o] * (1 - pool.active[o] / before);
          rs.vesselPool += sold;
          pool.vessels[o] -= sold;
        }
        const buy = Math.min(Math.max(0, needed - pool.vessels[o]), rs.vesselPool);
        pool.vessels[o] += buy;
        rs.vesselPool -= buy;
        reusableCap = vesselSeats(pool, o, route, m);
      }
      // 4. Seats this month, in this month's weather. Capacity the operator's vessels cannot carry
      // on the reusable method goes to its other methods, in proportion to their shares.
      const remote = signedLand < 0;
      pool.remote[o] = remote ? 1 : 0;
      const cap = pool.active[o] * pool.capacity[o];
      let spill = 0;
      let others = 0;
      if (reusable >= 0) {
        spill = Math.max(0, cap * pool.share[base + reusable] - reusableCap);
        others = 1 - pool.share[base + reusable];
      }
      for (let j = 0; j < n; j++) {
        let seats = cap * pool.share[base + j];
        if (j === reusable) seats -= spill;
        else if (spill > 0 && others > 0) seats += (spill * pool.share[base + j]) / others;
        seats *= sailNow[j];
        pool.seats[base + j] = seats;
        pool.carried[base + j] = 0;
        world.methods[own[j]].seatsPeople += seats;
        landSeats += seats;
        if (remote) remoteSeats += seats;
      }
    }
    rs.remoteShare = landSeats > 0 ? remoteSeats / landSeats : 0;
  }
}

/** Fill the pool's order of co-option: slots by capacity, largest first, ties by slot. */
export function orderByCapacity(pool: OperatorPool): void {
  const order = Array.from({ length: pool.size }, (_, o) => o).sort((x, y) => pool.capacity[y] - pool.capacity[x] || x - y);
  pool.byCapacity.set(order);
}

/**
 * The transit State's coast control co-opts the route's operators with the most capacity, in
 * order, until the smuggling capacity it has taken over reaches `capacity` (people a month; 0
 * co-opts no one). The deals are with whole operators: the last one taken may bring more capacity
 * than is left to fill.
 */
export function coopt(pool: OperatorPool, capacity: number): void {
  pool.coopted.fill(0);
  let taken = 0;
  for (let k = 0; k < pool.size && taken < capacity; k++) {
    const o = pool.byCapacity[k];
    pool.coopted[o] = 1;
    taken += pool.capacity[o];
  }
}

/** Working space of the operators' month, reused (a route has at most METHOD_SLOTS methods). */
const scratch = {
  takings: new Float64Array(METHOD_SLOTS),
  desired: new Float64Array(METHOD_SLOTS),
  shared: new Float64Array(METHOD_SLOTS),
  fee: new Float64Array(METHOD_SLOTS),
  sailPlanned: new Float64Array(METHOD_SLOTS),
  sailNow: new Float64Array(METHOD_SLOTS),
  order: new Int32Array(256),
};

/**
 * After the journeys: the month's departures (people) of each method go to its operators, cheapest
 * first; each books its profit (fee minus cost per passenger carried, minus its fixed cost) and
 * loses the vessels that were seized, destroyed or worn out on those trips.
 */
export function settleOperators(world: World, ctx: OperatorsContext, departuresPeople: Float64Array, cal: Calibration): void {
  const { methods } = ctx;
  for (let r = 0; r < ctx.routes.length; r++) {
    const route = ctx.routes[r];
    const rs = world.routes[r];
    const pool = rs.operators;
    const own = ctx.routeMethods[r];
    rs.vesselsLost = 0;
    for (let j = 0; j < own.length; j++) {
      const g = own[j];
      const m = methods[g];
      let left = departuresPeople[g];
      const count = operatorsByCost(pool, j);
      const order = scratch.order;
      for (let k = 0; k < count; k++) {
        const o = order[k];
        const carried = Math.min(pool.seats[o * METHOD_SLOTS + j], left);
        pool.carried[o * METHOD_SLOTS + j] = carried;
        left -= carried;
        if (m.reusable && carried > 0) {
          const lost = Math.min(pool.vessels[o], (carried / m.seatsPerVessel) * world.methods[g].vesselLossPerTrip);
          pool.vessels[o] -= lost;
          rs.vesselsLost += lost;
        }
      }
    }
    const keep = 1 / cal.operatorProfitMemoryMonths;
    for (let o = 0; o < pool.size; o++) {
      if (!(pool.active[o] > 0)) continue;
      // Profit per unit of the cohort in business.
      let month = -fixedCost(pool, o, route, cal);
      for (let j = 0; j < own.length; j++) {
        const k = o * METHOD_SLOTS + j;
        month += (pool.carried[k] * (world.methods[own[j]].feeUsd - pool.unitCost[k])) / pool.active[o];
      }
      pool.profit[o] += (month - pool.profit[o]) * keep;
    }
  }
}

/**
 * Active operators offering seats on method j of their route, cheapest first (ties by slot, so
 * the order is stable), written into a shared buffer (`operatorOrder`); returns how many.
 */
export function operatorsByCost(pool: OperatorPool, j: number): number {
  if (scratch.order.length < pool.size) scratch.order = new Int32Array(pool.size);
  const order = scratch.order;
  const cost = pool.unitCost;
  let n = 0;
  for (let o = 0; o < pool.size; o++) {
    if (!(pool.seats[o * METHOD_SLOTS + j] > 0)) continue;
    // Insertion sort: a few dozen operators at most.
    const c = cost[o * METHOD_SLOTS + j];
    let k = n++;
    while (k > 0 && cost[order[k - 1] * METHOD_SLOTS + j] > c) {
      order[k] = order[k - 1];
      k--;
    }
    order[k] = o;
  }
  return n;
}

/** The buffer operatorsByCost fills. */
export function operatorOrder(): Int32Array {
  return scratch.order;
}
