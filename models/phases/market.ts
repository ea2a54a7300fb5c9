/**
 * Phase 3b — the fee of each crossing method clears its market. Supply is the active operators
 * running the method, each offering its seats at its cost per passenger (which includes what it
 * expects to lose to patrols, pull-backs, destruction and arrests): sorted by cost, they form an
 * upward-sloping supply curve. Demand is the people who want a seat on it this month — this
 * month's bookings, or the crowd already waiting at the coast if that is larger.
 *
 * The fee moves each month (at a documented speed) towards the cost of the operator needed to
 * serve that demand — the supply curve at the quantity demanded. While demand exceeds what all
 * active operators can carry, the fee rises above the dearest one's cost, more the larger the
 * excess, until people turn to other methods, routes or waiting, or new operators enter. With
 * nobody asking, it falls towards the cheapest operator's cost. There is no premium and no floor:
 * a fee is high only when costs or scarcity make it so.
 */
import type { Calibration } from '../params/calibration';
import { METHOD_SLOTS, type World } from '../world';
import { operatorOrder, operatorsByCost, type OperatorsContext } from './operators';

/** Excess demand counted at most this much (demand ÷ capacity − 1): one month's fee rise is bounded. */
const MAX_EXCESS = 1;

/** The fee at which the supply curve meets `demand` (people), or null when supply cannot meet it. */
export function supplyPrice(costs: ArrayLike<number>, seats: ArrayLike<number>, demand: number): number | null {
  let cumulative = 0;
  for (let k = 0; k < costs.length; k++) {
    cumulative += seats[k];
    if (cumulative >= demand) return costs[k];
  }
  return null;
}

/** Reused working space: the supply curve of one method (costs and seats, cheapest first). */
let costBuffer = new Float64Array(64);
let seatBuffer = new Float64Array(64);

/** Update every method's posted fee from this month's demand (`bookingsPeople`, by global method index) and supply. */
export function clearMarkets(world: World, ctx: OperatorsContext, bookingsPeople: Float64Array, agentWeight: number, cal: Calibration): void {
  ctx.routes.forEach((_route, r) => {
    const pool = world.routes[r].operators;
    ctx.routeMethods[r].forEach((g, j) => {
      const ms = world.methods[g];
      const demand = Math.max(bookingsPeople[g], ms.readyLastMonth * agentWeight);
      ms.demandPeople = demand;
      const count = operatorsByCost(pool, j);
      const order = operatorOrder();
      if (costBuffer.length < count) {
        costBuffer = new Float64Array(count);
        seatBuffer = new Float64Array(count);
      }
      const costs = costBuffer.subarray(0, count);
      const seats = seatBuffer.subarray(0, count);
      for (let k = 0; k < count; k++) {
        costs[k] = pool.unitCost[order[k] * METHOD_SLOTS + j];
        seats[k] = pool.seats[order[k] * METHOD_SLOTS + j];
      }
      let target: number;
      if (count === 0) {
        // Nobody runs it: a fee that rises while people ask (until an operator finds it worth
        // running), and otherwise stays where it was.
        target = demand > 0 ? ms.feeUsd * (1 + cal.marketExcessPriceRise) : ms.feeUsd;
      } else {
        const met = supplyPrice(costs, seats, demand);
        if (met !== null) target = met;
        else {
          const excess = Math.min(MAX_EXCESS, demand / Math.max(ms.seatsPeople, 1e-9) - 1);
          target = Math.max(costs[costs.length - 1], ms.feeUsd * (1 + cal.marketExcessPriceRise * excess));
        }
      }
      ms.feeUsd += cal.marketFeeAdjustPerMonth * (target - ms.feeUsd);
    });
  });
}
