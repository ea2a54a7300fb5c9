/**
 * Phase 3a — the smuggling operators. Each route has a pool of would-be operators who differ in
 * cost and capacity (drawn from the seed). Every month, in this order:
 *
 * 1. arrests: with regional cooperation, prosecution reaches organisers, who are out of business
 *    for a while and lose their vessels (without cooperation, arrests reach only drivers and crews:
 *    a cost of the crewed methods, see costs.ts);
 * 2. decisions, at the posted fees and the costs that last month's losses imply: each operator
 *    compares the expected takings per seat of every method (margin times the share of the year's
 *    days its boats can sail) and moves its split of capacity part of the way towards a logit
 *    split that favours the best; an operator whose recent profit is negative may stop, one who is
 *    not active may start when the business would cover its fixed costs; operators with a land leg
 *    take whichever track is cheaper, losses to desert patrols included;
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
import { drawK, normalOf } from '../rng';
import type { RouteSpec } from '../routes';
import { METHOD_SLOTS, type OperatorPool, type World } from '../world';
import { arrestCostPerPassenger, landChoice, vesselAndCrewCost } from './costs';

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
/** Draw numbers (k) of an operator's monthly decisions, and of its attributes drawn once. */
const K_ARREST = 0, K_EXIT = 1, K_ENTER = 2;
const K_COST = 10, K_CAPACITY = 12;
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

/** Draw each route's operators (cost factor, capacity) from the seed. */
export function initialiseOperators(world: World, ctx: OperatorsContext, cal: Calibration): void {
  const costSd = cal.operatorCostSpread;
  const capSd = cal.operatorCapacitySpread;
  ctx.routes.forEach((route, r) => {
    const pool = world.routes[r].operators;
    const meanCapacity = (route.operatorCapacityPerMillion * cal.populationPeople) / 1e6;
    for (let o = 0; o < pool.size; o++) {
      const id = ctx.idBase[r] + o;
      const z1 = normalOf(drawK(ctx.key, id, 0, K_COST), drawK(ctx.key, id, 0, K_COST + 1));
      const z2 = normalOf(drawK(ctx.key, id, 0, K_CAPACITY), drawK(ctx.key, id, 0, K_CAPACITY + 1));
      pool.costFactor[o] = Math.exp(costSd * z1);
      // Log-normal with the declared mean.
      pool.capacity[o] = meanCapacity * Math.exp(capSd * z2 - (capSd * capSd) / 2);
    }
  });
}

/** Fixed monthly cost of staying in business (safe houses, retainers, bribes), whether or not anyone is carried. */
function fixedCost(pool: OperatorPool, o: number, route: RouteSpec, cal: Calibration): number {
  return cal.operatorFixedCostShare * pool.costFactor[o] * route.runningCostUsd * pool.capacity[o];
}

/** Set the starting fees and the operators in business before the warm-up: each method priced at a median operator's cost, and every operator who would then profit active. */
export function openMarkets(world: World, ctx: OperatorsContext, policy: Policy, cal: Calibration): void {
  ctx.routes.forEach((route, r) => {
    const rs = world.routes[r];
    for (const g of ctx.routeMethods[r]) {
      const ms = world.methods[g];
      ms.vesselLossPerTrip = 1 / cal.vesselWearTrips;
      ms.feeUsd = landChoice(route, rs, 1).cost + vesselAndCrewCost(ctx.methods[g], ms, cal);
    }
  });
  runOperators(world, ctx, policy, cal, 0, true);
}

/** Reusable seats an operator's vessels allow a month (before the weather). */
function vesselSeats(pool: OperatorPool, o: number, route: RouteSpec, m: MethodSpec): number {
  return pool.vessels[o] * m.seatsPerVessel * route.vesselTripsPerMonth;
}

/**
 * The operators' month before the journeys. `opening` starts the market: everyone who would
 * profit enters at once with the split it would choose, and nobody is arrested.
 */
export function runOperators(world: World, ctx: OperatorsContext, policy: Policy, cal: Calibration, clock: number, opening = false): void {
  const { methods, key } = ctx;
  const plannedRough = meanRoughShare(cal);
  const takings = new Float64Array(METHOD_SLOTS);
  const desired = new Float64Array(METHOD_SLOTS);
  ctx.routes.forEach((route, r) => {
    const rs = world.routes[r];
    const pool = rs.operators;
    const own = ctx.routeMethods[r];
    const n = own.length;
    rs.vesselPool = Math.min(route.vesselPool, rs.vesselPool + route.vesselPoolRefillPerMonth);
    const hazard = policy.prosecution[r] * policy.cooperation * cal.organiserArrestPerMonthAtFull;
    // Vessel and crew costs are the same for every operator of a method.
    const shared = own.map((g) => vesselAndCrewCost(methods[g], world.methods[g], cal));
    const reusable = own.findIndex((g) => methods[g].reusable);
    let remoteSeats = 0;
    let landSeats = 0;
    for (const g of own) world.methods[g].seatsPeople = 0;

    for (let o = 0; o < pool.size; o++) {
      const id = ctx.idBase[r] + o;
      const base = o * METHOD_SLOTS;
      // 1. Arrests of organisers.
      if (!opening && pool.active[o] && hazard > 0 && drawK(key, id, clock, K_ARREST) < hazard) {
        pool.active[o] = 0;
        pool.jailedUntil[o] = clock + Math.round(cal.jailMonths);
        pool.vessels[o] = 0; // seized
        pool.profit[o] = 0;
      }
      // 2. Decisions at posted fees and expected costs: takings per unit of capacity by method,
      // and the logit split they call for.
      const land = landChoice(route, rs, pool.costFactor[o]);
      const arrest = arrestCostPerPassenger(hazard, pool.capacity[o], cal);
      const scale = cal.operatorMethodSpread * pool.costFactor[o] * route.runningCostUsd;
      let best = -Infinity;
      for (let j = 0; j < n; j++) {
        const m = methods[own[j]];
        const cost = land.cost + shared[j] + arrest;
        pool.unitCost[base + j] = cost;
        const blocked = m.reusable && pool.vessels[o] < MIN_VESSELS_TO_BUY && rs.vesselPool < MIN_VESSELS_TO_BUY;
        takings[j] = blocked ? -Infinity : (world.methods[own[j]].feeUsd - cost) * sailingShare(route, m, plannedRough);
        if (takings[j] > best) best = takings[j];
      }
      let total = 0;
      for (let j = 0; j < n; j++) {
        desired[j] = takings[j] === -Infinity ? 0 : Math.exp((takings[j] - best) / scale);
        total += desired[j];
      }
      let expected = 0;
      for (let j = 0; j < n; j++) {
        desired[j] /= total;
        if (desired[j] > 0) expected += desired[j] * takings[j];
      }
      const worthIt = expected * pool.capacity[o] > fixedCost(pool, o, route, cal);
      if (pool.active[o]) {
        if (pool.profit[o] < 0 && drawK(key, id, clock, K_EXIT) < cal.operatorExitPerMonth) pool.active[o] = 0;
        else for (let j = 0; j < n; j++) pool.share[base + j] += cal.operatorReconsiderPerMonth * (desired[j] - pool.share[base + j]);
      } else if (clock >= pool.jailedUntil[o] && worthIt && (opening || drawK(key, id, clock, K_ENTER) < cal.operatorEntryPerMonth)) {
        pool.active[o] = 1;
        pool.profit[o] = 0;
        for (let j = 0; j < n; j++) pool.share[base + j] = desired[j];
      }
      // 3. Vessels: bought when the split needs them and the pool has them; an operator keeps the
      // vessels it owns until it stops (they are worth nothing to it on land).
      let reusableCap = Infinity;
      if (reusable >= 0) {
        const m = methods[own[reusable]];
        if (!pool.active[o]) {
          rs.vesselPool += pool.vessels[o];
          pool.vessels[o] = 0;
        } else {
          const needed = (pool.capacity[o] * pool.share[base + reusable]) / (m.seatsPerVessel * route.vesselTripsPerMonth);
          const buy = Math.min(Math.max(0, needed - pool.vessels[o]), rs.vesselPool);
          pool.vessels[o] += buy;
          rs.vesselPool -= buy;
        }
        reusableCap = vesselSeats(pool, o, route, m);
      }
      // 4. Seats this month, in this month's weather. Capacity the operator's vessels cannot carry
      // on the reusable method goes to its other methods, in proportion to their shares.
      pool.remote[o] = land.remote ? 1 : 0;
      const cap = pool.active[o] ? pool.capacity[o] : 0;
      let spill = 0;
      let others = 0;
      if (reusable >= 0) {
        spill = Math.max(0, cap * pool.share[base + reusable] - reusableCap);
        others = 1 - pool.share[base + reusable];
      }
      for (let j = 0; j < n; j++) {
        const m = methods[own[j]];
        let seats = cap * pool.share[base + j];
        if (j === reusable) seats -= spill;
        else if (spill > 0 && others > 0) seats += (spill * pool.share[base + j]) / others;
        seats *= sailingShare(route, m, world.roughShare);
        pool.seats[base + j] = seats;
        pool.carried[base + j] = 0;
        world.methods[own[j]].seatsPeople += seats;
        landSeats += seats;
        if (land.remote) remoteSeats += seats;
      }
    }
    rs.remoteShare = landSeats > 0 ? remoteSeats / landSeats : 0;
  });
}

/**
 * After the journeys: the month's departures (people) of each method go to its operators, cheapest
 * first; each books its profit (fee minus cost per passenger carried, minus its fixed cost) and
 * loses the vessels that were seized, destroyed or worn out on those trips.
 */
export function settleOperators(world: World, ctx: OperatorsContext, departuresPeople: Float64Array, cal: Calibration): void {
  const { methods } = ctx;
  ctx.routes.forEach((route, r) => {
    const rs = world.routes[r];
    const pool = rs.operators;
    const own = ctx.routeMethods[r];
    rs.vesselsLost = 0;
    own.forEach((g, j) => {
      const m = methods[g];
      let left = departuresPeople[g];
      for (const o of operatorsByCost(pool, j)) {
        const carried = Math.min(pool.seats[o * METHOD_SLOTS + j], left);
        pool.carried[o * METHOD_SLOTS + j] = carried;
        left -= carried;
        if (m.reusable && carried > 0) {
          const lost = Math.min(pool.vessels[o], (carried / m.seatsPerVessel) * world.methods[g].vesselLossPerTrip);
          pool.vessels[o] -= lost;
          rs.vesselsLost += lost;
        }
      }
    });
    const keep = 1 / cal.operatorProfitMemoryMonths;
    for (let o = 0; o < pool.size; o++) {
      if (!pool.active[o]) continue;
      let month = -fixedCost(pool, o, route, cal);
      own.forEach((g, j) => {
        const k = o * METHOD_SLOTS + j;
        month += pool.carried[k] * (world.methods[g].feeUsd - pool.unitCost[k]);
      });
      pool.profit[o] += (month - pool.profit[o]) * keep;
    }
  });
}

/** Active operators offering seats on method j of their route, cheapest first (ties by slot, so the order is stable). */
export function operatorsByCost(pool: OperatorPool, j: number): number[] {
  const out: number[] = [];
  for (let o = 0; o < pool.size; o++) if (pool.active[o] && pool.seats[o * METHOD_SLOTS + j] > 0) out.push(o);
  return out.sort((a, b) => pool.unitCost[a * METHOD_SLOTS + j] - pool.unitCost[b * METHOD_SLOTS + j] || a - b);
}
